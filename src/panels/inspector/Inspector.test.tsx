// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceNode } from '../../model';
import { exampleDocument, undo, useDocumentStore } from '../../store/documentStore';
import { loadEditing } from '../../store/editing';
import { useSelectionStore } from '../../store/selectionStore';
import { Inspector } from './Inspector';
import { allFieldsShown, renderInspector } from './inspectorTesting';

// The checked edits are fetched after startup in the app (store/editing.ts); these tests edit.
beforeAll(async () => {
  await loadEditing();
});

const orders = () => useDocumentStore.getState().doc.nodes.find((n) => n.id === 'orders') as ServiceNode;

beforeEach(() => {
  useDocumentStore.getState().replaceDocument(exampleDocument());
  useSelectionStore.getState().select(['orders'], []);
});
afterEach(cleanup);

describe('Inspector', () => {
  it('shows the first group of a selected service at once and the others after the next paint', async () => {
    render(<Inspector />);
    // The click's frame: the heading and the first group (Capacity), not the rest yet.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('orders');
    expect(screen.getByLabelText('Workers per instance')).toBeTruthy();
    expect(screen.queryByLabelText('Mean service time')).toBeNull();
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'Capacity',
    ]);
    // Then the rest, in order.
    expect(await screen.findByLabelText('Mean service time')).toBeTruthy();
    await allFieldsShown();
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'Capacity',
      'Timing',
      'Resilience',
    ]);
  });

  it('shows every parameter of the selected service by its label, grouped', async () => {
    await renderInspector(<Inspector />);
    for (const label of [
      'Instances',
      'Workers per instance',
      'Backlog limit per instance',
      'Service time distribution',
      'Mean service time',
      'Worker model',
      'Downstream calls',
      'Injected error rate',
    ]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'Capacity',
      'Timing',
      'Resilience',
    ]);
  });

  it('applies a valid value at once and refuses an invalid one with the schema message', async () => {
    await renderInspector(<Inspector />);
    const workers = screen.getByLabelText('Workers per instance') as HTMLInputElement;
    fireEvent.change(workers, { target: { value: '16' } });
    expect(orders().workers).toBe(16);
    fireEvent.change(workers, { target: { value: '0' } });
    expect(orders().workers).toBe(16);
    expect(screen.getByRole('alert').textContent).toBe('must be a whole number from 1 to 10000');
    fireEvent.change(workers, { target: { value: '' } });
    expect(orders().workers).toBe(16);
  });

  it('applies a text only whole: nothing typed on the way to an invalid text is kept', async () => {
    await renderInspector(<Inspector />);
    const workers = screen.getByLabelText('Workers per instance') as HTMLInputElement;
    const before = orders().workers;
    const pastSteps = useDocumentStore.temporal.getState().pastStates.length;
    for (const text of ['2', '2.', '2.5']) fireEvent.change(workers, { target: { value: text } });
    expect(orders().workers).toBe(before);
    expect(workers.value).toBe('2.5');
    expect(screen.getByRole('alert').textContent).toBe('must be a whole number from 1 to 10000');
    // Nothing of it in the undo history either.
    expect(useDocumentStore.temporal.getState().pastStates.length).toBe(pastSteps);
    expect(useDocumentStore.temporal.getState().futureStates).toEqual([]);
    fireEvent.blur(workers);
    expect(workers.value).toBe(String(before));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('leaves no undo step when the text ends on the value the field began with', async () => {
    await renderInspector(<Inspector />);
    const workers = screen.getByLabelText('Workers per instance') as HTMLInputElement;
    const before = orders().workers;
    const pastSteps = useDocumentStore.temporal.getState().pastStates.length;
    // "1" is a value of its own on the way back to, say, "16": applied, then undone.
    const text = String(before);
    for (const typed of ['1', text]) fireEvent.change(workers, { target: { value: typed } });
    expect(orders().workers).toBe(before);
    expect(useDocumentStore.temporal.getState().pastStates.length).toBe(pastSteps);
    expect(useDocumentStore.temporal.getState().futureStates).toEqual([]);
  });

  it('keeps a value typed whole when the next text is invalid, and takes back only what led up to it', async () => {
    await renderInspector(<Inspector />);
    const workers = screen.getByLabelText('Workers per instance') as HTMLInputElement;
    fireEvent.change(workers, { target: { value: '12' } });
    // Typed afresh over "12": "5", "50" … are on the way to the invalid "50000".
    for (const text of ['5', '50', '500', '5000', '50000'])
      fireEvent.change(workers, { target: { value: text } });
    expect(orders().workers).toBe(12);
    fireEvent.blur(workers);
    expect(workers.value).toBe('12');
    // One undo step for the visit.
    act(() => {
      undo();
    });
    expect(orders().workers).toBe(8);
  });

  it('edits nested parameters and follows undo', async () => {
    await renderInspector(<Inspector />);
    const mean = screen.getByLabelText('Mean service time') as HTMLInputElement;
    fireEvent.change(mean, { target: { value: '45' } });
    expect(orders().serviceTime.meanMs).toBe(45);
    act(() => {
      undo();
    });
    expect(orders().serviceTime.meanMs).toBe(20);
    expect((screen.getByLabelText('Mean service time') as HTMLInputElement).value).toBe('20');
  });

  it('shows an RPC edge with its refactoring, and the scenario when nothing is selected', async () => {
    act(() => useSelectionStore.getState().select([], ['orders-payments']));
    const { unmount } = await renderInspector(<Inspector />);
    expect(screen.getByRole('heading').textContent).toContain('orders → payments');
    expect(screen.getByLabelText('Timeout')).toBeTruthy();
    expect(screen.getByLabelText('Circuit breaker')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Make it async' }));
    expect(useDocumentStore.getState().doc.nodes.some((n) => n.kind === 'queue')).toBe(true);
    unmount();
    act(() => useSelectionStore.getState().clear());
    await renderInspector(<Inspector />);
    expect((screen.getByLabelText('Run duration') as HTMLInputElement).value).toBe('60');
    expect((screen.getByLabelText('Random seed') as HTMLInputElement).value).toBe('1');
  });

  it('counts a node and an edge selected together instead of showing one of them', async () => {
    act(() => useSelectionStore.getState().select(['orders'], ['client-orders']));
    await renderInspector(<Inspector />);
    expect(screen.getByRole('heading').textContent).toBe('2 items selected');
  });

  it('renders a hostile name as text', async () => {
    useDocumentStore.getState().rename('orders', '<img src=x onerror=alert(1)>');
    const { container } = await renderInspector(<Inspector />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('Connect to (keyboard path for connecting)', () => {
  it('connects the selected node to the chosen one, or says why not', async () => {
    const { useUiStore } = await import('../../store/uiStore');
    useDocumentStore.getState().addNode('database', { x: 800, y: 0 });
    act(() => useSelectionStore.getState().select(['payments'], []));
    await renderInspector(<Inspector />);
    fireEvent.change(screen.getByLabelText('Connect to'), { target: { value: 'database-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect (RPC)' }));
    expect(useDocumentStore.getState().doc.edges.map((e) => e.id)).toContain('payments-database-1');
    fireEvent.change(screen.getByLabelText('Connect to'), { target: { value: 'client' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect (RPC)' }));
    expect(useUiStore.getState().status?.text).toBe('Nothing can call a client: clients only send requests.');
  });

  it("shows the traffic weight only on a client's edges, the only ones that split traffic", async () => {
    await renderInspector(<Inspector />);
    act(() => useSelectionStore.getState().select([], ['client-orders']));
    await allFieldsShown();
    expect(screen.getByLabelText('Traffic weight')).toBeTruthy();
    act(() => useSelectionStore.getState().select([], ['orders-payments']));
    await allFieldsShown();
    expect(screen.queryByLabelText('Traffic weight')).toBeNull();
    expect(screen.getByLabelText('Network latency')).toBeTruthy();
  });

  it('shows a parameter only where it changes the run: spread for log-normal, backoff with retries, breaker settings when on', async () => {
    await renderInspector(<Inspector />);
    // orders' service time is exponential: its spread would change nothing.
    expect(screen.queryByLabelText('Service time spread')).toBeNull();
    fireEvent.change(screen.getByLabelText('Service time distribution'), { target: { value: 'lognormal' } });
    expect(screen.getByLabelText('Service time spread')).toBeTruthy();

    act(() => useSelectionStore.getState().select([], ['orders-payments']));
    await allFieldsShown();
    expect(screen.queryByLabelText('Backoff')).toBeNull();
    expect(screen.queryByLabelText('Breaker window')).toBeNull();
    act(() => {
      useDocumentStore.getState().updateEdge('orders-payments', {
        retry: { maxAttempts: 3, backoff: 'constant', baseMs: 100, capMs: 5000, jitter: 'none' },
      });
    });
    expect(screen.getByLabelText('Backoff')).toBeTruthy();
    expect(screen.getByLabelText('Backoff base delay')).toBeTruthy();
    // A constant backoff never reaches a cap.
    expect(screen.queryByLabelText('Backoff cap')).toBeNull();
    fireEvent.click(screen.getByLabelText('Circuit breaker'));
    expect(screen.getByLabelText('Breaker window')).toBeTruthy();
  });
});
