import type { Page } from '@playwright/test';

/**
 * What changes the page while a run plays: DOM mutations (MutationObserver) and React
 * commits (through the hook React DevTools uses, which production builds call too), each
 * grouped by the part of the page it happened in. A frame whose DOM changed is laid out,
 * painted and composited again, which under CPU throttling is most of a long frame; these
 * counts say which parts of the page cause that, independent of how loaded the machine is.
 */

/** Parts of the page, most specific first: the first one an element is inside names it. */
const AREAS: [name: string, selector: string][] = [
  ['node badge', '[data-testid^="node-run-"]'],
  ['edge badge', '[data-testid^="edge-run-"]'],
  ['edge label', '.fl-edge-label'],
  ['edge path', '.react-flow__edge'],
  ['node', '.react-flow__node'],
  ['overlay legend', '.overlay-legend'],
  ['overlay canvas', '.message-overlay'],
  ['lesson focus', '.lesson-focus, [class*="lesson-focus"]'],
  ['run clock', '.run-clock'],
  ['run bar', '.run-bar'],
  ['timeline', '.timeline'],
  ['charts', '.metrics-charts'],
  ['event log', '.event-log'],
  ['fault timeline', '.run-faults'],
  ['run summary', '[aria-labelledby="run-summary-title"]'],
  ['lesson bar', '[class*="lesson"]'],
  ['status line', '.fl-status, [class*="status"]'],
  ['inspector', '.fl-inspector'],
  ['viewport', '.react-flow__viewport'],
  ['minimap', '.react-flow__minimap'],
  ['canvas', '.react-flow'],
];

/** Installs, before the app loads, the mutation and commit counters (off until started). */
export async function installDomProbe(page: Page): Promise<void> {
  await page.addInitScript((areas: [string, string][]) => {
    type Fiber = {
      tag: number;
      flags: number;
      child: Fiber | null;
      sibling: Fiber | null;
      alternate: Fiber | null;
      stateNode: unknown;
      return: Fiber | null;
    };
    const probe = {
      on: false,
      mutations: {} as Record<string, number>,
      commits: 0,
      renders: {} as Record<string, number>,
      /** Animation frames, and those before which the DOM changed (the ones laid out and painted again). */
      frames: 0,
      changedFrames: 0,
      dirty: false,
      /** Parts of the page changed since the last animation frame, and per frame, which together. */
      areasNow: new Set<string>(),
      frameAreas: {} as Record<string, number>,
    };
    const onFrame = () => {
      if (probe.on) {
        probe.frames++;
        if (probe.dirty) probe.changedFrames++;
        if (probe.areasNow.size > 0) {
          const key = [...probe.areasNow].sort().join(' + ');
          probe.frameAreas[key] = (probe.frameAreas[key] ?? 0) + 1;
        }
      }
      probe.dirty = false;
      probe.areasNow.clear();
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    (window as unknown as { __dom: typeof probe }).__dom = probe;
    const areaOf = (node: Node | null): string => {
      const el = node instanceof Element ? node : (node?.parentElement ?? null);
      if (!el) return 'detached';
      for (const [name, selector] of areas) if (el.closest(selector)) return name;
      return `other <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`;
    };
    const observer = new MutationObserver((records) => {
      if (!probe.on) return;
      probe.dirty = true;
      for (const r of records) {
        const what =
          r.type === 'attributes' ? `@${r.attributeName}` : r.type === 'characterData' ? 'text' : 'children';
        const area = areaOf(r.target);
        probe.areasNow.add(area);
        const key = `${area} ${what}`;
        probe.mutations[key] = (probe.mutations[key] ?? 0) + 1;
      }
    });
    const start = () =>
      observer.observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    if (document.documentElement) start();
    else document.addEventListener('DOMContentLoaded', start);

    // React's DevTools hook: called after every commit, with the root. A function component
    // rendered in this commit carries PerformedWork (flag 1); a subtree React did not visit
    // keeps its old child (same object as the alternate's), and is skipped.
    const FUNCTION = 0;
    const FORWARD_REF = 11;
    const MEMO = 14;
    const SIMPLE_MEMO = 15;
    const HOST = 5;
    const firstHost = (f: Fiber | null): Element | null => {
      for (let c: Fiber | null = f; c; c = c.child) if (c.tag === HOST) return c.stateNode as Element;
      for (let p: Fiber | null = f; p; p = p.return) if (p.tag === HOST) return p.stateNode as Element;
      return null;
    };
    const visit = (fiber: Fiber | null) => {
      for (let f = fiber; f; f = f.sibling) {
        const isComponent =
          f.tag === FUNCTION || f.tag === FORWARD_REF || f.tag === MEMO || f.tag === SIMPLE_MEMO;
        if (isComponent && (f.flags & 1) === 1 && f.alternate) {
          const key = areaOf(firstHost(f));
          probe.renders[key] = (probe.renders[key] ?? 0) + 1;
        }
        if (!f.alternate || f.child !== f.alternate.child) visit(f.child);
      }
    };
    (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => {},
      onScheduleFiberRoot: () => {},
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
      onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
        if (!probe.on) return;
        probe.commits++;
        visit(root.current.child);
      },
    };
  }, AREAS);
}

