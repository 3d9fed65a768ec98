// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Frame } from '../../sim/api';
import { runStore } from '../../store/runStore';
import { noTransfers, pausedFrameMessage } from '../../testing/frames';
import { NodeRunBadge } from './NodeRunBadge';

const frame = (hitRatio: number, entries: number): Frame => ({
  tMs: 1000,
  transfers: noTransfers(),
  perDot: 1,
  nodes: {
    lookup: {
      health: 'healthy',
      busy: 0,
      workers: Number.POSITIVE_INFINITY,
      backlog: 0,
      depth: 0,
      oldestAgeMs: 0,
      role: 'healthy',
      cache: { hitRatio, entries, capacity: 1000 },
    },
  },
  edges: {},
  flashes: [],
});

const show = (hitRatio: number, entries: number) =>
  act(() => runStore.getState().apply(pausedFrameMessage(frame(hitRatio, entries)), 0));

describe("a cache's run badge", () => {
  beforeEach(() => runStore.getState().reset());

  it('shows the hit ratio and the entries instead of busy workers, and empties on a flush', () => {
    const { getByTestId } = render(<NodeRunBadge id="lookup" kind="cache" />);
    show(0.87, 1000);
    const badge = getByTestId('node-run-lookup');
    expect(badge.textContent).toContain('87 % hits · 1,000/1,000 entries');
    expect(badge.textContent).not.toContain('busy');
    expect(badge.querySelector<HTMLElement>('.node-run-bar-fill')?.style.transform).toBe('scaleX(0.87)');
    show(0, 0);
    expect(badge.textContent).toContain('0 % hits · 0/1,000 entries');
  });
});
