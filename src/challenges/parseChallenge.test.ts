import { describe, expect, it } from 'vitest';
import { getChallenge } from './campaign';
import { parseChallenge } from './parseChallenge';

const redeploy = getChallenge('survive-redeploy')!;
const errorsOf = (value: unknown) => {
  const r = parseChallenge(value);
  return r.ok ? [] : r.errors;
};

describe('parseChallenge', () => {
  it('accepts a campaign level and fills its start', () => {
    const r = parseChallenge(JSON.parse(JSON.stringify(redeploy)));
    expect(r.ok && r.start.nodes.map((n) => n.id)).toEqual(['client', 'orders', 'payments']);
  });

  it('names parameters and ids the start does not have', () => {
    expect(
      errorsOf({
        ...redeploy,
        allowed: {
          addKinds: ['client'],
          params: { orders: ['workers', 'wings'], ghost: ['workers'] },
          edges: { 'orders-payments': ['retry.maxAttempts', 'colour'] },
        },
        goals: [
          { kind: 'clientSuccess', client: 'orders', min: 1 },
          { kind: 'utilisation', node: 'ghost', max: 0.5 },
        ],
      }),
    ).toEqual([
      'allowed.params.orders: a service has no parameter "wings"',
      'allowed.params: the start has no node "ghost"',
      'allowed.edges.orders-payments: an rpc edge has no parameter "colour"',
      'allowed.addKinds: clients cannot be added (the traffic is locked)',
      'goals[0].client: the start has no client "orders"',
      'goals[1].node: the start has no node "ghost"',
    ]);
  });

  it('refuses too few seeds, unknown goals and unknown keys, naming the field', () => {
    expect(errorsOf({ ...redeploy, seeds: [1, 1, 2, 3, 4] })).toEqual(['seeds: each seed may appear once']);
    expect(errorsOf({ ...redeploy, seeds: [1] })[0]).toMatch(/^challenge seeds: needs at least 5 seeds/);
    expect(errorsOf({ ...redeploy, goals: [{ kind: 'vibes' }] })[0]).toMatch(/^challenge goals\[0\]/);
    expect(errorsOf({ ...redeploy, extra: 1 })[0]).toMatch(/^challenge/);
    expect(errorsOf(null)[0]).toMatch(/^challenge/);
  });

  it('refuses a start that is not a valid document, through the one decoder', () => {
    const errors = errorsOf({ ...redeploy, start: { ...redeploy.start, nodes: [{ id: 'x' }] } });
    expect(errors[0]).toMatch(/^the starting diagram: /);
    expect(errors.length).toBeGreaterThan(1);
  });
});
