// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulation } from '../../sim';
import type { FromWorker, ToWorker } from '../../sim/protocol';
import { runStore } from '../../store/runStore';
import { RunSession } from '../../worker/runSession';
import { DEFAULT_VIEW_OPTIONS, type ViewOptions } from '../routes/viewOptions';
import EmbedRoute from './EmbedRoute';

/**
 * Workers made for the player: each the real worker core (RunSession with the engine) in
 * this thread, behind the Worker interface, counted as they are created and terminated.
 */
function countedWorkers() {
  const made: { terminated: boolean }[] = [];
  const createWorker = () => {
    const record = { terminated: false };
    made.push(record);
    const worker = {
      onmessage: null as ((event: MessageEvent<FromWorker>) => void) | null,
      onerror: null,
      postMessage(message: ToWorker) {
        if (!record.terminated) session.receive(message);
      },
      terminate() {
        record.terminated = true;
      },
    };
    const session = new RunSession(
      createSimulation,
      (message) => {
        if (!record.terminated) worker.onmessage?.({ data: message } as MessageEvent<FromWorker>);
      },
      { clock: () => 0 },
    );
    return worker as unknown as Worker;
  };
  return {
    createWorker,
    created: () => made.length,
    alive: () => made.filter((w) => !w.terminated).length,
  };
}

/** Intervals set and not yet cleared, as the page's own setInterval / clearInterval see them. */
function liveIntervals() {
  const live = new Set<unknown>();
  const set = globalThis.setInterval;
  const clear = globalThis.clearInterval;
  vi.spyOn(globalThis, 'setInterval').mockImplementation(((...args: Parameters<typeof set>) => {
    const id = set(...args);
    live.add(id);
    return id;
  }) as typeof set);
  vi.spyOn(globalThis, 'clearInterval').mockImplementation(((id: Parameters<typeof clear>[0]) => {
    live.delete(id);
    clear(id);
  }) as typeof clear);
  return live;
}

const page = { hash: '', origin: 'http://localhost', pathname: '/' } as Location;
const options = (more: Partial<ViewOptions> = {}): ViewOptions => ({
  ...DEFAULT_VIEW_OPTIONS,
  embed: true,
  ...more,
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  runStore.getState().reset();
});

describe('the embed route', () => {
  it('starts one worker under StrictMode, and leaves no worker or interval behind once unmounted', async () => {
    const workers = countedWorkers();
    const intervals = liveIntervals();
    const view = render(
      <StrictMode>
        <EmbedRoute options={options()} location={page} createWorker={workers.createWorker} />
      </StrictMode>,
    );
    await screen.findByRole('toolbar', { name: 'Player controls' });
    // StrictMode mounts twice: the first controller was disposed with its worker.
    expect(workers.alive()).toBe(1);
    expect(workers.created()).toBeLessThanOrEqual(2);
    view.unmount();
    expect(workers.alive()).toBe(0);
    expect(intervals.size).toBe(0);
  });

  it('opens at ?step=N once under StrictMode: the clock is at the step, not twice as far', async () => {
    const workers = countedWorkers();
    render(
      <StrictMode>
        <EmbedRoute options={options({ step: 2 })} location={page} createWorker={workers.createWorker} />
      </StrictMode>,
    );
    await screen.findByRole('toolbar', { name: 'Player controls' });
    // The example's second lesson step starts at 21 s.
    await act(async () => {
      await vi.waitFor(() => expect(runStore.getState().progress.tMs).toBe(21_000), { timeout: 10_000 });
    });
    expect(screen.getByTestId('embed-clock').textContent).toContain('21.0 s');
  });
});
