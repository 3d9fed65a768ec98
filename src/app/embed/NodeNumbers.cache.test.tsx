// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import type { Frame } from '../../sim/api';
import { useDocumentStore } from '../../store/documentStore';
import { runStore } from '../../store/runStore';
import { noTransfers, pausedFrameMessage } from '../../testing/frames';
import { NodeNumbers } from './NodeNumbers';

afterEach(() => {
  cleanup();
  runStore.getState().reset();
});

const frame: Frame = {
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
      cache: { hitRatio: 0.42, entries: 300, capacity: 1000 },
    },
  },
  edges: {},
  flashes: [],
};

describe("a tapped cache's numbers", () => {
  it('are its hit ratio and entries, not workers it does not have', () => {
    const parsed = parseDocument({
      version: 3,
      nodes: [{ id: 'lookup', kind: 'cache', label: 'lookup', position: { x: 0, y: 0 } }],
      edges: [],
    });
    if (!parsed.ok) throw new Error('invalid');
    useDocumentStore.getState().replaceDocument(parsed.doc);
    render(<NodeNumbers id="lookup" onClose={() => {}} />);
    act(() => runStore.getState().apply(pausedFrameMessage(frame), 0));
    const numbers = screen.getByTestId('node-numbers');
    expect(numbers.textContent).toContain('hits42 % in the last second');
    expect(numbers.textContent).toContain('entries300 of 1000');
    expect(numbers.textContent).not.toContain('busy');
  });
});
