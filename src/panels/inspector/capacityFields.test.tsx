// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceNode } from '../../model';
import { exampleDocument, useDocumentStore } from '../../store/documentStore';
import { loadEditing } from '../../store/editing';
import { useSelectionStore } from '../../store/selectionStore';
import { Inspector } from './Inspector';
import { renderInspector } from './inspectorTesting';

beforeAll(async () => {
  await loadEditing();
});

const orders = () => useDocumentStore.getState().doc.nodes.find((n) => n.id === 'orders') as ServiceNode;

beforeEach(() => {
  useDocumentStore.getState().replaceDocument(exampleDocument());
  useSelectionStore.getState().select(['orders'], []);
});
afterEach(cleanup);

describe("the inspector's load and backlog fields", () => {
  it("shows slowdown under load, backlog order and maximum wait; the curve's settings only once it is on", async () => {
    await renderInspector(<Inspector />);
    expect((screen.getByLabelText('Slowdown under load') as HTMLSelectElement).value).toBe('off');
    expect((screen.getByLabelText('Backlog order') as HTMLSelectElement).value).toBe('fifo');
    expect((screen.getByLabelText('No maximum wait') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText('Load knee')).toBeNull();
    fireEvent.change(screen.getByLabelText('Slowdown under load'), { target: { value: 'linear' } });
    expect(orders().loadFactor.curve).toBe('linear');
    expect(screen.getByLabelText('Load knee')).toBeTruthy();
    expect(screen.getByLabelText('Slowdown per request over the knee')).toBeTruthy();
    expect(screen.queryByLabelText('Slowdown growth rate')).toBeNull();
    fireEvent.change(screen.getByLabelText('Slowdown under load'), { target: { value: 'exponential' } });
    expect(screen.getByLabelText('Slowdown growth rate')).toBeTruthy();
    expect(screen.queryByLabelText('Slowdown per request over the knee')).toBeNull();
  });

  it('sets LIFO and a maximum wait, and refuses a wait out of range with its unit named', async () => {
    await renderInspector(<Inspector />);
    fireEvent.change(screen.getByLabelText('Backlog order'), { target: { value: 'lifo' } });
    expect(orders().backlogOrder).toBe('lifo');
    fireEvent.click(screen.getByLabelText('No maximum wait'));
    expect(orders().maxWaitMs).toBe(1000);
    const wait = screen.getByLabelText('Maximum wait') as HTMLInputElement;
    fireEvent.change(wait, { target: { value: '250' } });
    expect(orders().maxWaitMs).toBe(250);
    fireEvent.change(wait, { target: { value: '-5' } });
    expect(orders().maxWaitMs).toBe(250);
    expect(screen.getByRole('alert').textContent).toMatch(/ms/);
  });

  it('refuses a slowdown cap under 1', async () => {
    await renderInspector(<Inspector />);
    fireEvent.change(screen.getByLabelText('Slowdown under load'), { target: { value: 'linear' } });
    fireEvent.change(screen.getByLabelText('Slowdown cap'), { target: { value: '0.5' } });
    expect(orders().loadFactor.max).toBe(10);
    expect(screen.getByRole('alert').textContent).toContain('from 1 to 1000');
  });
});