/** Per second of wall time: DOM mutations and React renders by part of the page, and commits. */
export interface DomChanges {
  seconds: number;
  commitsPerS: number;
  /** Animation frames per second, and how many of them followed a DOM change. */
  framesPerS: number;
  changedFramesPerS: number;
  mutationsPerS: Record<string, number>;
  rendersPerS: Record<string, number>;
  /** Frames after a DOM change, per second, by the parts of the page changed before each. */
  frameAreasPerS: Record<string, number>;
}

/** Counts what changes in the page over `durationMs` of wall time, from now. */
export async function countDomChanges(page: Page, durationMs: number): Promise<DomChanges> {
  return page.evaluate(async (durationMs) => {
    const probe = (
      window as unknown as {
        __dom: {
          on: boolean;
          mutations: Record<string, number>;
          commits: number;
          renders: Record<string, number>;
          frames: number;
          changedFrames: number;
          frameAreas: Record<string, number>;
        };
      }
    ).__dom;
    probe.mutations = {};
    probe.renders = {};
    probe.commits = 0;
    probe.frames = 0;
    probe.changedFrames = 0;
    probe.frameAreas = {};
    probe.on = true;
    const start = performance.now();
    await new Promise((r) => setTimeout(r, durationMs));
    probe.on = false;
    const seconds = (performance.now() - start) / 1000;
    const perS = (counts: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(counts)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => [k, Math.round((v / seconds) * 10) / 10]),
      );
    return {
      seconds,
      commitsPerS: Math.round((probe.commits / seconds) * 10) / 10,
      framesPerS: Math.round((probe.frames / seconds) * 10) / 10,
      changedFramesPerS: Math.round((probe.changedFrames / seconds) * 10) / 10,
      mutationsPerS: perS(probe.mutations),
      rendersPerS: perS(probe.renders),
      frameAreasPerS: perS(probe.frameAreas),
    };
  }, durationMs);
}

/** The counts as lines for the bench's report. */
export function formatDomChanges(title: string, c: DomChanges): string[] {
  const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return [
    `${title}: ${c.framesPerS} frames/s, ${c.changedFramesPerS} of them after a DOM change; ${c.commitsPerS} React commits/s; ${Math.round(total(c.mutationsPerS))} DOM mutations/s; ${Math.round(total(c.rendersPerS))} component renders/s`,
    '  mutations/s:',
    ...Object.entries(c.mutationsPerS).map(([k, v]) => `    ${String(v).padStart(7)}  ${k}`),
    '  frames after a DOM change, per second, by what changed before them:',
    ...Object.entries(c.frameAreasPerS).map(([k, v]) => `    ${String(v).padStart(7)}  ${k}`),
    '  component renders/s (by the element they render into):',
    ...Object.entries(c.rendersPerS).map(([k, v]) => `    ${String(v).padStart(7)}  ${k}`),
  ];
}

/** Rendering work of the page's main thread, ms per second of wall time, by trace event. */
const RENDERING_EVENTS = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];

/**
 * Traces the page's main thread (DevTools' timeline categories) for `durationMs` and sums
 * the rendering steps (style, layout, pre-paint, paint, layerize, commit) and script, in
 * ms per second: what the frames spend, whatever the machine's load does to single frames.
 */
export async function renderingMsPerS(page: Page, durationMs: number): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  type TraceEvent = {
    name: string;
    ph: string;
    dur?: number;
    pid: number;
    tid: number;
    args?: { name?: string };
  };
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await page.waitForTimeout(durationMs);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const main = events.find((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain');
  const sums: Record<string, number> = {};
  const counts: Record<string, number> = {};
  for (const e of events) {
    if (e.ph !== 'X' || !main || e.pid !== main.pid || e.tid !== main.tid) continue;
    // FunctionCall and EvaluateScript are the top-level script slices (timers, frames and
    // messages call into them), so they are summed without counting a nested one twice.
    const key = RENDERING_EVENTS.includes(e.name)
      ? e.name
      : e.name === 'FunctionCall' || e.name === 'EvaluateScript'
        ? 'script (top level)'
        : null;
    if (!key) continue;
    sums[key] = (sums[key] ?? 0) + (e.dur ?? 0) / 1000;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  const seconds = durationMs / 1000;
  const out: Record<string, number> = {};
  let rendering = 0;
  for (const name of [...RENDERING_EVENTS, 'script (top level)']) {
    const v = (sums[name] ?? 0) / seconds;
    out[`${name} (${Math.round((counts[name] ?? 0) / seconds)}/s)`] = Math.round(v * 10) / 10;
    if (RENDERING_EVENTS.includes(name)) rendering += v;
  }
  out['rendering in all'] = Math.round(rendering * 10) / 10;
  return out;
}
