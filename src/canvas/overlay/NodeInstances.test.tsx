// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Frame } from '../../sim/api';
import type { InstanceCounts } from '../../sim/report';
import { runStore } from '../../store/runStore';
import { noTransfers, pausedFrameMessage } from '../../testing/frames';
import { NodeRunBadge } from './NodeRunBadge';

const frame = (instances?: InstanceCounts): Frame => ({
  tMs: 1000,
  transfers: noTransfers(),
  perDot: 1,
  nodes: {
    api: {
      health: 'healthy',
      busy: 2,
      workers: 8,
      backlog: 0,
      depth: 0,
      oldestAgeMs: 0,
      role: 'healthy',
      ...(instances ? { instances } : {}),
    },
  },
  edges: {},
  flashes: [],
});

const show = (instances?: InstanceCounts) =>
  act(() => runStore.getState().apply(pausedFrameMessage(frame(instances)), 0));

describe("an autoscaled service's instances on its run badge", () => {
  beforeEach(() => runStore.getState().reset());
  afterEach(cleanup);

  it('shows live, booting and draining instances in words and as pips', () => {
    const { getByTestId } = render(<NodeRunBadge id="api" kind="service" />);
    show({ live: 3, booting: 1, draining: 1 });
    const row = getByTestId('node-instances-api');
    expect(row.textContent).toBe('3 live + 1 booting · 1 draining');
    expect(row.querySelectorAll('.node-run-pip--live')).toHaveLength(3);
    expect(row.querySelectorAll('.node-run-pip--booting')).toHaveLength(1);
    expect(row.querySelectorAll('.node-run-pip--draining')).toHaveLength(1);
    show({ live: 4, booting: 0, draining: 0 });
    expect(getByTestId('node-instances-api').textContent).toBe('4 live');
  });

  it('shows nothing of the kind for a service without autoscaling', () => {
    const { queryByTestId, getByTestId } = render(<NodeRunBadge id="api" kind="service" />);
    show();
    expect(getByTestId('node-run-api')).toBeTruthy();
    expect(queryByTestId('node-instances-api')).toBeNull();
  });

  it('draws no pips past a dozen instances: the words say it alone', () => {
    const { getByTestId } = render(<NodeRunBadge id="api" kind="service" />);
    show({ live: 40, booting: 10, draining: 0 });
    expect(getByTestId('node-instances-api').querySelectorAll('.node-run-pip')).toHaveLength(0);
    expect(getByTestId('node-instances-api').textContent).toBe('40 live + 10 booting');
  });
});
