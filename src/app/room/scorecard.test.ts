import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import { queueRedeploy } from '../../scenarios/queueRedeploy';
import { rpcChainRedeploy } from '../../scenarios/rpcChainRedeploy';
import { simulate } from '../../sim';
import { rankByScore, SCORE_SEEDS, scoreOf } from './scorecard';

function runs(stored: typeof rpcChainRedeploy) {
  const parsed = parseDocument(stored);
  if (!parsed.ok) throw new Error('does not parse');
  return SCORE_SEEDS.map((seed) => simulate(parsed.doc, { seed }));
}

describe('ranking diagrams handed back in a room', () => {
  it('the queue fixes the RPC chain: it ranks above the chain it replaces', () => {
    const chain = { name: 'chain', score: scoreOf(runs(rpcChainRedeploy)) };
    const queue = { name: 'queue', score: scoreOf(runs(queueRedeploy)) };
    expect(chain.score.seeds).toBe(5);
    expect(chain.score.success).toBeLessThan(0.9);
    expect(queue.score.success).toBe(1);
    expect(rankByScore([chain, { name: 'unscored', score: null }, queue]).map((r) => r.name)).toEqual([
      'queue',
      'chain',
      'unscored',
    ]);
  });

  it('a run with no client request scores full success', () => {
    expect(scoreOf([{ clients: {} }]).success).toBe(1);
  });
});
