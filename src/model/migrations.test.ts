import { describe, expect, it } from 'vitest';
import corpus from './fixtures/links-v1.json';
import v1Example from './fixtures/v1-example.json';
import { MIGRATIONS, schemaForVersion } from './migrations';
import { parseDocument } from './parseDocument';
import { DOCUMENT_VERSION, documentSchema } from './schema';

describe('migrations', () => {
  it('migrates the committed version-1 fixture to the current version', () => {
    const r = parseDocument(v1Example);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.fromVersion).toBe(1);
    expect(r.doc.version).toBe(DOCUMENT_VERSION);
    expect(r.doc.title).toBe('Checkout (prototype format)');
    expect(r.doc.nodes.map((n) => [n.id, n.kind, n.label, n.position])).toEqual([
      ['web', 'client', 'Web shop', { x: 0, y: 100 }],
      ['checkout', 'service', 'checkout', { x: 250, y: 100 }],
      ['mail-queue', 'queue', 'mail queue', { x: 500, y: 0 }],
      ['mailer', 'service', 'mailer', { x: 750, y: 0 }],
      ['orders-db', 'database', 'orders db', { x: 500, y: 200 }],
    ]);
    expect(r.doc.nodes[0]).toMatchObject({ rate: 40 });
    expect(r.doc.nodes[1]).toMatchObject({
      workers: 4,
      serviceTime: { distribution: 'exponential', meanMs: 25 },
    });
    expect(r.doc.nodes[3]).toMatchObject({ workers: 8, serviceTime: { meanMs: 20 } });
    expect(r.doc.nodes[4]).toMatchObject({ pool: 10, latency: { distribution: 'exponential', meanMs: 3 } });
    expect(r.doc.edges.map((e) => [e.id, e.kind, e.source, e.target])).toEqual([
      ['web-checkout', 'rpc', 'web', 'checkout'],
      ['checkout-mail', 'async', 'checkout', 'mail-queue'],
      ['mail-mailer', 'async', 'mail-queue', 'mailer'],
      ['checkout-db', 'rpc', 'checkout', 'orders-db'],
    ]);
    expect(r.doc.edges[0]).toMatchObject({ timeoutMs: 1500 });
    expect(r.doc.edges[3]).toMatchObject({ timeoutMs: 2000 });
    expect(r.doc.scenario).toMatchObject({ durationS: 90, seed: 7, faults: [] });
  });

  it('runs every migration in MIGRATIONS, in order, from the oldest version', () => {
    const r = parseDocument(v1Example);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(MIGRATIONS.map((m) => m.from)).toEqual(
      Array.from({ length: DOCUMENT_VERSION - 1 }, (_, i) => i + 1),
    );
    // A step that only adds (2 → 3) changes nothing the learner made: it says nothing.
    expect(r.warnings).toEqual(
      MIGRATIONS.filter((m) => !m.quiet).map((m) => `Upgraded from format ${m.from} to ${m.from + 1}.`),
    );
  });

  it('each migration turns a valid document of its version into one the next version accepts', () => {
    let doc: unknown = v1Example;
    for (const m of MIGRATIONS) {
      const own = m.schema.safeParse(doc);
      expect(own.success).toBe(true);
      doc = m.up(own.data as never);
      const nextSchema = m.from + 1 === DOCUMENT_VERSION ? documentSchema : schemaForVersion(m.from + 1)!;
      expect(nextSchema.safeParse(doc).success).toBe(true);
    }
  });

  it('a version-2 document opens as the same document at version 3', () => {
    const stored = corpus.links[0].document;
    const r = parseDocument({ ...stored, version: 2 });
    const current = parseDocument({ ...stored, version: DOCUMENT_VERSION });
    if (!r.ok || !current.ok) throw new Error('the example does not parse');
    expect(r.fromVersion).toBe(2);
    expect(r.warnings).toEqual([]);
    expect(r.doc).toEqual(current.doc);
  });

  it('validates a version-1 file against the version-1 schema, strictly', () => {
    const r = parseDocument({ ...v1Example, nodes: [{ ...v1Example.nodes[0], kind: 'client' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toEqual({ path: 'nodes[0]', message: 'has unknown field "kind"' });
  });

  it('a current document is not migrated', () => {
    const r = parseDocument({ version: DOCUMENT_VERSION, nodes: [], edges: [] });
    expect(r.ok && r.warnings).toEqual([]);
  });
});
