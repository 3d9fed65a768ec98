// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import { getScenario } from '../../scenarios';
import { simulate } from '../../sim';
import { runStore } from '../../store/runStore';
import { RunSummary } from './RunSummary';

afterEach(() => {
  cleanup();
  runStore.getState().reset();
});

it('says what a closed-loop client’s users did, and nothing of the kind for an open-loop one', () => {
  const parsed = parseDocument(getScenario('load-test-lied')?.document);
  if (!parsed.ok) throw new Error('load-test-lied does not parse');
  const report = simulate(parsed.doc, { durationS: 10 });
  runStore.getState().apply({ type: 'finished', progress: runStore.getState().progress, report }, 0);
  render(<RunSummary />);
  const loop = report.clients['load-tester'].closedLoop;
  // Labels come from the diagram being edited; here the store holds another one, so the id shows.
  const text = screen.getByRole('dialog', { name: 'Run summary' }).textContent;
  expect(text).toContain(
    `load-tester: 5 closed-loop users, think time 80 ms, ${loop?.throughputPerS.toFixed(1)} answers a second.`,
  );
  expect(text?.match(/closed-loop users/g)).toHaveLength(1);
});
