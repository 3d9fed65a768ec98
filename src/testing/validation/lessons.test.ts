/**
 * The lesson itself: the two built-in lesson scenarios (docs/scenarios.md), run by id through
 * the command line's code path, for several seeds — what they teach must hold for any seed.
 *
 * The per-second series counts a client's `sent` when a request leaves and `ok` / `failed`
 * when its outcome is known. In these lessons every outcome is known within the 2 s timeout,
 * and in practice within a few hundred ms (checked below), so a window of outcomes stands for
 * the same window of sends; the 1 s margins left around the outage absorb the lag.
 */
import { describe, expect, it } from 'vitest';
import type { Report, SeriesRow } from '../../sim/report';
import { runThroughCli } from './runThroughCli';

const SEEDS = [1, 2, 3];

type ClientRow = SeriesRow['clients'][string];

/** Sums a client's per-second counts over the rows with fromS ≤ t < toS. */
function clientTotals(report: Report, client: string, fromS: number, toS: number) {
  const total = { sent: 0, ok: 0, failed: 0 };
  for (const row of report.series) {
    if (row.t < fromS || row.t >= toS) continue;
    const c: ClientRow = row.clients[client];
    total.sent += c.sent;
    total.ok += c.ok;
    total.failed += c.failed;
  }
  return total;
}

describe.each(SEEDS)('RPC chain under redeploy (seed %i)', (seed) => {
  const report = runThroughCli('rpc-chain-redeploy', ['--seed', String(seed)]);
  const client = report.clients.client;

  it('answers every request within a second (so outcome seconds stand for send seconds)', () => {
    expect(client.latencyMs.p99).toBeLessThan(1000);
    expect(report.status).toBe('finished');
    expect(report.conservation.holds).toBe(true);
  });

  it('fails at least 95 % of the requests sent while payments restarts, [20 s, 30 s)', () => {
    const during = clientTotals(report, 'client', 20, 30);
    expect(during.sent).toBeGreaterThan(400);
    expect(during.failed / (during.ok + during.failed)).toBeGreaterThanOrEqual(0.95);
  });

  it('fails under 1 % of the requests before 19 s and after 31 s', () => {
    const before = clientTotals(report, 'client', 0, 19);
    const after = clientTotals(report, 'client', 31, 60);
    const outside = { ok: before.ok + after.ok, failed: before.failed + after.failed };
    expect(outside.ok + outside.failed).toBeGreaterThan(2000);
    expect(outside.failed / (outside.ok + outside.failed)).toBeLessThan(0.01);
  });

  it("traces every failure to payments' redeploy, with orders a victim", () => {
    expect(client.failed).toBeGreaterThan(0);
    expect(report.rootCauses).toHaveLength(1);
    const [root] = report.rootCauses;
    expect(root.node).toBe('payments');
    expect(root.fault).toBe('redeploy-payments');
    expect(root.clientFailures).toBe(client.failed);
    expect(client.failedBy).toEqual({ downstream: client.failed });
    expect(report.nodes.orders.role).toBe('victim');
    expect(report.nodes.payments.role).toBe('cause');
  });
});

describe.each(SEEDS)('The same with a queue (seed %i)', (seed) => {
  const report = runThroughCli('queue-redeploy', ['--seed', String(seed)]);
  const client = report.clients.client;
  const queue = report.queues['payments-queue'];
  const depth = report.series.map((row) => row.queues['payments-queue'].depth);

  it('fails no client request; every one is accepted', () => {
    expect(report.status).toBe('finished');
    expect(client.failed).toBe(0);
    expect(client.sent).toBeGreaterThan(2700);
    // Requests still on their way to orders at the end of the run are neither yet.
    expect(client.sent - client.accepted).toBeLessThanOrEqual(report.conservation.requests.inFlight);
    expect(client.sent - client.accepted).toBeLessThan(10);
  });

  it('fills the queue to about 50 × 10 = 500 messages around 30 s', () => {
    expect(queue.maxDepth).toBeGreaterThanOrEqual(400);
    expect(queue.maxDepth).toBeLessThanOrEqual(600);
    // Row t holds the depth at the end of second t: the peak is at the end of the outage.
    const peakRow = depth.indexOf(Math.max(...depth));
    expect(peakRow).toBeGreaterThanOrEqual(28);
    expect(peakRow).toBeLessThanOrEqual(30);
  });

  it('drains to under 10 within 5 s after payments returns (about 267 − 50 per second)', () => {
    // Depth at 35 s and every second after it.
    for (const d of depth.slice(34)) expect(d).toBeLessThan(10);
    // The drain takes about 500 / 217 ≈ 2.3 s: at 31 s the queue is still well below its peak.
    expect(depth[30]).toBeLessThan(depth[29]);
  });

  it('completes every request by the end, dead-letters nothing, and completes the outage ones within ~10 s', () => {
    expect(queue.deadLettered).toBe(0);
    const pending = report.conservation.messages.inFlight + report.conservation.messages.waiting;
    expect(pending).toBeLessThan(10);
    expect(client.accepted - client.completed).toBeLessThanOrEqual(pending);
    const worst = Math.max(...report.series.map((row) => row.clients.client.completionP99));
    expect(worst).toBeGreaterThan(8000);
    expect(worst).toBeLessThan(10_800);
    expect(report.conservation.holds).toBe(true);
  });
});
