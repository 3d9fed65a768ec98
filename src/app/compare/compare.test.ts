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
  it('gives the right side the left seed, duration and faults, aimed by name', () => {
    const left = parsed(rpcChainRedeploy);
    left.scenario.seed = 42;
    const right = parsed(queueRedeploy);
    right.scenario.seed = 7;
    right.scenario.durationS = 30;
    const before = structuredClone(right);
    const pair = alignPair(left, right);
    expect(pair.right.scenario.seed).toBe(42);
    expect(pair.right.scenario.durationS).toBe(60);
    expect(pair.right.scenario.faults.map((f) => [f.id, f.target])).toEqual([
      ['redeploy-payments', 'payments'],
    ]);
    expect(pair.sharedFaults).toEqual(['redeploy of payments at 20 s for 10 s']);
    expect(pair.unmatched).toEqual([]);
    expect(pair.right.nodes).toBe(right.nodes);
    expect(right).toEqual(before);
  });

  it('matches a fault by the target label, whatever the ids on either side', () => {
    const left = parsed(rpcChainRedeploy);
    // A diagram drawn by hand: the same names, the editor's ids.
    const right = renamed(parsed(queueRedeploy), {
      orders: 'service-1',
      payments: 'service-2',
      client: 'client-1',
    });
    left.scenario.traffic = [{ target: 'client', atS: 30, rate: 80 }];
    left.scenario.faults.push({
      id: 'surge',
      kind: 'surge',
      target: 'client',
      startS: 5,
      durationS: 2,
      factor: 2,
    });
    const pair = alignPair(left, right);
    expect(pair.right.scenario.faults.map((f) => f.target)).toEqual(['service-2', 'client-1']);
    expect(pair.right.scenario.traffic).toEqual([{ target: 'client-1', atS: 30, rate: 80 }]);
    expect(pair.unmatched).toEqual([]);
    expect(parseDocument(pair.right).ok).toBe(true);
  });

  it('says which faults have no counterpart on the right, and why, by name', () => {
    const left = parsed(rpcChainRedeploy);
    left.scenario.faults.push(
      { id: 'slow-orders', kind: 'slow', target: 'orders', startS: 1, durationS: 2, factor: 3 },
      { id: 'cut', kind: 'partition', target: 'client-orders', startS: 3, durationS: 1 },
    );
    const right = parsed(queueRedeploy);
    right.nodes = right.nodes.map((n) => (n.id === 'payments' ? { ...n, label: 'billing' } : n));
    right.nodes = right.nodes.map((n) =>
      n.id === 'orders' ? ({ ...n, kind: 'client', rate: 1 } as typeof n) : n,
    );
    right.edges = right.edges.filter((e) => e.source !== 'orders' && e.target !== 'orders');
    const pair = alignPair(left, right);
    expect(pair.right.scenario.faults).toEqual([]);
    expect(pair.unmatched).toEqual([
      { what: 'redeploy of payments at 20 s for 10 s', reason: 'no node named “payments” on the right' },
      {
        what: 'slow of orders at 1 s for 2 s',
        reason: '“orders” on the right is a client, which this cannot hit',
      },
      {
        what: 'partition of Web client → orders at 3 s for 1 s',
        reason: 'no edge Web client → orders on the right',
      },
    ]);
  });

  it('refuses to guess between two nodes of the same name', () => {
    const left = parsed(rpcChainRedeploy);
    const right = parsed(rpcChainRedeploy);
    right.nodes = right.nodes.map((n) => (n.id === 'orders' ? { ...n, label: 'payments' } : n));
    expect(alignPair(left, right).unmatched).toEqual([
      { what: 'redeploy of payments at 20 s for 10 s', reason: '2 nodes are named “payments” on the right' },
    ]);
  });

  it('leaves out a fault the same-named part on the right would ignore (a slow queue)', () => {
    const left = parsed(rpcChainRedeploy);
    left.scenario.faults = [
      { id: 'slow-payments', kind: 'slow', target: 'payments', startS: 5, durationS: 5, factor: 5 },
    ];
    const right = parsed(rpcChainRedeploy);
    right.nodes = right.nodes.map((n) =>
      n.id === 'payments'
        ? {
            id: n.id,
            kind: 'queue',
            label: n.label,
            position: n.position,
            capacity: 10,
            maxAttempts: 5,
            ackTimeoutMs: 0,
            poisonRate: 0,
            ttlS: 'none',
          }
        : n,
    );
    right.edges = right.edges.map((e) =>
      e.target === 'payments'
        ? { id: e.id, kind: 'async', source: e.source, target: e.target, label: '', weight: 1, latencyMs: 5 }
        : e,
    );
    const pair = alignPair(left, right);
    expect(pair.right.scenario.faults).toEqual([]);
    expect(pair.unmatched).toEqual([
      {
        what: expect.stringContaining('payments'),
        reason: '“payments” on the right is a queue, which this cannot hit',
      },
    ]);
    expect(parseDocument(pair.right).ok).toBe(true);
  });

  it('moves a partition of an RPC call onto its publish edge when the right made it async', () => {
    const left = parsed(rpcChainRedeploy);
    left.scenario.faults = [
      { id: 'cut', kind: 'partition', target: 'orders-payments', startS: 3, durationS: 1 },
    ];
    const pair = alignPair(left, parsed(queueRedeploy));
    expect(pair.right.scenario.faults.map((f) => f.target)).toEqual(['orders-queue']);
    expect(pair.sharedFaults).toEqual(['partition of orders → payments at 3 s for 1 s']);
  });
});

/** `doc` with node ids replaced (edges, faults and traffic follow), as if drawn by hand. */
function renamed(doc: FaultlineDocument, ids: Record<string, string>): FaultlineDocument {
  const to = (id: string) => ids[id] ?? id;
  return {
    ...doc,
    nodes: doc.nodes.map((n) => ({ ...n, id: to(n.id) })),
    edges: doc.edges.map((e) => ({ ...e, source: to(e.source), target: to(e.target) })),
    scenario: { ...doc.scenario, faults: doc.scenario.faults.map((f) => ({ ...f, target: to(f.target) })) },
  };
}

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
