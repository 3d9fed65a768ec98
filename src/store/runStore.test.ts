import { beforeEach, describe, expect, it } from 'vitest';
import type { Frame, NodeLive } from '../sim/api';
import type { RunProgress } from '../sim/protocol';
import { noTransfers } from '../testing/frames';
import { LIVE_ALIGN_MS, LIVE_INTERVAL_MS, liveIntervalMs, runStore } from './runStore';

const progress = (p: Partial<RunProgress> = {}): RunProgress => ({
  tMs: 0,
  reachedMs: 0,
  endMs: 60_000,
  status: { state: 'running' },
  playing: true,
  speed: 1,
  ...p,
});
const node = (busy: number): NodeLive => ({
  health: 'healthy',
  busy,
  workers: 8,
  backlog: 0,
  depth: 0,
  oldestAgeMs: 0,
  role: 'healthy',
});
const frame = (tMs: number, busy: number): Frame => ({
  tMs,
  transfers: noTransfers(),
  perDot: 1,
  nodes: { orders: node(busy) },
  edges: {},
  flashes: [],
});

describe('runStore', () => {
  beforeEach(() => runStore.getState().reset());

  it('keeps every frame for the overlay but refreshes node state at most every 100 ms while playing', () => {
    const { apply } = runStore.getState();
    apply({ type: 'frame', frame: frame(0, 1), sinceMs: 0, progress: progress() }, 1000);
    apply({ type: 'frame', frame: frame(33, 2), sinceMs: 0, progress: progress({ tMs: 33 }) }, 1033);
    expect(runStore.getState().frame?.tMs).toBe(33);
    expect(runStore.getState().liveNodes.orders.busy).toBe(1);
    apply(
      { type: 'frame', frame: frame(100, 3), sinceMs: 0, progress: progress({ tMs: 100 }) },
      1000 + LIVE_INTERVAL_MS,
    );
    expect(runStore.getState().liveNodes.orders.busy).toBe(3);
  });

  it('refreshes node state at once when the run is still (paused, stepped, scrubbed)', () => {
    const { apply } = runStore.getState();
    apply({ type: 'frame', frame: frame(0, 1), sinceMs: 0, progress: progress() }, 1000);
    apply({ type: 'frame', frame: frame(100, 5), sinceMs: 0, progress: progress({ playing: false }) }, 1001);
    expect(runStore.getState().liveNodes.orders.busy).toBe(5);
  });

  it('replaces the tail of the log and series from the index the worker resent', () => {
    const { apply } = runStore.getState();
    const entry = (tMs: number) => ({ tMs, kind: 'health' as const, subject: 'p', text: `at ${tMs}` });
    apply(
      {
        type: 'metrics',
        progress: progress(),
        seriesFrom: 0,
        series: [],
        logFrom: 0,
        log: [entry(1), entry(2)],
      },
      0,
    );
    apply(
      { type: 'metrics', progress: progress(), seriesFrom: 0, series: [], logFrom: 2, log: [entry(3)] },
      0,
    );
    expect(runStore.getState().log.map((e) => e.tMs)).toEqual([1, 2, 3]);
    apply(
      { type: 'metrics', progress: progress(), seriesFrom: 0, series: [], logFrom: 0, log: [entry(1)] },
      0,
    );
    expect(runStore.getState().log.map((e) => e.tMs)).toEqual([1]);
  });

  it('ends the run with the failure message', () => {
    runStore.getState().fail('stopped responding');
    expect(runStore.getState().error).toBe('stopped responding');
    expect(runStore.getState().progress.playing).toBe(false);
  });

  it('refreshes a large diagram less often, in proportion to its size, at least once a second', () => {
    expect(liveIntervalMs(3)).toBe(LIVE_INTERVAL_MS);
    expect(liveIntervalMs(40)).toBe(LIVE_INTERVAL_MS);
    expect(liveIntervalMs(84)).toBe(210);
    expect(liveIntervalMs(250)).toBe(625);
    expect(liveIntervalMs(1200)).toBe(1000);
    const { apply } = runStore.getState();
    const big = (tMs: number, busy: number): Frame => {
      const nodes: Record<string, NodeLive> = {};
      for (let i = 0; i < 300; i++) nodes[`n${i}`] = node(busy);
      return { ...frame(tMs, busy), nodes };
    };
    apply({ type: 'frame', frame: big(0, 1), sinceMs: 0, progress: progress() }, 1000);
    // 300 nodes: a refresh every 750 ms.
    apply({ type: 'frame', frame: big(100, 2), sinceMs: 0, progress: progress({ tMs: 100 }) }, 1000 + 500);
    expect(runStore.getState().liveNodes.n0.busy).toBe(1);
    apply({ type: 'frame', frame: big(300, 3), sinceMs: 0, progress: progress({ tMs: 300 }) }, 1000 + 750);
    expect(runStore.getState().liveNodes.n0.busy).toBe(3);
  });

  it('refreshes node state early, with another change of the page, only when its turn is near', () => {
    const { apply, refreshLiveWith } = runStore.getState();
    apply({ type: 'frame', frame: frame(0, 1), sinceMs: 0, progress: progress() }, 1000);
    apply({ type: 'frame', frame: frame(33, 2), sinceMs: 0, progress: progress({ tMs: 33 }) }, 1033);
    refreshLiveWith(1000 + LIVE_INTERVAL_MS - LIVE_ALIGN_MS - 1);
    expect(runStore.getState().liveNodes.orders.busy).toBe(1);
    refreshLiveWith(1000 + LIVE_INTERVAL_MS - LIVE_ALIGN_MS);
    expect(runStore.getState().liveNodes.orders.busy).toBe(2);
    expect(runStore.getState().liveWallMs).toBe(1000 + LIVE_INTERVAL_MS - LIVE_ALIGN_MS);
    // A still run refreshes with every frame already: nothing to bring forward.
    apply({ type: 'frame', frame: frame(66, 3), sinceMs: 0, progress: progress({ playing: false }) }, 1100);
    apply({ type: 'frame', frame: frame(99, 4), sinceMs: 0, progress: progress({ playing: false }) }, 1101);
    expect(runStore.getState().liveNodes.orders.busy).toBe(4);
  });
});
