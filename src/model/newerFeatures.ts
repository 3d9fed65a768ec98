import type { DocumentError } from './errors';
import type { NodeKind } from './kinds';
import { EDGE_KIND_SINCE, FAULT_KIND_SINCE, NODE_KIND_SINCE } from './kinds';
import { LESSON_STEP_SINCE } from './lessonQuestion';
import { EDGE_COMMON_PARAMS, EDGE_PARAMS } from './params/edgeParams';
import { FAULT_PARAMS } from './params/faultParams';
import { NODE_PARAMS } from './params/nodeParams';
import { SCENARIO_PARAMS } from './params/scenarioParams';
import type { ParamList } from './params/types';
import { CLIENT_TRAFFIC_SINCE } from './trafficShape';

/**
 * Everything in `input` (a raw document claiming `version`) that a later version introduced:
 * a node, edge or fault kind, or a parameter declared with `since` above `version`. Each
 * older version's schema refuses these, so a version-2 file keeps meaning exactly what it
 * meant when it was written, and a file that mixes versions is named rather than guessed at.
 */
export function featuresNewerThan(input: unknown, version: number): DocumentError[] {
  const errors: DocumentError[] = [];
  if (!isRecord(input)) return errors;
  const newer = (path: string, what: string, since: number) =>
    errors.push({
      path,
      message: `${what} is new in version ${since}: not part of a version ${version} diagram`,
    });

  const check = (item: unknown, path: string, list: ParamList) => {
    if (!isRecord(item)) return;
    for (const [key, entry] of Object.entries(list)) {
      if (!Object.hasOwn(item, key)) continue;
      if (entry.since !== undefined && entry.since > version)
        newer(`${path}.${key}`, `"${key}"`, entry.since);
      else if (entry.type === 'set') check(item[key], `${path}.${key}`, entry.params);
    }
  };
  const kindSince = (item: unknown, table: Readonly<Record<string, number | undefined>>, path: string) => {
    if (!isRecord(item) || typeof item.kind !== 'string') return false;
    const since = Object.hasOwn(table, item.kind) ? table[item.kind] : undefined;
    if (since !== undefined && since > version) {
      newer(`${path}.kind`, `kind "${item.kind}"`, since);
      return true;
    }
    return false;
  };

  eachItem(input.nodes, 'nodes', (node, path) => {
    if (kindSince(node, NODE_KIND_SINCE, path)) return;
    const kind = node.kind as NodeKind;
    if (Object.hasOwn(NODE_PARAMS, kind)) check(node, path, NODE_PARAMS[kind]);
    if (kind === 'client')
      for (const [key, since] of Object.entries(CLIENT_TRAFFIC_SINCE))
        if (Object.hasOwn(node, key) && since > version) newer(`${path}.${key}`, `"${key}"`, since);
  });
  eachItem(input.edges, 'edges', (edge, path) => {
    if (kindSince(edge, EDGE_KIND_SINCE, path)) return;
    check(edge, path, EDGE_COMMON_PARAMS);
    const kind = edge.kind as keyof typeof EDGE_PARAMS;
    if (Object.hasOwn(EDGE_PARAMS, kind)) check(edge, path, EDGE_PARAMS[kind]);
  });
  const scenario = input.scenario;
  if (isRecord(scenario)) {
    check(scenario, 'scenario', SCENARIO_PARAMS);
    eachItem(scenario.faults, 'scenario.faults', (fault, path) => {
      if (kindSince(fault, FAULT_KIND_SINCE, path)) return;
      const kind = fault.kind as keyof typeof FAULT_PARAMS;
      if (Object.hasOwn(FAULT_PARAMS, kind)) check(fault, path, FAULT_PARAMS[kind]);
    });
  }
  eachItem(input.lesson, 'lesson', (step, path) => {
    for (const [key, since] of Object.entries(LESSON_STEP_SINCE))
      if (Object.hasOwn(step, key) && since > version) newer(`${path}.${key}`, `"${key}"`, since);
  });
  return errors;
}

function eachItem(list: unknown, path: string, visit: (item: Record<string, unknown>, path: string) => void) {
  if (!Array.isArray(list)) return;
  list.forEach((item, i) => {
    if (isRecord(item)) visit(item, `${path}[${i}]`);
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
