// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import { littlesLaw } from '../../model/theory';
import { queueingTheory } from '../../scenarios';
import { simulate } from '../../sim';
import { useDocumentStore } from '../../store/documentStore';
import { runStore } from '../../store/runStore';
import { RunSummary } from '../summary/RunSummary';

afterEach(() => {
  cleanup();
  runStore.getState().reset();
});

describe("the run summary's Little's law lines", () => {
  it('checks L = λW per service: it holds on the plain desk and is off on the retrying one, saying why', () => {
    const parsed = parseDocument(queueingTheory);
    if (!parsed.ok) throw new Error('invalid');
    useDocumentStore.getState().replaceDocument(parsed.doc);
    const report = simulate(parsed.doc, { durationS: 30 });
    runStore.getState().apply({ type: 'finished', progress: runStore.getState().progress, report }, 0);
    render(<RunSummary />);
    const table = screen.getByRole('table', { name: "Little's law (L = λW) per node" });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['help desk', 'desk with retries']);

    const desk = report.nodes.desk;
    const check = littlesLaw(desk.meanInSystem ?? 0, desk.ok / report.duration, desk.latencyMs.mean);
    expect(check.relativeDifference).toBeLessThan(0.01);
    expect([...rows[0].children].map((c) => c.textContent)).toEqual([
      'help desk',
      check.L.toFixed(2),
      check.lambdaW.toFixed(2),
      `${(check.relativeDifference * 100).toFixed(1)} %`,
      'holds',
    ]);
    const retry = report.nodes['retry-desk'];
    expect(retry.abandoned).toBeGreaterThan(0);
    expect(rows[1].lastElementChild?.textContent).toBe(
      `off: ${retry.abandoned} answers came after their caller gave up${retry.failed > 0 ? `, ${retry.failed} requests failed in it` : ''}; they count in L but not in W`,
    );
  });
});
