import { describe, expect, it } from 'vitest';
import { createEdge, createFault, createNode, parseDocument } from '.';
import { safeHttpUrl } from './safeUrl';

describe('safeHttpUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/',
    '/relative',
    '',
  ])('refuses %j', (text) => {
    expect(safeHttpUrl(text)).toBeNull();
  });

  it('accepts http and https', () => {
    expect(safeHttpUrl('https://faultline.example/#d=1.abc')).toBe('https://faultline.example/#d=1.abc');
    expect(safeHttpUrl('HTTP://example.com')).toBe('http://example.com/');
  });
});

describe('no field of the document is a URL', () => {
  it('a link-like string is accepted only by the free-text fields, which are shown as text', () => {
    // Put "javascript:…" into every string slot of a document using every field, one at a time.
    // The current version: full-form nodes hold every parameter, version 3's included.
    const full = parseDocument({
      version: 3,
      nodes: [
        // A rate trace is text too: it must not take a link either.
        { ...createNode('client', 'c', 'client'), rateTrace: '10, 20' },
        createNode('service', 's', 'service'),
        createNode('queue', 'q', 'queue'),
        { ...createNode('queue', 'q2', 'queue 2'), capacity: 'unlimited', ttlS: 'none' },
        createNode('service', 's2', 'consumer'),
        { ...createNode('database', 'd', 'database'), backlogLimit: 'unlimited' },
      ],
      edges: [
        createEdge('rpc', 'c-s', 'c', 's'),
        createEdge('async', 's-q', 's', 'q'),
        createEdge('async', 'q-s2', 'q', 's2'),
        createEdge('rpc', 's-d', 's', 'd'),
      ],
      scenario: {
        faults: [
          createFault('redeploy', 'f1', 's', 1, 2),
          createFault('partition', 'f2', 'c-s', 1, 2),
          createFault('surge', 'f3', 'c', 1, 2),
        ],
        traffic: [{ target: 'c', atS: 3, rate: 10 }],
      },
      lesson: [{ caption: 'step', atS: 1, action: 'pause', focus: 's' }],
      viewport: { x: 0, y: 0, zoom: 1 },
    });
    if (!full.ok) throw new Error(JSON.stringify(full.errors));
    const doc = JSON.parse(JSON.stringify(full.doc));
    expect(parseDocument(doc).ok).toBe(true);
    const accepting = new Set<string>();
    for (const [holder, key, path] of stringSlots(doc)) {
      const before = holder[key];
      holder[key] = 'javascript:alert(1)';
      if (parseDocument(doc).ok) accepting.add(path.replace(/\[\d+\]/g, '[]'));
      holder[key] = before;
    }
    expect([...accepting].sort()).toEqual([
      'description',
      'edges[].label',
      'lesson[].caption',
      'nodes[].label',
      'title',
    ]);
  });
});

type Slot = [Record<string, unknown>, string, string];
function stringSlots(value: unknown, path = '', out: Slot[] = []): Slot[] {
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (typeof v === 'string') out.push([value as Record<string, unknown>, key, at]);
      else stringSlots(v, at, out);
    }
  }
  return out;
}
