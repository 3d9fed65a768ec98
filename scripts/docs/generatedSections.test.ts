import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GENERATED_DOCS,
  generatedSections,
  markedSections,
  readableJson,
  withGeneratedSections,
} from './generatedSections';

const root = new URL('../..', import.meta.url).pathname;

describe('generated docs', () => {
  const sections = generatedSections();

  it.each(GENERATED_DOCS)('%s matches the code (run `npm run docs:generate` if not)', (file) => {
    const committed = readFileSync(join(root, file), 'utf8');
    expect(markedSections(committed).length).toBeGreaterThan(0);
    expect(committed).toBe(withGeneratedSections(committed, sections));
  });

  it('every generated section appears in one of the docs', () => {
    const marked = GENERATED_DOCS.flatMap((f) => markedSections(readFileSync(join(root, f), 'utf8')));
    expect(marked.sort()).toEqual(Object.keys(sections).sort());
  });

  it('replaces stale text between markers, and refuses broken markers', () => {
    const doc = 'intro\n<!-- generated:a -->\nold\n<!-- /generated:a -->\nend\n';
    expect(withGeneratedSections(doc, { a: 'new' })).toBe(
      'intro\n<!-- generated:a -->\nnew\n<!-- /generated:a -->\nend\n',
    );
    expect(() => withGeneratedSections(doc, {})).toThrow('nothing generates the section a');
    expect(() => withGeneratedSections('<!-- generated:a -->\nx\n<!-- /generated:b -->', { a: '' })).toThrow(
      /ends with the marker of b/,
    );
  });

  it('lays out JSON readably, to the same value', () => {
    const value = { a: { b: { c: [1, 2], d: {} } }, e: [] };
    expect(readableJson(value, 2)).toBe('{\n  "a": {\n    "b": { "c": [1, 2], "d": {} }\n  },\n  "e": []\n}');
    expect(JSON.parse(readableJson(value, 1))).toEqual(value);
  });
});
