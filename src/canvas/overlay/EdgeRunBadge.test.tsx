// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { Profiler } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EdgeLive, Frame } from '../../sim/api';
import { runStore } from '../../store/runStore';
import { noTransfers, pausedFrameMessage } from '../../testing/frames';
import { EdgeRunBadge } from './EdgeRunBadge';

const frame = (calls: number, breaker: EdgeLive['breaker'] = 'closed'): Frame => ({
  tMs: 1000,
  transfers: noTransfers(),
  perDot: 1,
  nodes: {},
  edges: { 'a-b': { breaker, callsPerS: calls, failuresPerS: 0 } },
  flashes: [],
});

const show = (f: Frame) => act(() => runStore.getState().apply(pausedFrameMessage(f), 0));

describe("an edge's run badge", () => {
  beforeEach(() => runStore.getState().reset());

  it('writes its rates into the page only while they are shown (hover or focus of the label)', () => {
    let renders = 0;
    const badge = (ratesShown: boolean) => (
      <Profiler id="badge" onRender={() => renders++}>
        <EdgeRunBadge id="a-b" ratesShown={ratesShown} />
      </Profiler>
    );
    const { getByTestId, rerender } = render(badge(false));
    show(frame(10));
    expect(getByTestId('edge-run-a-b').textContent).toBe('breaker closed');
    // New rates with every refresh: hidden, they change nothing.
    renders = 0;
    show(frame(11));
    show(frame(12.4));
    expect(renders).toBe(0);
    rerender(badge(true));
    expect(getByTestId('edge-run-a-b').textContent).toBe('breaker closed12/s');
    // Shown, they follow the run, in whole numbers.
    renders = 0;
    show(frame(11.6));
    expect(renders).toBe(0);
    show(frame(30.2, 'open'));
    expect(getByTestId('edge-run-a-b').textContent).toBe('breaker open30/s');
  });
});
