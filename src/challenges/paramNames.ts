/**
 * The parameter names a challenge may free, read from the model's declarations
 * (src/model/params/): a new parameter or node kind slots in by name, with no list here.
 */
import type { EdgeKind, NodeKind } from '../model/kinds';
import { EDGE_COMMON_PARAMS, EDGE_PARAMS } from '../model/params/edgeParams';
import { NODE_PARAMS } from '../model/params/nodeParams';
import { flattenParams, type ParamList } from '../model/params/types';
import { ASYNC_EDGE, REPLACE_EDGE } from './format';

function names(list: ParamList): Set<string> {
  const out = new Set<string>();
  for (const { path } of flattenParams(list)) {
    // "retry.maxAttempts", and its set "retry" alone.
    for (let i = 1; i <= path.length; i++) out.add(path.slice(0, i).join('.'));
  }
  return out;
}

/** Every name that may appear in `allowed.params[id]` for a node of this kind. */
export function nodeParamNames(kind: NodeKind): Set<string> {
  return names(NODE_PARAMS[kind] as ParamList);
}

/** Every name that may appear in `allowed.edges[id]` for an edge of this kind ("async" and "replace" included). */
export function edgeParamNames(kind: EdgeKind): Set<string> {
  const out = names({ ...EDGE_COMMON_PARAMS, ...EDGE_PARAMS.rpc } as ParamList);
  if (kind === 'async') for (const n of [...out]) if (!names(EDGE_COMMON_PARAMS).has(n)) out.delete(n);
  out.add(ASYNC_EDGE);
  out.add(REPLACE_EDGE);
  return out;
}

/** Whether the parameter at `path` ("retry.maxAttempts") is freed by one of `allowed` (itself or a set holding it). */
export function isFreed(path: string, allowed: readonly string[] | undefined): boolean {
  if (!allowed) return false;
  return allowed.some((name) => path === name || path.startsWith(`${name}.`));
}
