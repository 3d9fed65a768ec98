// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Frame } from '../../sim/api';
import { runStore } from '../../store/runStore';
import { noTransfers, pausedFrameMessage } from '../../testing/frames';
import { NodeRunBadge } from './NodeRunBadge';

const frame = (busy: number): Frame => ({
  tMs: 1000,
  transfers: noTransfers(),
  perDot: 1,
  nodes: {
    orders: { health: 'healthy', busy, workers: 8, backlog: 0, depth: 0, oldestAgeMs: 0, role: 'healthy' },
  },
  edges: {},
  flashes: [],
});

const show = (busy: number) => act(() => runStore.getState().apply(pausedFrameMessage(frame(busy)), 0));

describe("a node's run badge", () => {
  beforeEach(() => runStore.getState().reset());
  afterEach(cleanup);

  it('fills its utilisation bar by a transform, which needs no layout, never by resizing it', () => {
    const { getByTestId } = render(<NodeRunBadge id="orders" kind="service" />);
    show(2);
    const fill = getByTestId('node-run-orders').querySelector<HTMLElement>('.node-run-bar-fill');
    expect(fill?.style.transform).toBe('scaleX(0.25)');
    expect(fill?.style.width).toBe('');
    show(8);
    expect(fill?.style.transform).toBe('scaleX(1)');
    expect(getByTestId('node-run-orders').textContent).toContain('8/8 busy');
  });

  it('says a rate-limited service is turning calls away while its bucket is empty', () => {
    const { getByTestId } = render(<NodeRunBadge id="orders" kind="service" />);
    show(2);
    expect(getByTestId('node-run-orders').textContent).not.toContain('rate limiting');
    const limiting = frame(2);
    limiting.nodes.orders.limiting = true;
    act(() => runStore.getState().apply(pausedFrameMessage(limiting), 0));
    expect(getByTestId('node-run-orders').textContent).toContain('rate limiting');
  });
});

describe("a node's slowdown under load on its run badge", () => {
  beforeEach(() => runStore.getState().reset());

  const slowed = (slowdown?: number): Frame => {
    const f = frame(8);
    return { ...f, nodes: { orders: { ...f.nodes.orders, ...(slowdown ? { slowdown } : {}) } } };
  };

  it('says how much slower the node works while its load factor is above 1, and nothing otherwise', () => {
    const { container } = render(<NodeRunBadge id="orders" kind="service" />);
    const badge = () => container.querySelector('[data-testid="node-run-orders"]')?.textContent;
    act(() => runStore.getState().apply(pausedFrameMessage(slowed(2.3)), 0));
    expect(badge()).toContain('×2.3 slower');
    act(() => runStore.getState().apply(pausedFrameMessage(slowed()), 0));
    expect(badge()).toContain('8/8 busy');
    expect(badge()).not.toContain('slower');
  });
});
