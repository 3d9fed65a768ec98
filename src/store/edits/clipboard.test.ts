import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../model/limits';
import { exampleDocument } from '../documentStore';
import { copyItems, copyLabel, pasteItems } from './clipboard';

describe('copyLabel', () => {
  it('keeps a free name, numbers a taken one, and counts on from a number', () => {
    const taken = new Set(['orders', 'orders 2', 'payments']);
    expect(copyLabel('queue', taken)).toBe('queue');
    expect(copyLabel('orders', taken)).toBe('orders 3');
    expect(copyLabel('orders 2', taken)).toBe('orders 4');
    expect(copyLabel('payments', taken)).toBe('payments 2');
    expect(copyLabel('', taken)).toBe('');
  });

  it('stays within the label length', () => {
    const long = 'x'.repeat(LIMITS.labelLength);
    const name = copyLabel(long, new Set([long]));
    expect(name.length).toBeLessThanOrEqual(LIMITS.labelLength);
    expect(name.endsWith(' 2')).toBe(true);
  });
});

describe('pasteItems', () => {
  it('offsets the copies and names them "orders 2", "payments 2", then "orders 3"', () => {
    const doc = exampleDocument();
    const clip = copyItems(doc, ['orders', 'payments']);
    if (!clip) throw new Error('nothing copied');
    const once = pasteItems(doc, clip, { x: 40, y: 40 });
    if (!once.ok) throw new Error(once.reason);
    const twice = pasteItems(once.doc, clip, { x: 80, y: 80 });
    if (!twice.ok) throw new Error(twice.reason);
    expect(twice.doc.nodes.map((n) => n.label)).toEqual([
      'Web client',
      'orders',
      'payments',
      'orders 2',
      'payments 2',
      'orders 3',
      'payments 3',
    ]);
    const orders = doc.nodes.find((n) => n.id === 'orders')?.position;
    expect(once.doc.nodes[3].position).toEqual({ x: (orders?.x ?? 0) + 40, y: (orders?.y ?? 0) + 40 });
  });
});
