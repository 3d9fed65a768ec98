import { describe, expect, it } from 'vitest';
import { encodeShareLink } from '..';
import { twentyFiveServices } from '../fixtures/sampleDocuments';
import { decode } from './decode';

/** A diagram that came through a workshop room is "the room's diagram", never "this link". */
describe("the decoder's room source", () => {
  const payload = encodeShareLink(twentyFiveServices()).slice('#d='.length);

  it('opens a share payload and JSON text as the link and file sources do', () => {
    expect(decode(`d=${payload}`, 'room').ok).toBe(true);
    expect(decode(JSON.stringify(twentyFiveServices()), 'room').ok).toBe(true);
  });

  it.each([
    ['cut short', `d=${payload.slice(0, payload.length - 40)}`],
    ['altered', `d=${payload.slice(0, 20)}${payload[20] === 'A' ? 'B' : 'A'}${payload.slice(21)}`],
    ['a character no link has', `d=${payload.slice(0, 20)}*${payload.slice(21)}`],
    ['a newer codec', `d=99.${payload.slice(2)}`],
    ['no link at all', 'hello'],
    ['JSON but no diagram', '{"hello": 1}'],
    ['empty', '   '],
  ])('words its refusal for the room: %s', (_, text) => {
    const r = decode(text, 'room');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/^The room's diagram /);
    expect(r.message).not.toMatch(/this link|the sender/i);
  });
});
