import { describe, expect, it } from 'vitest';
import { type FaultlineDocument, parseDocument } from '../model';
import { getScenario } from '../scenarios';
import {
  applyVariant,
  axisValues,
  parseSweepAxis,
  resolveAxis,
  type SweepAxis,
  sweepPoints,
} from './sweepDefinition';
import { sweepableParams } from './sweepParams';

function scenarioDoc(id: string): FaultlineDocument {
  const parsed = parseDocument(getScenario(id)?.document);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return parsed.doc;
}
const storm = scenarioDoc('retry-storm');

const axis = (text: string): SweepAxis => {
  const r = parseSweepAxis(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const parseError = (text: string) => {
  const r = parseSweepAxis(text);
  return r.ok ? '(accepted)' : r.error;
};
const resolveError = (text: string) => {
  const r = resolveAxis(storm, axis(text));
  return r.ok ? '(accepted)' : r.error;
};

describe('parseSweepAxis', () => {
  it('reads path=from..to:count, optionally on a log scale', () => {
    expect(axis('edges.e.timeoutMs=100..5000:20')).toEqual({
      path: 'edges.e.timeoutMs',
      from: 100,
      to: 5000,
      count: 20,
      scale: 'linear',
    });
    expect(axis('nodes.a.workers=1..64:7:log').scale).toBe('log');
    expect(axis('nodes.a.x=0.5..1.5:3')).toMatchObject({ from: 0.5, to: 1.5 });
  });

  it('names what is wrong', () => {
    expect(parseError('edges.e.timeoutMs')).toMatch(
      /^the sweep "edges.e.timeoutMs" has no "=": write it as path=from..to:count/,
    );
    expect(parseError('edges.e.timeoutMs=100-5000')).toMatch(
      /^the sweep's range "100-5000" is not from..to:count/,
    );
    expect(parseError('edges.e.timeoutMs=a..5000:3')).toBe('the sweep\'s start "a" is not a number');
    expect(parseError('edges.e.timeoutMs=100..x:3')).toBe('the sweep\'s end "x" is not a number');
    expect(parseError('edges.e.timeoutMs=500..100:3')).toBe(
      "the sweep's range 500..100 runs backwards: write the smaller value first",
    );
    expect(parseError('edges.e.timeoutMs=100..500:0')).toBe(
      "the sweep's count must be from 1 to 1000, got 0",
    );
    expect(parseError('edges.e.timeoutMs=100..500:5:cubic')).toBe(
      'the sweep\'s scale must be "log" or "linear", got "cubic"',
    );
    expect(parseError('edges.e.timeoutMs=0..500:5:log')).toBe('a log sweep must start above 0, got 0');
    expect(parseError('edges e=1..2:2')).toMatch(/is not a path/);
  });
});

describe('resolveAxis', () => {
  it('checks the parameter against its declaration and names what is wrong', () => {
    expect(resolveError('edges.nope.timeoutMs=1..2:2')).toBe(
      '--sweep edges.nope.timeoutMs: there is no edge "nope" in the diagram',
    );
    expect(resolveError('nodes.nope.workers=1..2:2')).toBe(
      '--sweep nodes.nope.workers: there is no node "nope" in the diagram',
    );
    expect(resolveError('nodes.api.colour=1..2:2')).toMatch(
      /^--sweep nodes.api.colour: "colour" is not a parameter here; numeric ones are: .*workers/,
    );
    expect(resolveError('edges.clients-api.fallback=0..1:2')).toBe(
      '--sweep edges.clients-api.fallback: "fallback" is a switch, not a number: only numbers can be swept',
    );
    expect(resolveError('nodes.api.workers=0..8:3')).toMatch(
      /^--sweep nodes.api.workers: api · .* must stay from 1 to \d+, got 0..8$/,
    );
    expect(resolveError('nodes.api.workers=1.5..8:3')).toMatch(
      /is a whole number, so the range must be too, got 1.5..8$/,
    );
    expect(resolveError('scenario.seed=1..5:5')).toMatch(/the seed is not swept as a parameter/);
    expect(resolveError('things.a.b=1..2:2')).toMatch(
      /must start with nodes.<id>., edges.<id>. or scenario./,
    );
  });

  it('gives integer values for whole parameters, without repeats', () => {
    const r = resolveAxis(storm, axis('edges.clients-api.retry.maxAttempts=1..6:20'));
    expect(r.ok && r.value.values).toEqual([1, 2, 3, 4, 5, 6]);
    const w = resolveAxis(storm, axis('nodes.api.workers=1..64:7:log'));
    expect(w.ok && w.value.values).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(w.ok && w.value.whole).toBe(true);
    const t = resolveAxis(storm, axis('edges.clients-api.timeoutMs=100..5000:3'));
    expect(t.ok && t.value).toMatchObject({
      values: [100, 2550, 5000],
      unit: 'ms',
      label: 'clients-api · Timeout',
    });
  });

  it('keeps stepped values on the step', () => {
    expect(axisValues({ path: 'x', from: 0, to: 1, count: 4, scale: 'linear' }, false, 0.1)).toEqual([
      0, 0.3, 0.7, 1,
    ]);
    expect(axisValues({ path: 'x', from: 0, to: 1, count: 3, scale: 'linear' }, false)).toEqual([0, 0.5, 1]);
  });
});

describe('sweepableParams', () => {
  it('lists the numeric parameters of every node, edge and the scenario, never the seed', () => {
    const paths = sweepableParams(storm).map((p) => p.path);
    expect(paths).toContain('nodes.api.workers');
    expect(paths).toContain('nodes.clients.rate');
    expect(paths).toContain('edges.clients-api.retry.maxAttempts');
    expect(paths).toContain('scenario.durationS');
    expect(paths).not.toContain('scenario.seed');
    expect(paths).not.toContain('edges.clients-api.fallback');
  });
});

describe('sweepPoints and applyVariant', () => {
  it('makes every combination, the first axis outermost', () => {
    expect(sweepPoints([{ values: [1, 2] }, { values: [10, 20, 30] }])).toEqual([
      [1, 10],
      [1, 20],
      [1, 30],
      [2, 10],
      [2, 20],
      [2, 30],
    ]);
    expect(sweepPoints([])).toEqual([[]]);
  });

  it('sets the values in a new, validated document and leaves the original as it was', () => {
    const before = JSON.stringify(storm);
    const v = applyVariant(storm, [
      { path: 'edges.clients-api.retry.maxAttempts', value: 5 },
      { path: 'nodes.api.workers', value: 3 },
      { path: 'scenario.durationS', value: 10 },
    ]);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const edge = v.value.edges[0];
    expect(edge.kind === 'rpc' && edge.retry.maxAttempts).toBe(5);
    const api = v.value.nodes.find((n) => n.id === 'api');
    expect(api?.kind === 'service' && api.workers).toBe(3);
    expect(v.value.scenario.durationS).toBe(10);
    expect(JSON.stringify(storm)).toBe(before);
  });

  it('refuses a value the schema refuses, with its message', () => {
    const v = applyVariant(storm, [{ path: 'nodes.api.workers', value: 2.5 }]);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.error).toBe(
      'the variant is not a valid diagram: nodes[1].workers must be a whole number from 1 to 10000',
    );
  });
});
