import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleDocument } from '../store/documentStore';
import { createSimulationClient } from './simulationClient';

/** A worker that only records what it is sent; the test speaks for it. */
class SilentWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  say(message: unknown) {
    this.onmessage?.({ data: message } as MessageEvent);
  }
}

const playing = { type: 'metrics', progress: { tMs: 100, endMs: 60_000, playing: true } };

function setup() {
  const workers: SilentWorker[] = [];
  const failures: string[] = [];
  const client = createSimulationClient({
    createWorker: () => {
      const w = new SilentWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
    onMessage: () => {},
    onFailure: (m) => failures.push(m),
    watchdogMs: 2000,
    startupGraceMs: 15_000,
  });
  return { client, workers, failures };
}

describe('simulation client watchdog', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stops a playing worker that goes silent, with the reason', () => {
    const { client, workers, failures } = setup();
    client.load(exampleDocument());
    client.play();
    workers[0].say(playing);
    vi.advanceTimersByTime(1500);
    expect(failures).toEqual([]);
    vi.advanceTimersByTime(1500);
    expect(workers[0].terminated).toBe(true);
    expect(failures[0]).toMatch(/stopped responding for 2 s/);
    client.dispose();
  });

  it('gives a new worker time to start before calling it stuck', () => {
    const { client, workers, failures } = setup();
    client.load(exampleDocument());
    client.play();
    vi.advanceTimersByTime(10_000);
    expect(failures).toEqual([]);
    workers[0].say(playing);
    vi.advanceTimersByTime(1000);
    expect(failures).toEqual([]);
    client.dispose();
  });

  it('says so when a worker never starts', () => {
    const { client, failures } = setup();
    client.load(exampleDocument());
    client.play();
    vi.advanceTimersByTime(16_000);
    expect(failures[0]).toMatch(/did not start within 15 s/);
    client.dispose();
  });

  it('does not blame the worker for a tick the busy page delivered late', () => {
    const { client, workers, failures } = setup();
    client.load(exampleDocument());
    client.play();
    workers[0].say(playing);
    // The page froze for 3 s: time moved but no tick ran in between.
    const now = performance.now();
    vi.spyOn(performance, 'now').mockReturnValue(now + 3000);
    vi.advanceTimersByTime(500);
    expect(failures).toEqual([]);
    vi.restoreAllMocks();
    client.dispose();
  });
});
