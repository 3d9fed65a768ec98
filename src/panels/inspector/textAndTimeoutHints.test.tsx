// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import { getScenario } from '../../scenarios';
import { useDocumentStore } from '../../store/documentStore';
import { loadEditing } from '../../store/editing';
import { useSelectionStore } from '../../store/selectionStore';
import { Inspector } from './Inspector';
import { renderInspector } from './inspectorTesting';

// The checked edits are fetched after startup in the app (store/editing.ts); these tests edit.
beforeAll(async () => {
  await loadEditing();
});

beforeEach(() => {
  const parsed = parseDocument(getScenario('queue-redeploy')?.document);
  if (!parsed.ok) throw new Error('queue-redeploy does not parse');
  useDocumentStore.getState().replaceDocument(parsed.doc);
});
afterEach(cleanup);

/** The help text the field's input is described by. */
function helpOf(label: string): string {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('a timeout of 0 says what it means', () => {
  it('on an RPC edge: "0 = no timeout"', async () => {
    act(() => useSelectionStore.getState().select([], ['client-orders']));
    await renderInspector(<Inspector />);
    expect(helpOf('Timeout')).toMatch(/0 = no timeout/);
  });

  it("on a queue's ack timeout", async () => {
    act(() => useSelectionStore.getState().select(['payments-queue'], []));
    await renderInspector(<Inspector />);
    expect(helpOf('Ack timeout')).toMatch(/0 = no timeout/);
  });
});

describe('names follow the text rules of the document', () => {
  it('refuses a name that reads backwards or shows nothing, and keeps the old one', async () => {
    act(() => useSelectionStore.getState().select(['orders'], []));
    await renderInspector(<Inspector />);
    const name = screen.getByLabelText('Name');
    fireEvent.change(name, { target: { value: '\u202etneilc beW' } });
    expect(screen.getByRole('alert').textContent).toMatch(/^Name must not contain bidirectional override/);
    fireEvent.change(name, { target: { value: '\u200b\u200b\u200b' } });
    expect(screen.getByRole('alert').textContent).toMatch(/^Name must not contain invisible characters/);
    const label = useDocumentStore.getState().doc.nodes.find((n) => n.id === 'orders')?.label;
    expect(label).toBe('orders');
  });
});
