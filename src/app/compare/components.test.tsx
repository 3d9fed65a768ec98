// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createNode, encodeCompareLink, encodeShareLink, type FaultlineDocument } from '../../model';
import { exampleDocument } from '../../store/documentStore';
import { OtherDiagramChoice } from './OtherDiagramChoice';
import { VariantChoice } from './VariantChoice';

afterEach(cleanup);

/** The example with a database behind payments. */
function withDatabase(): FaultlineDocument {
  const doc = exampleDocument();
  return {
    ...doc,
    nodes: [...doc.nodes, createNode('database', 'ledger', 'ledger', { x: 1100, y: 120 })],
    edges: [...doc.edges, { ...doc.edges[1], id: 'payments-ledger', source: 'payments', target: 'ledger' }],
  };
}

describe('VariantChoice', () => {
  it('offers the RPC edges by name and all of them, and hands over the variant', () => {
    const got: FaultlineDocument[] = [];
    render(<VariantChoice current={exampleDocument()} onVariant={(d) => got.push(d)} />);
    const select = screen.getByLabelText('Make async') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual([
      'Web client → orders',
      'orders → payments',
      'all RPC edges',
    ]);
    // The last RPC edge is preselected: in a chain drawn left to right, the deepest call.
    expect(select.selectedOptions[0].text).toBe('orders → payments');
    fireEvent.click(screen.getByRole('button', { name: 'Compare with the async variant' }));
    expect(got.map((d) => d.title)).toEqual(['RPC chain under redeploy, with orders → payments async']);
  });

  it('says why an edge cannot be made async, and hands over nothing', () => {
    const got: FaultlineDocument[] = [];
    render(<VariantChoice current={withDatabase()} onVariant={(d) => got.push(d)} />);
    fireEvent.change(screen.getByLabelText('Make async'), { target: { value: 'payments-ledger' } });
    fireEvent.click(screen.getByRole('button', { name: 'Compare with the async variant' }));
    expect(screen.getByRole('alert').textContent).toMatch(
      /^payments → ledger cannot be made async: A database/,
    );
    expect(got).toEqual([]);
  });

  it('says so when there is no RPC edge', () => {
    const doc = { ...exampleDocument(), edges: [] };
    render(<VariantChoice current={doc} onVariant={() => {}} />);
    expect(screen.getByText('This diagram has no RPC edge to make async.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('OtherDiagramChoice', () => {
  it('opens a pasted link through the decoder', async () => {
    const got: FaultlineDocument[] = [];
    const doc = withDatabase();
    render(<OtherDiagramChoice onDiagram={(d) => got.push(d)} />);
    fireEvent.change(screen.getByLabelText('Or a Faultline link'), {
      target: { value: `https://x.test/${encodeShareLink(doc)}` },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Compare with this link' }));
    await waitFor(() => expect(got).toEqual([doc]));
  });

  it('explains a damaged link or a comparison link, and hands over nothing', async () => {
    const got: FaultlineDocument[] = [];
    render(<OtherDiagramChoice onDiagram={(d) => got.push(d)} />);
    const field = screen.getByLabelText('Or a Faultline link');
    fireEvent.change(field, { target: { value: encodeShareLink(exampleDocument()).slice(0, -8) } });
    fireEvent.click(screen.getByRole('button', { name: 'Compare with this link' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^This link is incomplete/));
    const pair = encodeCompareLink(exampleDocument(), exampleDocument());
    fireEvent.change(field, { target: { value: `https://x.test/?compare${pair}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Compare with this link' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/comparison link, with two diagrams/),
    );
    expect(got).toEqual([]);
  });

  it('refuses a file too large to be a diagram before reading it', async () => {
    const got: FaultlineDocument[] = [];
    render(<OtherDiagramChoice onDiagram={(d) => got.push(d)} />);
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 6 * 1024 * 1024 });
    fireEvent.change(screen.getByLabelText('A diagram file'), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/^huge\.json: This file is too large/),
    );
    expect(got).toEqual([]);
  });
});
