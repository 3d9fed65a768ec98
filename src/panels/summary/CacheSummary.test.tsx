// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import { coldCacheFixed } from '../../scenarios';
import { simulate } from '../../sim';
import { exampleDocument } from '../../store/documentStore';
import { runStore } from '../../store/runStore';
import { RunSummary } from './RunSummary';

afterEach(() => {
  cleanup();
  runStore.getState().reset();
});

const finish = (report: ReturnType<typeof simulate>) =>
  runStore.getState().apply({ type: 'finished', progress: runStore.getState().progress, report }, 0);

describe("the run summary's caches", () => {
  it('lists each cache with its hit ratio, hits, misses, coalesced misses and entries', () => {
    const parsed = parseDocument(coldCacheFixed);
    if (!parsed.ok) throw new Error('invalid');
    const report = simulate(parsed.doc, { durationS: 12 });
    finish(report);
    render(<RunSummary />);
    const table = screen.getByRole('table', { name: 'Per cache' });
    const c = report.caches!.cache;
    const row = screen.getByRole('row', { name: new RegExp(`^cache ${(c.hitRatio * 100).toFixed(1)} %`) });
    expect(table.contains(row)).toBe(true);
    expect(row.textContent).toBe(
      `cache${(c.hitRatio * 100).toFixed(1)} %${c.hits}${c.misses}${c.coalesced}${c.entries}`,
    );
  });

  it('shows no cache table for a diagram without a cache', () => {
    finish(simulate(exampleDocument()));
    render(<RunSummary />);
    expect(screen.queryByRole('table', { name: 'Per cache' })).toBeNull();
  });
});
