/**
 * Which parameters a sweep may vary: every numeric parameter declared in src/model/params
 * (plain numbers, and numbers-or-"unlimited" limits) of a node, an edge or the scenario,
 * named by a path such as `edges.<id>.timeoutMs`, `nodes.<id>.workers` or
 * `edges.<id>.retry.maxAttempts`. The declaration gives the range, step and whether the
 * value is whole.
 */
import type { FaultlineDocument } from '../model';
import { EDGE_COMMON_PARAMS, EDGE_PARAMS } from '../model/params/edgeParams';
import { NODE_PARAMS } from '../model/params/nodeParams';
import { SCENARIO_PARAMS } from '../model/params/scenarioParams';
import { flattenParams, type LimitParam, type NumberParam, type ParamList } from '../model/params/types';

/** A parameter a sweep can vary, as found in one document. */
export interface SweepableParam {
  /** `nodes.<id>.<param>`, `edges.<id>.<param>` or `scenario.<param>`; nested sets joined by dots. */
  path: string;
  /** "api · Workers per instance", "Run duration". */
  label: string;
  param: NumberParam | LimitParam;
}

type Found = { ok: true; found: SweepableParam } | { ok: false; error: string };

function numericParams(list: ParamList): { path: readonly string[]; param: NumberParam | LimitParam }[] {
  return flattenParams(list).filter(
    (p): p is { path: readonly string[]; param: NumberParam | LimitParam } =>
      p.param.type === 'number' || p.param.type === 'limit',
  );
}

/** The parameter list of what `kind` and `id` name in `doc`, with words for it; or the error. */
function ownerOf(
  doc: FaultlineDocument,
  kind: string,
  id: string,
): { ok: true; list: ParamList; name: string } | { ok: false; error: string } {
  if (kind === 'nodes') {
    const node = doc.nodes.find((n) => n.id === id);
    if (!node) return { ok: false, error: `there is no node "${id}" in the diagram` };
    return { ok: true, list: NODE_PARAMS[node.kind] as ParamList, name: node.label || node.id };
  }
  const edge = doc.edges.find((e) => e.id === id);
  if (!edge) return { ok: false, error: `there is no edge "${id}" in the diagram` };
  return {
    ok: true,
    list: { ...EDGE_COMMON_PARAMS, ...EDGE_PARAMS[edge.kind] } as ParamList,
    name: edge.label || edge.id,
  };
}

/** The seed is not a parameter to sweep: the seeds of a sweep are its own list. */
const NOT_SWEPT = new Set(['scenario.seed']);

/** Every parameter of `doc` a sweep can vary, nodes first, then edges, then the scenario. */
export function sweepableParams(doc: FaultlineDocument): SweepableParam[] {
  const out: SweepableParam[] = [];
  const add = (prefix: string, name: string, list: ParamList) => {
    for (const { path, param } of numericParams(list)) {
      const full = `${prefix}.${path.join('.')}`;
      if (!NOT_SWEPT.has(full))
        out.push({ path: full, label: name ? `${name} · ${param.label}` : param.label, param });
    }
  };
  for (const n of doc.nodes) add(`nodes.${n.id}`, n.label || n.id, NODE_PARAMS[n.kind] as ParamList);
  for (const e of doc.edges)
    add(`edges.${e.id}`, e.label || e.id, { ...EDGE_COMMON_PARAMS, ...EDGE_PARAMS[e.kind] } as ParamList);
  add('scenario', '', SCENARIO_PARAMS);
  return out;
}

/** The parameter `path` names in `doc`, or words for what is wrong with the path. */
export function findSweepParam(doc: FaultlineDocument, path: string): Found {
  if (NOT_SWEPT.has(path))
    return { ok: false, error: 'the seed is not swept as a parameter: give the seeds as a list (1..20)' };
  const parts = path.split('.');
  let list: ParamList;
  let name: string;
  let rest: string[];
  if (parts[0] === 'scenario') {
    list = SCENARIO_PARAMS;
    name = '';
    rest = parts.slice(1);
  } else if (parts[0] === 'nodes' || parts[0] === 'edges') {
    if (parts.length < 3 || parts[1] === '')
      return {
        ok: false,
        error: `"${path}" must name an item and a parameter, e.g. ${parts[0]}.<id>.<parameter>`,
      };
    const owner = ownerOf(doc, parts[0], parts[1]);
    if (!owner.ok) return owner;
    list = owner.list;
    name = owner.name;
    rest = parts.slice(2);
  } else {
    return {
      ok: false,
      error: `"${path}" must start with nodes.<id>., edges.<id>. or scenario. (e.g. edges.<id>.timeoutMs)`,
    };
  }
  const key = rest.join('.');
  const all = flattenParams(list);
  const hit = all.find((p) => p.path.join('.') === key);
  if (!hit) {
    const numeric = numericParams(list).map((p) => p.path.join('.'));
    return { ok: false, error: `"${key}" is not a parameter here; numeric ones are: ${numeric.join(', ')}` };
  }
  if (hit.param.type !== 'number' && hit.param.type !== 'limit')
    return {
      ok: false,
      error: `"${key}" is a ${hit.param.type === 'toggle' ? 'switch' : 'choice'}, not a number: only numbers can be swept`,
    };
  return {
    ok: true,
    found: { path, label: name ? `${name} · ${hit.param.label}` : hit.param.label, param: hit.param },
  };
}
