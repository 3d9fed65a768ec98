// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import { getScenario } from '../../scenarios';
import type { Frame } from '../../sim/api';
import { useDocumentStore } from '../../store/documentStore';
import { runStore } from '../../store/runStore';
import { noTransfers, pausedFrameMessage } from '../../testing/frames';
import { NodeNumbers } from './NodeNumbers';

const frame: Frame = {
  tMs: 20_000,
  transfers: noTransfers(),
  perDot: 1,
  nodes: {
    api: {
      health: 'healthy',
      busy: 8,
      workers: 8,
      backlog: 40,
      depth: 0,
      oldestAgeMs: 0,
      role: 'healthy',
      instances: { live: 2, booting: 2, draining: 0 },
    },
  },
  edges: {},
  flashes: [],
};

beforeEach(() => {
  const parsed = parseDocument(getScenario('autoscale-surge')?.document);
  if (!parsed.ok) throw new Error('autoscale-surge does not parse');
  useDocumentStore.getState().replaceDocument(parsed.doc);
  runStore.getState().reset();
});
afterEach(cleanup);

describe("a tapped node's numbers in the embedded player", () => {
  it("say an autoscaled service's instances", () => {
    const { getByTestId } = render(<NodeNumbers id="api" onClose={() => {}} />);
    act(() => runStore.getState().apply(pausedFrameMessage(frame), 0));
    expect(getByTestId('node-numbers').textContent).toContain('instances2 live + 2 booting');
    expect(getByTestId('node-numbers').textContent).toContain('2–10 × 4 workers, autoscaled');
  });
});
