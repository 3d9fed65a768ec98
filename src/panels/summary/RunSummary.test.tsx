// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { simulate } from '../../sim';
import { exampleDocument } from '../../store/documentStore';
import { runStore } from '../../store/runStore';
import { RunSummary } from './RunSummary';

afterEach(() => {
  cleanup();
  runStore.getState().reset();
});

describe('RunSummary', () => {
  it('shows nothing before the run ends', () => {
    render(<RunSummary />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('tells the end of the example run: success, p99, lost, and the root cause', () => {
    const report = simulate(exampleDocument());
    runStore.getState().apply({ type: 'finished', progress: runStore.getState().progress, report }, 0);
    render(<RunSummary />);
    const dialog = screen.getByRole('dialog', { name: 'Run summary' });
    const client = report.clients.client;
    expect(dialog.textContent).toContain(`${((client.ok / client.sent) * 100).toFixed(1)} %`);
    expect(dialog.textContent).toContain(`${client.latencyMs.p99.toFixed(0)} ms`);
    expect(dialog.textContent).toContain('Lost messages: 0');
    expect(screen.getByText(/payments \(down: redeploy at 20\.0 s\)/)).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Web client' })).toBeTruthy();
  });

  it('lists two root causes at the same node without a fault, one line each', () => {
    const report = simulate(exampleDocument());
    const overload = { node: 'orders', fault: null };
    report.rootCauses = [
      { ...overload, description: 'orders (overloaded: backlog full)', clientFailures: 30 },
      { ...overload, description: 'orders (overloaded: calls timed out)', clientFailures: 20 },
    ];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    runStore.getState().apply({ type: 'finished', progress: runStore.getState().progress, report }, 0);
    render(<RunSummary />);
    expect(screen.getByText(/orders \(overloaded: backlog full\): 30/)).toBeTruthy();
    expect(screen.getByText(/orders \(overloaded: calls timed out\): 20/)).toBeTruthy();
    // React reports list items sharing a key as an error.
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('lists the retries a retry budget refused, per edge, only when an edge has a budget', () => {
    const plain = simulate(exampleDocument());
    runStore.getState().apply({ type: 'finished', progress: runStore.getState().progress, report: plain }, 0);
    const { unmount } = render(<RunSummary />);
    expect(screen.queryByRole('list', { name: 'Retries refused by a retry budget' })).toBeNull();
    unmount();
    const report = simulate(exampleDocument());
    report.edges['client-orders'].retryBudgetRefused = 12;
    report.edges['client-orders'].retries = 3;
    runStore.getState().apply({ type: 'finished', progress: runStore.getState().progress, report }, 0);
    render(<RunSummary />);
    const list = screen.getByRole('list', { name: 'Retries refused by a retry budget' });
    expect(list.textContent).toBe('Web client → orders: 12 retries refused, 3 sent');
  });

  it('lists the work each node finished after its caller gave up, only where there was some', () => {
    const report = simulate(exampleDocument());
    for (const n of Object.values(report.nodes)) n.abandoned = 0;
    report.nodes.orders.abandoned = 41;
    runStore.getState().apply({ type: 'finished', progress: runStore.getState().progress, report }, 0);
    render(<RunSummary />);
    const list = screen.getByRole('list', { name: 'Work finished after its caller gave up' });
    expect(list.textContent).toBe('orders: 41 requests finished after their caller gave up');
  });
});
