import { expect, openApp, test } from '../e2e/fixtures';
import { openEditor, ROOMY_VIEWPORT } from '../e2e/helpers/editor';
import { openDiagramFile, writeTestFile } from '../e2e/helpers/files';
import { runControls, simulatedClock } from '../e2e/helpers/run';
import { parseDocument } from '../src/model/parseDocument';
import { encodeShareLink } from '../src/model/shareLink';
import { BUILT_IN_SCENARIOS } from '../src/scenarios';
import { meshOf100Services, oneServiceAt1000 } from './benchDocuments';
import { installProbes, measureFrames, timeRunToEnd } from './measure';

/**
 * `npm run bench:ui` (issue 4 "Speed"): prints frame times, the longest main-thread task and
 * the browser's "Run to end" rate. Figures only — wall-clock timings on a shared machine are
 * not assertions. Targets (issue 4): median ≥ 50 fps, p95 frame ≤ 33 ms, no task over 50 ms,
 * ≥ 1 million events/s to the end.
 */

test.use({ viewport: ROOMY_VIEWPORT });

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');

test('100 services, 140 edges, ~2,000 messages in flight: frame times and long tasks', async ({
  page,
}, testInfo) => {
  await installProbes(page);
  await openEditor(page);
  const doc = meshOf100Services();
  await openDiagramFile(page, await writeTestFile(testInfo, 'mesh.json', doc), doc.title);
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();

  await runControls(page).getByRole('button', { name: 'Play' }).click();
  // Warm up: past the first simulated seconds, when the mesh has filled with messages.
  await expect(simulatedClock(page)).toContainText(/^(?:[3-9]|\d\d+)\.\d s/, { timeout: 60_000 });
  const m = await measureFrames(page, 8000);
  const status = await simulatedClock(page).textContent();
  console.log(
    [
      `UI bench — ${doc.nodes.length} nodes (100 services), ${doc.edges.length} edges, played at 1×`,
      `  messages per frame (in flight at any time of the frame's interval, max): ${Math.round(m.messagesInFlight)}; 1 dot = ${fmt(m.perDot)} at most`,
      `  frames: ${m.frames} in 8 s; median ${fmt(m.medianMs)} ms (${fmt(1000 / m.medianMs)} fps), p95 ${fmt(m.p95Ms)} ms, worst ${fmt(m.worstFrameMs)} ms`,
      `  long tasks (> 50 ms): ${m.longTasks}; longest ${fmt(m.longestTaskMs)} ms`,
      `  clock after: ${status}`,
    ].join('\n'),
  );
});

test('the first-visit example played at 1×: frame times and long tasks', async ({ page }) => {
  await installProbes(page);
  await openEditor(page);
  await runControls(page).getByRole('button', { name: 'Play' }).click();
  await expect(simulatedClock(page)).toContainText('playing');
  const m = await measureFrames(page, 5000);
  console.log(
    `UI bench — example (3 nodes) at 1×: median ${fmt(m.medianMs)} ms, p95 ${fmt(m.p95Ms)} ms, long tasks ${m.longTasks}, longest ${fmt(m.longestTaskMs)} ms`,
  );
});

test('"Run to end" of 1,000 req/s Poisson → one service × 20 workers: events per second', async ({
  page,
}, testInfo) => {
  await openEditor(page);
  const doc = oneServiceAt1000(300);
  await openDiagramFile(page, await writeTestFile(testInfo, 'one-service.json', doc), doc.title);
  await expect(simulatedClock(page)).toContainText('ready');
  const { wallMs, summary } = await timeRunToEnd(page);
  const events = Number(/([\d,]+) events/.exec(summary)?.[1].replaceAll(',', '') ?? Number.NaN);
  console.log(
    [
      `UI bench — Run to end, ${doc.scenario.durationS} s simulated at 1,000 req/s (in the browser's worker)`,
      `  ${events.toLocaleString('en-US')} events in ${(wallMs / 1000).toFixed(2)} s wall: ${Math.round(events / (wallMs / 1000)).toLocaleString('en-US')} events/s`,
    ].join('\n'),
  );
});

test('every built-in scenario played at 10×: longest main-thread task', async ({ page }) => {
  test.setTimeout(300_000);
  await installProbes(page);
  const rows: string[] = [];
  for (const s of BUILT_IN_SCENARIOS) {
    const parsed = parseDocument(s.document);
    if (!parsed.ok) throw new Error(`${s.id} is invalid`);
    // A fresh page load per scenario, from its share link, with no saved work in the way.
    await openApp(page, `/?bench=${s.id}${encodeShareLink(parsed.doc)}`);
    await expect(page).toHaveTitle(`${parsed.doc.title} — Faultline`);
    await runControls(page).getByLabel('Speed').selectOption({ label: '10×' });
    await runControls(page).getByRole('button', { name: 'Play' }).click();
    await expect(simulatedClock(page)).toContainText('playing');
    const m = await measureFrames(page, 4000);
    rows.push(
      `  ${s.id.padEnd(22)} median ${fmt(m.medianMs)} ms, p95 ${fmt(m.p95Ms)} ms, long tasks ${m.longTasks}, longest ${fmt(m.longestTaskMs)} ms`,
    );
  }
  console.log(
    ['UI bench — each built-in scenario at 10× for 4 s (frames and tasks over 50 ms)', ...rows].join('\n'),
  );
});
