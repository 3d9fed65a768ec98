import { decode } from '../../model/decode';
import { parseDocument } from '../../model/parseDocument';
import type { FaultlineDocument } from '../../model/schema';
import { getScenario } from '../../scenarios';
import type { ViewOptions } from '../routes/viewOptions';

/** The pair the first-visit example offers: the RPC chain against the same with a queue. */
export const EXAMPLE_PAIR: readonly [string, string] = ['rpc-chain-redeploy', 'queue-redeploy'];

export type CompareRoute =
  | { ok: true; left: FaultlineDocument; right: FaultlineDocument }
  | { ok: false; message: string };

function builtIn(id: string): FaultlineDocument | null {
  const s = getScenario(id);
  if (!s) return null;
  const r = parseDocument(s.document);
  return r.ok ? r.doc : null;
}

/** The two built-in scenarios with these ids, parsed. */
export function builtInPair(ids: readonly [string, string]): CompareRoute {
  const left = builtIn(ids[0]);
  const right = builtIn(ids[1]);
  if (!left || !right) {
    const missing = left ? ids[1] : ids[0];
    return { ok: false, message: `There is no built-in scenario called “${missing}”.` };
  }
  return { ok: true, left, right };
}

/** The fragment of a comparison link: both documents' share fragments, `#d=…&b=…`. */
export function compareFragment(leftFragment: string, rightFragment: string): string {
  const strip = (f: string) => f.replace(/^#?d=/, '');
  return `#d=${strip(leftFragment)}&b=${strip(rightFragment)}`;
}

/**
 * What the `?compare` page shows: two built-in scenarios (`?compare=a,b`), two shared
 * documents (`#d=…&b=…`, each through the one decoder), or, with neither, the example pair.
 */
export function resolveCompareRoute(options: ViewOptions, hash: string): CompareRoute {
  if (options.comparePair) return builtInPair(options.comparePair);
  const m = /^#d=([^&]*)&b=([^&]*)$/.exec(hash);
  if (m) {
    const left = decode(`#d=${m[1]}`, 'link');
    if (!left.ok) return { ok: false, message: `The first diagram: ${left.message}` };
    const right = decode(`#d=${m[2]}`, 'link');
    if (!right.ok) return { ok: false, message: `The second diagram: ${right.message}` };
    return { ok: true, left: left.doc, right: right.doc };
  }
  if (hash.startsWith('#d='))
    return { ok: false, message: 'A comparison needs two diagrams; this link holds one.' };
  return builtInPair(EXAMPLE_PAIR);
}
