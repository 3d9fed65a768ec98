import { describe, expect, it } from 'vitest';
import { exampleDocument } from '../store/documentStore';
import { updateNode } from '../store/edits';
import { deriveEdges, deriveNodes } from './deriveFlow';

describe('deriving React Flow items from the document', () => {
  it('keeps the objects of unchanged nodes and edges, so their components do not render again', () => {
    const doc = exampleDocument();
    const nodes = deriveNodes(doc.nodes, new Set(), []);
    const edges = deriveEdges(doc, new Set(), []);
    expect(nodes.map((n) => [n.id, n.type, n.ariaLabel])).toEqual([
      ['client', 'client', 'client Web client'],
      ['orders', 'service', 'service orders'],
      ['payments', 'service', 'service payments'],
    ]);
    expect(edges[1].ariaLabel).toBe('RPC call from orders to payments');
    expect(deriveNodes(doc.nodes, new Set(), nodes)).toBe(nodes);
    expect(deriveEdges(doc, new Set(), edges)).toBe(edges);

    const r = updateNode(doc, 'orders', { workers: 3 });
    if (!r.ok) throw new Error(r.reason);
    const next = deriveNodes(r.doc.nodes, new Set(), nodes);
    expect(next[0]).toBe(nodes[0]);
    expect(next[1]).not.toBe(nodes[1]);
    expect(next[2]).toBe(nodes[2]);
  });

  it('marks selection, keeps measured sizes, and renames edge labels with their nodes', () => {
    const doc = exampleDocument();
    const measured = deriveNodes(doc.nodes, new Set(), []).map((n) => ({
      ...n,
      measured: { width: 184, height: 64 },
    }));
    const selected = deriveNodes(doc.nodes, new Set(['orders']), measured);
    expect(selected[1].selected).toBe(true);
    expect(selected[1].measured).toEqual({ width: 184, height: 64 });
    expect(selected[0]).toBe(measured[0]);

    const edges = deriveEdges(doc, new Set(), []);
    const r = updateNode(doc, 'payments', { label: 'billing' });
    if (!r.ok) throw new Error(r.reason);
    const renamed = deriveEdges(r.doc, new Set(), edges);
    expect(renamed[0]).toBe(edges[0]);
    expect(renamed[1].ariaLabel).toBe('RPC call from orders to billing');
  });

  it('keeps the position of a node being dragged until the drag is committed', () => {
    const doc = exampleDocument();
    const dragging = deriveNodes(doc.nodes, new Set(), []).map((n) =>
      n.id === 'orders' ? { ...n, position: { x: 999, y: 9 }, dragging: true } : n,
    );
    const reselected = deriveNodes(doc.nodes, new Set(['orders']), dragging);
    expect(reselected[1].position).toEqual({ x: 999, y: 9 });
  });
});
