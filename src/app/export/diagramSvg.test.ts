import { describe, expect, it } from 'vitest';
import { createEdge, createNode, emptyDocument, parseDocument } from '../../model';
import { rpcChainRedeploy } from '../../scenarios/rpcChainRedeploy';
import { diagramSvg, escapeXml } from './diagramSvg';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '</text><script>alert(1)</script>',
];

function docWithLabels(labels: string[]) {
  const doc = emptyDocument();
  doc.title = '<b>title</b> & co';
  doc.nodes = labels.map((l, i) =>
    createNode(i === 0 ? 'client' : 'service', `n${i}`, l, { x: i * 200, y: 0 }),
  );
  doc.edges = [
    createEdge('rpc', 'e0', 'n0', 'n1'),
    { ...createEdge('async', 'e1', 'n1', 'n2'), label: HOSTILE[2] },
  ];
  return doc;
}

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('diagramSvg', () => {
  it('keeps hostile labels as literal text', () => {
    const svg = diagramSvg(docWithLabels(HOSTILE));
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<svg onload');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    // Exactly one element named svg: the root.
    expect(svg.match(/<svg/g)).toHaveLength(1);
  });

  it('draws rpc edges solid and async edges dashed, one shape per node', () => {
    const svg = diagramSvg(docWithLabels(['a', 'b', 'c']));
    const lines = svg.split('\n').filter((l) => l.startsWith('<line'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).not.toContain('stroke-dasharray');
    expect(lines[1]).toContain('stroke-dasharray');
    expect(svg.match(/<g>/g)).toHaveLength(3);
  });

  it('draws the example with each label once and a distinct shape for a queue and a database', () => {
    const r = parseDocument(rpcChainRedeploy);
    if (!r.ok) throw new Error('example invalid');
    const doc = r.doc;
    doc.nodes.push(
      createNode('queue', 'q', 'jobs', { x: 0, y: 300 }),
      createNode('database', 'db', 'ledger', { x: 300, y: 300 }),
    );
    const svg = diagramSvg(doc);
    for (const n of doc.nodes) expect(svg).toContain(`>${n.label}</text>`);
    expect(svg).toContain('<ellipse'); // the database lid
    expect(svg).toMatch(/width="\d+" height="\d+"/);
  });

  it('is well-formed XML for an empty document', () => {
    const svg = diagramSvg(emptyDocument());
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
  });
});

describe('the queue mark in exported pictures', () => {
  it('stays above the label and clear of the kind word, however long the label', () => {
    const doc = emptyDocument();
    doc.nodes = [createNode('queue', 'q', 'a rather long queue name, wide as the box', { x: 0, y: 0 })];
    const svg = diagramSvg(doc);
    const label = /<text x="([\d.]+)" y="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>a rather long/.exec(svg);
    const kind = /<text x="([\d.]+)" y="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>queue<\/text>/.exec(svg);
    if (!label || !kind) throw new Error('labels not found');
    const labelTop = Number(label[2]) - Number(label[3]);
    const kindRight = Number(kind[1]) + (5 * Number(kind[3])) / 2; // half of five glyphs, generously wide
    const slots = [
      ...svg.matchAll(/<line x1="([\d.]+)" y1="([\d.]+)" x2="[\d.]+" y2="([\d.]+)" stroke="#b45309"/g),
    ];
    expect(slots.length).toBeGreaterThan(0);
    for (const [, x, y1, y2] of slots) {
      expect(Math.max(Number(y1), Number(y2))).toBeLessThan(labelTop);
      expect(Number(x)).toBeGreaterThan(kindRight);
    }
  });
});
