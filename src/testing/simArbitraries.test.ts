import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FaultlineDocument, parseDocument } from '../model';
import { EDGE_COMMON_PARAMS, EDGE_PARAMS } from '../model/params/edgeParams';
import { FAULT_PARAMS } from '../model/params/faultParams';
import { NODE_PARAMS } from '../model/params/nodeParams';
import { SCENARIO_PARAMS } from '../model/params/scenarioParams';
import { flattenParams, type Param, type ParamList } from '../model/params/types';
import { SIM_PARAM_CAPS, smallDocument } from './simArbitraries';

type Json = Record<string, unknown>;

/** Every declared parameter list, by the owner name SIM_PARAM_CAPS uses, with the items it applies to. */
function owners(doc: FaultlineDocument): { owner: string; list: ParamList; items: Json[] }[] {
  const nodes = doc.nodes as unknown as Json[];
  const edges = doc.edges as unknown as Json[];
  const faults = doc.scenario.faults as unknown as Json[];
  return [
    ...Object.entries(NODE_PARAMS).map(([kind, list]) => ({
      owner: kind,
      list,
      items: nodes.filter((n) => n.kind === kind),
    })),
    { owner: 'edge', list: EDGE_COMMON_PARAMS, items: edges },
    ...Object.entries(EDGE_PARAMS).map(([kind, list]) => ({
      owner: kind,
      list,
      items: edges.filter((e) => e.kind === kind),
    })),
    ...Object.entries(FAULT_PARAMS).map(([kind, list]) => ({
      owner: `fault.${kind}`,
      list,
      items: faults.filter((f) => f.kind === kind),
    })),
    { owner: 'scenario', list: SCENARIO_PARAMS, items: [doc.scenario as unknown as Json] },
  ];
}

/** The value at `path` in `item` (["retry", "baseMs"]). */
const at = (item: Json, path: readonly string[]): unknown =>
  path.reduce<unknown>((o, key) => (o as Json | undefined)?.[key], item);

// A fixed seed: the same documents every run, so a pass or a failure is repeatable.
const SAMPLES = fc.sample(smallDocument, { numRuns: 300, seed: 20261206 });

/** Every value sampled for each declared parameter, by path ("rpc.retry.baseMs"). */
function sampledValues(): Map<string, { param: Param; values: unknown[] }> {
  const seen = new Map<string, { param: Param; values: unknown[] }>();
  for (const doc of SAMPLES) {
    for (const { owner, list, items } of owners(doc)) {
      for (const { path, param } of flattenParams(list)) {
        const key = [owner, ...path].join('.');
        const entry = seen.get(key) ?? { param, values: [] };
        for (const item of items) entry.values.push(at(item, path));
        seen.set(key, entry);
      }
    }
  }
  return seen;
}

describe('smallDocument', () => {
  it('makes documents the parser accepts as they are', () => {
    for (const doc of SAMPLES) expect(parseDocument(doc).ok).toBe(true);
  });

  it('puts every fault kind in some document', () => {
    const kinds = new Set(SAMPLES.flatMap((d) => d.scenario.faults.map((f) => f.kind)));
    expect([...kinds].sort()).toEqual(Object.keys(FAULT_PARAMS).sort());
  });

  it('gives clients rate schedules, traces, users schedules and closed loops', () => {
    const clients = SAMPLES.flatMap((d) => d.nodes.filter((n) => n.kind === 'client'));
    expect(clients.some((c) => c.rateSchedule?.interpolation === 'linear')).toBe(true);
    expect(clients.some((c) => c.rateSchedule?.interpolation === 'step')).toBe(true);
    expect(clients.some((c) => c.rateTrace !== undefined)).toBe(true);
    expect(clients.some((c) => c.loop === 'closed' && c.usersSchedule !== undefined)).toBe(true);
    expect(clients.some((c) => c.loop === 'closed' && c.usersSchedule === undefined)).toBe(true);
  });

  const seen = sampledValues();

  it.each([...seen.keys()])('varies %s over its declared range, up to its cap', (key) => {
    const { param, values } = seen.get(key) as { param: Param; values: unknown[] };
    const distinct = new Set(values);
    if (param.type === 'choice') {
      expect([...distinct].sort()).toEqual([...param.options].sort());
      return;
    }
    if (param.type === 'toggle') {
      expect([...distinct].sort()).toEqual([false, true]);
      return;
    }
    const numbers = values.filter((v): v is number => typeof v === 'number');
    if (param.type === 'limit') expect(distinct).toContain(param.word);
    const top = Math.min(param.max, SIM_PARAM_CAPS[key] ?? param.max);
    // Within the range, at its declared minimum sometimes, and reaching the upper half of
    // what is allowed: a hand-written narrower range would not.
    for (const n of numbers) {
      expect(n).toBeGreaterThanOrEqual(param.min);
      expect(n).toBeLessThanOrEqual(top);
      if (param.whole) expect(Number.isInteger(n)).toBe(true);
    }
    expect(numbers).toContain(param.min);
    expect(Math.max(...numbers)).toBeGreaterThan(param.min + (top - param.min) / 2);
    expect(new Set(numbers).size).toBeGreaterThanOrEqual(2);
  });

  it('caps only declared numbers, and only below their declared maximum', () => {
    const numeric = new Map(
      [...seen].filter(([, { param }]) => param.type === 'number' || param.type === 'limit'),
    );
    for (const [key, cap] of Object.entries(SIM_PARAM_CAPS)) {
      const param = numeric.get(key)?.param;
      expect(param, `${key} is not a declared number`).toBeDefined();
      if (param?.type !== 'number' && param?.type !== 'limit') continue;
      expect(cap).toBeGreaterThan(param.min);
      expect(cap).toBeLessThan(param.max);
    }
  });
});
