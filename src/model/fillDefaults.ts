/**
 * Fills in every default of a document known to be valid (a built-in scenario), without
 * the schema: the defaults come from the same declarations the schema is built from
 * (params/), so the first visit can open its example without fetching zod
 * (docs/performance.md). The result is what `parseDocument` gives, key order included
 * (fillDefaults.test.ts checks it for any valid document). Anything from outside goes
 * through `parseDocument`, which also checks it.
 */
import { emptyDocument } from './emptyDocument';
import { EDGE_COMMON_PARAMS, EDGE_PARAMS } from './params/edgeParams';
import { FAULT_PARAMS } from './params/faultParams';
import { NODE_PARAMS } from './params/nodeParams';
import { SCENARIO_PARAMS } from './params/scenarioParams';
import type { ParamList } from './params/types';
import type { FaultlineDocument, StoredDocument } from './schema';

type Obj = Record<string, unknown>;

/** Every parameter of `list`, from `stored` or its default, in the declared order. */
function withParams(list: ParamList, stored: Obj | undefined): Obj {
  const out: Obj = {};
  for (const [key, entry] of Object.entries(list)) {
    const value = stored?.[key];
    if (entry.type === 'set') out[key] = withParams(entry.params, value as Obj | undefined);
    else out[key] = value === undefined ? entry.default : value;
  }
  return out;
}

/** The keys of `from` that are set, in `keys` order (optional fields left out when absent). */
function pick(from: Obj, keys: readonly string[]): Obj {
  const out: Obj = {};
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key];
  return out;
}

/** `doc` with every default filled in, as new objects (`doc` is not changed). */
export function fillDefaults(doc: StoredDocument): FaultlineDocument {
  const empty = emptyDocument();
  const stored = doc as unknown as Obj;
  const scenario = (stored.scenario ?? {}) as Obj;
  const filled: Obj = {
    version: stored.version,
    title: stored.title ?? empty.title,
    description: stored.description ?? empty.description,
    nodes: (stored.nodes as Obj[]).map((n) => ({
      ...pick(n, ['id', 'label']),
      position: pick(n.position as Obj, ['x', 'y']),
      kind: n.kind,
      ...withParams(NODE_PARAMS[n.kind as keyof typeof NODE_PARAMS], n),
    })),
    edges: (stored.edges as Obj[]).map((e) => ({
      ...pick(e, ['id', 'source', 'target']),
      label: e.label ?? '',
      ...withParams(EDGE_COMMON_PARAMS, e),
      kind: e.kind,
      ...withParams(EDGE_PARAMS[e.kind as keyof typeof EDGE_PARAMS], e),
    })),
    scenario: {
      ...withParams(SCENARIO_PARAMS, scenario),
      faults: ((scenario.faults ?? []) as Obj[]).map((f) => ({
        ...pick(f, ['id', 'target', 'startS', 'durationS', 'kind']),
        ...withParams(FAULT_PARAMS[f.kind as keyof typeof FAULT_PARAMS], f),
      })),
      traffic: ((scenario.traffic ?? []) as Obj[]).map((t) => pick(t, ['target', 'atS', 'rate'])),
    },
    lesson: ((stored.lesson ?? []) as Obj[]).map((s) =>
      pick(s, ['caption', 'atS', 'action', 'focus', 'question']),
    ),
  };
  if (stored.viewport !== undefined) filled.viewport = pick(stored.viewport as Obj, ['x', 'y', 'zoom']);
  return filled as unknown as FaultlineDocument;
}
