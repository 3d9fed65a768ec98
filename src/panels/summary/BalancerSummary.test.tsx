// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../sim';
import { exampleDocument } from '../../store/documentStore';
import { runStore } from '../../store/runStore';
import { balancedDoc } from '../../testing/balancerDocs';
import { RunSummary } from './RunSummary';

afterEach(() => {
  cleanup();
  runStore.getState().reset();
});

const finish = (report: ReturnType<typeof simulate>) =>
  runStore.getState().apply({ type: 'finished', progress: runStore.getState().progress, report }, 0);

describe('the run summary on load balancers', () => {
  it('lists the calls, ejections and failed checks of each backend, and calls with no backend', () => {
    const report = simulate(
      balancedDoc({
        client: { rate: 100, arrival: 'constant' },
        balancer: { outlierEjection: { enabled: true, consecutiveFailures: 3, ejectionS: 100 } },
        backends: [{ errorRate: 1 }, {}],
        scenario: { durationS: 5 },
      }),
    );
    finish(report);
    render(<RunSummary />);
    const table = screen.getByRole('table', { name: 'Load balancer lb: 0 calls failed with no backend' });
    const s1 = within(table).getByRole('row', { name: /^s1 / });
    expect(s1.textContent).toBe(`s1${report.balancers!.lb.backends.s1.requests}10`);
    expect(within(table).getByRole('row', { name: /^s2 / }).textContent).toBe(
      `s2${report.balancers!.lb.backends.s2.requests}00`,
    );
  });

  it('shows no balancer table for a diagram without one', () => {
    finish(simulate(exampleDocument()));
    render(<RunSummary />);
    expect(screen.queryByRole('table', { name: /Load balancer/ })).toBeNull();
  });
});
