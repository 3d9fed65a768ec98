import { describe, expect, it } from 'vitest';
import { emptyDocument } from './emptyDocument';
import { DOCUMENT_VERSION, documentSchema } from './schema';

describe('emptyDocument', () => {
  it('is exactly what the schema fills in for no nodes and no edges, key order included', () => {
    const parsed = documentSchema.parse({ version: DOCUMENT_VERSION, nodes: [], edges: [] });
    expect(JSON.stringify(emptyDocument())).toBe(JSON.stringify(parsed));
    expect(emptyDocument()).toStrictEqual(parsed);
  });

  it('gives a new document each time, so editing one never changes another', () => {
    const a = emptyDocument();
    a.nodes.push({} as never);
    expect(emptyDocument().nodes).toEqual([]);
  });
});
