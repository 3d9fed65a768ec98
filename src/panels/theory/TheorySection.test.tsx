// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import { applicability, predict } from '../../model/theory';
import { queueingTheory } from '../../scenarios';
import { simulate } from '../../sim';
import { useDocumentStore } from '../../store/documentStore';
import { loadEditing } from '../../store/editing';
import { runStore } from '../../store/runStore';
import { useSelectionStore } from '../../store/selectionStore';
import { Inspector } from '../inspector/Inspector';
import { measuredFigures, theoryRows } from './theoryFigures';

beforeAll(async () => {
  await loadEditing();
});

const parsed = parseDocument(queueingTheory);
if (!parsed.ok) throw new Error('queueing-theory is invalid');
const doc = parsed.doc;

beforeEach(() => {
  useDocumentStore.getState().replaceDocument(doc);
});
afterEach(() => {
  cleanup();
  runStore.getState().reset();
});

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.children].map((c) => c.textContent));

describe("the inspector's Theory section", () => {
  it('comes after the inspector, names the model and shows the prediction, measured after the run ends', async () => {
    useSelectionStore.getState().select(['desk'], []);
    render(<Inspector />);
    // The click's frame shows the inspector; the section follows once it is painted.
    expect(screen.getByLabelText('Workers per instance')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Theory' })).toBeNull();
    const section = await screen.findByRole('region', { name: 'Theory' });
    expect(section.textContent).toContain(
      'M/M/2: Poisson arrivals at 320/s, 2 workers serving 200/s each, unlimited backlog.',
    );
    const a = applicability(doc, 'desk');
    if (!a.applies) throw new Error('theory should apply');
    const table = within(section).getByRole('table', { name: 'Measured and predicted' });
    const expected = theoryRows(predict(a.model, a.params), null);
    expect(rowTexts(table)).toEqual(expected.map((r) => [r.figure, '–', r.predicted, '–']));
    expect(rowTexts(table)[0]).toEqual(['Utilisation', '–', '80.0 %', '–']);
    expect(section.textContent).toContain('The measured figures appear when the run reaches its end.');

    const report = simulate(doc, { durationS: 20 });
    act(() =>
      runStore.getState().apply({ type: 'finished', progress: runStore.getState().progress, report }, 0),
    );
    const measured = theoryRows(predict(a.model, a.params), measuredFigures(report, 'desk'));
    // The run's end reaches the section through the run store's throttled subscription: wait for it.
    await waitFor(() =>
      expect(rowTexts(table)).toEqual(measured.map((r) => [r.figure, r.measured, r.predicted, r.difference])),
    );
    expect(rowTexts(table)[0][1]).toBe(`${(report.nodes.desk.utilization * 100).toFixed(1)} %`);
  });

  it('lists why theory does not apply to the retrying desk', async () => {
    useSelectionStore.getState().select(['retry-desk'], []);
    render(<Inspector />);
    const reasons = await screen.findByRole('list', { name: 'Why theory does not apply' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['a retry policy sends it repeats (calls from impatient customers are tried up to 3 times)']);
    expect(screen.queryByRole('table', { name: 'Measured and predicted' })).toBeNull();
  });

  it('counts a fault added to the live run', async () => {
    useSelectionStore.getState().select(['desk'], []);
    render(<Inspector />);
    await screen.findByRole('table', { name: 'Measured and predicted' });
    act(() =>
      runStore.getState().apply(
        {
          type: 'loaded',
          progress: runStore.getState().progress,
          faults: [{ id: 'f', kind: 'slow', target: 'desk', startS: 10, durationS: 5, factor: 3 }],
        },
        0,
      ),
    );
    const reasons = await screen.findByRole('list', { name: 'Why theory does not apply' });
    expect(reasons.textContent).toBe('a fault is active in the window: slow on help desk from 10 s for 5 s');
  });

  it('is not shown for a client', async () => {
    useSelectionStore.getState().select(['poisson-customers'], []);
    render(<Inspector />);
    // Long enough for a frame, a task and the section's module to load.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(screen.queryByRole('region', { name: 'Theory' })).toBeNull();
  });
});
