// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EdgeLive, Frame } from '../../sim/api';
import { runStore } from '../../store/runStore';
import { noTransfers, pausedFrameMessage } from '../../testing/frames';
import { EdgeRunBadge } from './EdgeRunBadge';
import { NodeRunBadge } from './NodeRunBadge';

const frame = (backendOut?: EdgeLive['backendOut']): Frame => ({
  tMs: 1000,
  transfers: noTransfers(),
  perDot: 1,
  nodes: {
    lb: {
      health: backendOut ? 'degraded' : 'healthy',
      busy: 0,
      workers: 0,
      backlog: 0,
      depth: 0,
      oldestAgeMs: 0,
      role: 'healthy',
    },
  },
  edges: {
    'lb-api': { breaker: null, callsPerS: 10, failuresPerS: 0, ...(backendOut ? { backendOut } : {}) },
  },
  flashes: [],
});

const show = (f: Frame) => act(() => runStore.getState().apply(pausedFrameMessage(f), 0));

describe("a load balancer's marks during a run", () => {
  beforeEach(() => runStore.getState().reset());

  it("labels a backend's edge ejected or unhealthy while the balancer takes it out, and nothing otherwise", () => {
    const { getByTestId, queryByTestId } = render(<EdgeRunBadge id="lb-api" ratesShown={false} />);
    show(frame());
    expect(queryByTestId('backend-out-lb-api')).toBeNull();
    show(frame('ejected'));
    expect(getByTestId('backend-out-lb-api').textContent).toBe('ejected');
    show(frame('unhealthy'));
    expect(getByTestId('backend-out-lb-api').textContent).toBe('unhealthy');
    show(frame());
    expect(queryByTestId('backend-out-lb-api')).toBeNull();
  });

  it('shows a balancer its health, without a workers bar it does not have', () => {
    const { getByTestId } = render(<NodeRunBadge id="lb" kind="balancer" />);
    show(frame('ejected'));
    expect(getByTestId('node-run-lb').textContent).toContain('degraded');
    expect(getByTestId('node-run-lb').textContent).not.toContain('busy');
  });
});
