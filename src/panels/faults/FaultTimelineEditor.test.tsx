// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNode } from '../../model/defaults';
import { exampleDocument, useDocumentStore } from '../../store/documentStore';
import { FaultTimelineEditor } from './FaultTimelineEditor';

const redeploy = () =>
  useDocumentStore.getState().doc.scenario.faults.find((f) => f.id === 'redeploy-payments');

/** Types `text` one character at a time, as a person does. */
function type(input: HTMLElement, text: string) {
  for (let i = 1; i <= text.length; i++) fireEvent.change(input, { target: { value: text.slice(0, i) } });
}

beforeEach(() => useDocumentStore.getState().replaceDocument(exampleDocument()));
afterEach(cleanup);

describe('fault timeline editor', () => {
  it('applies a start or duration only as a whole valid text, and puts the last good one back on leaving', () => {
    render(<FaultTimelineEditor />);
    const start = screen.getByLabelText('Start of redeploy on payments (s)') as HTMLInputElement;
    const before = redeploy()?.startS;
    type(start, '5000000');
    // 86,400 s at most: none of the digits typed on the way (500000…) was kept.
    expect(redeploy()?.startS).toBe(before);
    expect(screen.getByRole('status').textContent).toMatch(/86,?400/);
    fireEvent.blur(start);
    expect(start.value).toBe(String(before));
    expect(screen.queryByRole('status')).toBeNull();

    type(start, '12');
    expect(redeploy()?.startS).toBe(12);
    fireEvent.blur(start);
    const duration = screen.getByLabelText('Duration of redeploy on payments (s)') as HTMLInputElement;
    fireEvent.change(duration, { target: { value: '0' } });
    expect(redeploy()?.durationS).toBe(10);
    fireEvent.blur(duration);
    expect(duration.value).toBe('10');
  });

  it('offers as targets only what the chosen kind of fault acts on', () => {
    const doc = exampleDocument();
    useDocumentStore
      .getState()
      .replaceDocument({ ...doc, nodes: [...doc.nodes, createNode('queue', 'jobs', 'Jobs')] });
    render(<FaultTimelineEditor />);
    const targets = () =>
      [...(screen.getByLabelText(/Fault target/) as HTMLSelectElement).options].map((o) => o.value);
    fireEvent.change(screen.getByLabelText(/Fault kind/), { target: { value: 'crash' } });
    expect(targets()).toContain('jobs');
    fireEvent.change(screen.getByLabelText(/Fault kind/), { target: { value: 'slow' } });
    expect(targets()).not.toContain('jobs');
    expect(targets()).toContain('orders');
    fireEvent.change(screen.getByLabelText(/Fault kind/), { target: { value: 'surge' } });
    expect(targets()).toEqual(['client']);
  });

  it('names targets by label, edges by their ends', () => {
    render(<FaultTimelineEditor />);
    fireEvent.change(screen.getByLabelText(/Fault kind/), { target: { value: 'partition' } });
    const options = [...(screen.getByLabelText(/Fault target/) as HTMLSelectElement).options].map(
      (o) => o.text,
    );
    const { nodes } = useDocumentStore.getState().doc;
    const label = (id: string) => nodes.find((n) => n.id === id)?.label;
    expect(options).toContain(`${label('client')} → ${label('orders')}`);
    expect(options).toContain(`${label('orders')} → ${label('payments')}`);
  });
});
