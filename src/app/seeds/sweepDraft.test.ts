import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import { getScenario } from '../../scenarios';
import { findSweepParam } from '../../sweeps';
import { currentValue, defaultAxis, definitionOf, panelMessage } from './sweepDraft';

const parsed = parseDocument(getScenario('retry-storm')?.document);
if (!parsed.ok) throw new Error('retry-storm does not parse');
const doc = parsed.doc;

describe('the sweep form', () => {
  it('reads the current value of a parameter by its path', () => {
    expect(currentValue(doc, 'edges.clients-api.retry.maxAttempts')).toBe(3);
    expect(currentValue(doc, 'nodes.api.workers')).toBe(8);
    expect(currentValue(doc, 'scenario.durationS')).toBe(60);
    expect(currentValue(doc, 'nodes.nope.workers')).toBeUndefined();
  });

  it('guesses a range from the declaration and the current value', () => {
    const found = findSweepParam(doc, 'edges.clients-api.retry.maxAttempts');
    if (!found.ok) throw new Error(found.error);
    expect(defaultAxis(doc, found.found)).toEqual({
      path: 'edges.clients-api.retry.maxAttempts',
      from: 1,
      to: 6,
      count: 6,
    });
  });

  it('gives the definition, or says what is wrong with the seeds or a range', () => {
    const axis = { path: 'nodes.api.workers', from: 1, to: 16, count: 4 };
    expect(definitionOf([axis], '1..3')).toEqual({
      ok: true,
      definition: { seeds: [1, 2, 3], axes: [{ ...axis, scale: 'linear' }] },
    });
    expect(definitionOf([axis], '3..1')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Seeds: /),
    });
    expect(definitionOf([{ ...axis, to: Number.NaN }], '1')).toMatchObject({
      ok: false,
      error: 'Every range needs a number in From, To and Values.',
    });
  });
});

describe('panelMessage', () => {
  it("leaves out the command line's option name", () => {
    expect(
      panelMessage('--sweep edges.a-b.retry.maxAttempts: a-b · Attempts must stay from 1 to 10, got 0..6'),
    ).toBe('a-b · Attempts must stay from 1 to 10, got 0..6');
    expect(panelMessage('a sweep needs at least one seed')).toBe('a sweep needs at least one seed');
  });
});
