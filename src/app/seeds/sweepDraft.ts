/**
 * The sweep form's state before it is checked: the axes as typed, and the seeds as a list
 * ("1..5"). Turning it into a definition goes through src/sweeps, whose messages say what
 * is wrong.
 */
import type { FaultlineDocument } from '../../model';
import { parseSeedList, type SweepAxis, type SweepableParam, type SweepDefinition } from '../../sweeps';

/** One axis as typed in the form. */
export interface AxisDraft {
  path: string;
  from: number;
  to: number;
  count: number;
}

/** A first guess at a range for `param`: from its current value down or up to a sensible span. */
export function defaultAxis(doc: FaultlineDocument, param: SweepableParam): AxisDraft {
  const { min, max } = param.param;
  const whole = param.param.whole === true;
  const current = currentValue(doc, param.path);
  const from = min;
  let to =
    typeof current === 'number' && current > min ? Math.min(max, current * 2) : Math.min(max, min + 10);
  if (whole) to = Math.round(to);
  const count = whole ? Math.max(1, Math.min(11, to - from + 1)) : 10;
  return { path: param.path, from, to, count };
}

/** The value at `path` (`nodes.<id>.…`, `edges.<id>.…`, `scenario.…`) in `doc`, if there is one. */
export function currentValue(doc: FaultlineDocument, path: string): unknown {
  const [kind, ...rest] = path.split('.');
  let at: unknown;
  if (kind === 'scenario') at = doc.scenario;
  else {
    const id = rest.shift();
    at = (kind === 'nodes' ? doc.nodes : doc.edges).find((item) => item.id === id);
  }
  for (const key of rest)
    at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

/** The definition the form describes, or what is wrong with the seeds. */
export function definitionOf(
  axes: readonly AxisDraft[],
  seedsText: string,
): { ok: true; definition: SweepDefinition } | { ok: false; error: string } {
  const seeds = parseSeedList(seedsText);
  if (!seeds.ok) return { ok: false, error: `Seeds: ${seeds.error}.` };
  for (const a of axes)
    if (![a.from, a.to, a.count].every(Number.isFinite))
      return { ok: false, error: 'Every range needs a number in From, To and Values.' };
  const swept: SweepAxis[] = axes.map((a) => ({ ...a, scale: 'linear' }));
  return { ok: true, definition: { axes: swept, seeds: seeds.seeds } };
}

/** A planning error in the panel's words: the command line's `--sweep <path>: ` prefix left out. */
export function panelMessage(error: string): string {
  return error.replace(/--sweep \S+: /g, '');
}
