import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from './decode';
import corpus from './fixtures/links-v1.json';
import { parseDocument } from './parseDocument';
import { textProblem } from './textRules';

// biome-ignore lint/suspicious/noExplicitAny: the tests write hostile text into any field on purpose.
const base = (): Record<string, any> => structuredClone(corpus.links[0].document);

function errorsOf(doc: unknown) {
  const r = parseDocument(doc);
  if (r.ok) throw new Error('accepted');
  return r.errors;
}

describe('textProblem', () => {
  it('refuses the terminal escapes of a hostile title or label', () => {
    expect(textProblem('\u001b]0;pwned\u0007\u001b[2J', 'single')).toBe(
      'must not contain control characters (U+001B at character 1)',
    );
    expect(textProblem('orders\u001b[2K\u001b[1A', 'single')).toMatch(/U\+001B at character 7/);
    // C1 controls: U+009B is the one-character CSI on terminals that honour 8-bit controls.
    expect(textProblem('a\u009b2J', 'single')).toMatch(/^must not contain control characters \(U\+009B/);
    expect(textProblem('a\u007f', 'single')).toMatch(/U\+007F/);
  });

  it('refuses bidi overrides, embeddings and isolates, which make a label read backwards', () => {
    for (const ch of [
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ]) {
      expect(textProblem(`${ch}tneilc beW`, 'single')).toMatch(/^must not contain bidirectional override/);
      expect(textProblem(`caption ${ch}x`, 'multi')).toMatch(/^must not contain bidirectional override/);
    }
    // Right-to-left text itself, and the marks that place punctuation in it, are fine.
    expect(textProblem('שירות תשלומים', 'single')).toBeNull();
    expect(textProblem('خدمة\u200f (v2)', 'single')).toBeNull();
  });

  it('refuses zero-width spaces and names with nothing visible, keeps what scripts and emoji need', () => {
    expect(textProblem('\u200b\u200b\u200b', 'single')).toMatch(/invisible characters \(U\+200B/);
    expect(textProblem('pay\ufeffments', 'single')).toMatch(/U\+FEFF/);
    for (const blank of ['   ', '\u3164', '\u2800\u2800', '\u200d', '\u00a0', '\ufe0f']) {
      expect(textProblem(blank, 'single')).toBe('must have a visible character, or be empty');
    }
    expect(textProblem('', 'single')).toBeNull();
    expect(textProblem('👩‍💻 dev team', 'single')).toBeNull(); // zero-width joiner inside an emoji
    expect(textProblem('می‌خواهم', 'single')).toBeNull(); // zero-width non-joiner in Persian
    expect(textProblem('<img src=x onerror=alert(1)>', 'single')).toBeNull(); // escaped where shown
  });

  it('lets multi-line text keep line feeds and tabs, never in names', () => {
    expect(textProblem('First line.\n\tSecond line.', 'multi')).toBeNull();
    expect(textProblem('a\nb', 'single')).toMatch(/control characters \(U\+000A/);
    expect(textProblem('a\r\nb', 'multi')).toMatch(/U\+000D at character 2; only line breaks and tabs/);
    expect(textProblem('a\u2028b', 'single')).toMatch(/^must be one line/);
    expect(textProblem('a\u2028b', 'multi')).toBeNull();
  });

  it('accepts only text with no control, bidi or zero-width character (any string)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => {
        if (textProblem(s, 'single') !== null) return;
        expect(s).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069\u200b\ufeff]/u);
      }),
    );
  });
});

describe('every text field of a document follows the rules, named by its path', () => {
  it('node and edge labels, title, description and lesson captions', () => {
    const doc = base();
    doc.title = '\u001b]0;owned\u0007';
    doc.nodes[0].label = '\u202etneilc beW';
    doc.nodes[1].label = '\u200b\u200b\u200b';
    doc.nodes[2].label = '   ';
    doc.edges[0].label = 'x\u001b[2K\u001b[1A';
    doc.description = 'ok\nfine\u0000';
    doc.lesson[0].caption = 'line one\nline two'; // allowed
    doc.lesson[1].caption = '\u2067hidden';
    expect(errorsOf(doc).map((e) => e.path)).toEqual([
      'title',
      'description',
      'nodes[0].label',
      'nodes[1].label',
      'nodes[2].label',
      'edges[0].label',
      'lesson[1].caption',
    ]);
  });

  it('a version-1 file with a hostile name is refused by its own schema', () => {
    const v1 = {
      version: 1,
      title: 'old',
      nodes: [{ id: 'c', type: 'client', name: 'client\u009b2J', x: 0, y: 0 }],
      edges: [],
    };
    expect(errorsOf(v1)).toEqual([
      { path: 'nodes[0].name', message: 'must not contain control characters (U+009B at character 7)' },
    ]);
  });

  it('a file or link with such text gets a clear message naming the field', () => {
    const doc = base();
    doc.nodes[1].label = 'orders\u202e';
    const r = decode(JSON.stringify(doc), 'file');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBe('invalid-document');
    expect(r.detail).toEqual([
      {
        path: 'nodes[1].label',
        message:
          'must not contain bidirectional override characters (U+202E at character 7): they show text in another order than it is written',
      },
    ]);
  });
});
