import { describe, expect, it } from 'vitest';
import { type FaultlineDocument, parseDocument } from '../../model';
import { queueRedeploy } from '../../scenarios/queueRedeploy';
import { rpcChainRedeploy } from '../../scenarios/rpcChainRedeploy';
import type { Report } from '../../sim/report';
import { alignPair } from './alignPair';
import { diffLine, diffSummaries, summarize } from './summaryDiff';

function parsed(stored: unknown): FaultlineDocument {
  const r = parseDocument(stored);
  if (!r.ok) throw new Error('invalid');
  return r.doc;
}

describe('alignPair', () => {
  it('gives the right side the left seed, duration and faults whose targets exist', () => {
    const left = parsed(rpcChainRedeploy);
    left.scenario.seed = 42;
    left.scenario.faults.push({ ...left.scenario.faults[0], id: 'ghost', target: 'nowhere' });
    const right = parsed(queueRedeploy);
    right.scenario.seed = 7;
    right.scenario.durationS = 30;
    const before = structuredClone(right);
    const pair = alignPair(left, right);
    expect(pair.right.scenario.seed).toBe(42);
    expect(pair.right.scenario.durationS).toBe(60);
    expect(pair.right.scenario.faults.map((f) => f.id)).toEqual(['redeploy-payments']);
    expect(pair.skippedFaults.map((f) => f.id)).toEqual(['ghost']);
    expect(pair.right.nodes).toBe(right.nodes);
    expect(right).toEqual(before);
  });
});

function report(over: Partial<Report['clients'][string]>, queue = { deadLettered: 0, expired: 0 }): Report {
  const latency = { mean: 0, p50: 0, p95: 0, p99: 0 };
  return {
    status: 'finished',
    clients: {
      c: {
        sent: 3000,
        ok: 2502,
        failed: 498,
        accepted: 0,
        completed: 0,
        failedBy: {},
        latencyMs: { ...latency, p99: 91.5 },
        completionMs: latency,
        polls: 0,
        ...over,
      },
    },
    queues: { q: queue },
  } as unknown as Report;
}

describe('summaries and their diff', () => {
  it('sums clients and says which side did better', () => {
    const a = summarize(report({}));
    const b = summarize(
      report({ ok: 3000, failed: 0, accepted: 3000, completed: 3000 }, { deadLettered: 2, expired: 1 }),
    );
    expect(a.clientFailures).toBe(498);
    expect(b.lost).toBe(3);
    const rows = diffSummaries(a, b);
    const failures = rows.find((r) => r.key === 'clientFailures')!;
    expect(diffLine(failures)).toBe('client failures: 498 vs 0');
    expect(failures.better).toBe('right');
    expect(rows.find((r) => r.key === 'lost')!.better).toBe('left');
    expect(rows.find((r) => r.key === 'p99Ms')!.left).toBe('92 ms');
    expect(rows.find((r) => r.key === 'sent')!.better).toBeNull();
    // RPC answers count as completed work; completion time means nothing without async work.
    expect(diffLine(rows.find((r) => r.key === 'completed')!)).toBe('completed: 2502 vs 3000');
    const completion = rows.find((r) => r.key === 'completionP99Ms')!;
    expect(completion.left).toBe('–');
    expect(completion.better).toBeNull();
  });
});
