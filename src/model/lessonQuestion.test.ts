import { describe, expect, it } from 'vitest';
import { decode } from './decode';
import corpus from './fixtures/links-v1.json';
import { parseDocument } from './parseDocument';
import { encodeShareLink } from './shareLink';

const v2 = corpus.links[0].document;
const question = { prompt: 'What happens to orders?', choices: ['It keeps working', 'It fails too'] };

describe('a lesson step’s question', () => {
  it('is read in a version-3 document', () => {
    const r = parseDocument({ ...v2, version: 3, lesson: [{ caption: 'Watch.', atS: 5, question }] });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.doc.lesson[0].question).toEqual(question);
  });

  it('travels in a share link (how a workshop room carries the diagram) and comes back the same', () => {
    const r = parseDocument({ ...v2, version: 3, lesson: [{ caption: 'Watch.', atS: 5, question }] });
    if (!r.ok) throw new Error('does not parse');
    const back = decode(encodeShareLink(r.doc), 'link');
    expect(back.ok && back.doc).toEqual(r.doc);
  });

  it('is refused, named, in a version-2 document', () => {
    const r = parseDocument({ ...v2, lesson: [{ caption: 'Watch.', question }] });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toEqual({
        path: 'lesson[0].question',
        message: '"question" is new in version 3: not part of a version 2 diagram',
      });
  });

  it.each([
    [{ prompt: 'Q?', choices: ['only one'] }, 'lesson[0].question.choices', 'at least 2'],
    [
      { prompt: 'Q?', choices: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
      'lesson[0].question.choices',
      'at most 6',
    ],
    [{ prompt: 'Q?', choices: ['a', ''] }, 'lesson[0].question.choices[1]', 'must not be empty'],
    [{ prompt: 'x'.repeat(301), choices: ['a', 'b'] }, 'lesson[0].question.prompt', 'at most 300'],
    [{ prompt: 'Q?', choices: ['a', 'b'], answer: 0 }, 'lesson[0].question', 'answer'],
  ])('a bad question %j is refused with the field named', (bad, path, words) => {
    const r = parseDocument({ ...v2, version: 3, lesson: [{ caption: 'Watch.', question: bad }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const error = r.errors.find((e) => e.path === path);
      expect(error?.message ?? JSON.stringify(r.errors)).toContain(words);
    }
  });
});
