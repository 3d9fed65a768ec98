import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model';
import { CURRENT_LINK_CODEC, LINK_CODECS } from '../model/decode/linkCodecs';
import { encodeShareLink } from '../model/shareLink';
import { getChallenge } from './campaign';
import { REFERENCE_SOLUTIONS } from './campaign/referenceSolutions';
import { checkChallenge } from './check';
import { defineChallenge } from './format';
import {
  decodeChallengeLink,
  encodeChallengeLink,
  encodeCustomSolutionLink,
  encodeSolutionLink,
  isChallengeFragment,
} from './links';
import { startOf } from './startOf';

const redeploy = getChallenge('survive-redeploy')!;
const solution = (() => {
  const p = parseDocument(REFERENCE_SOLUTIONS['survive-redeploy']);
  if (!p.ok) throw new Error('invalid');
  return p.doc;
})();
const teacher = defineChallenge({ ...redeploy, id: 'teacher-1', title: 'My class', budget: 250 });

describe('challenge and solution links', () => {
  it('a solution to a built-in challenge: its id and the diagram, through the share codec', () => {
    const link = encodeSolutionLink('survive-redeploy', solution);
    expect(link).toMatch(/^#c=survive-redeploy&d=2\./);
    expect(link.slice(link.indexOf('&d=') + 1)).toBe(encodeShareLink(solution).slice(1));
    const opened = decodeChallengeLink(`https://example.org/app/${link}`);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.builtIn).toBe(true);
    expect(opened.challenge).toBe(redeploy);
    expect(opened.solution).toEqual(solution);
  });

  it('a written challenge, alone and with a solution, opens to the same challenge', () => {
    const alone = decodeChallengeLink(encodeChallengeLink(teacher));
    // The start travels with its defaults stripped, so it is compared once parsed.
    const { start: _, ...rest } = teacher;
    expect(alone.ok && { ...alone.challenge, start: undefined }).toEqual({ ...rest, start: undefined });
    expect(alone.ok && alone.start).toEqual(startOf(teacher));
    expect(alone.ok && alone.builtIn).toBe(false);
    expect(alone.ok && alone.solution).toBeUndefined();
    const both = decodeChallengeLink(encodeCustomSolutionLink(teacher, solution));
    expect(both.ok && both.start).toEqual(startOf(teacher));
    expect(both.ok && both.solution).toEqual(solution);
  });

  it('a crafted link with a tampered diagram opens, and the check refuses it', () => {
    const tampered = structuredClone(solution);
    tampered.scenario.faults = [];
    const opened = decodeChallengeLink(encodeSolutionLink('survive-redeploy', tampered));
    if (!opened.ok || !opened.solution) throw new Error('the link should open');
    expect(checkChallenge(opened.challenge, opened.solution, { seeds: [1] }).refusals).toEqual([
      'the fault timeline was changed',
    ]);
  });

  it('refuses what it cannot open, naming the part', () => {
    expect(decodeChallengeLink('#c=nope')).toMatchObject({ ok: false, part: 'challenge' });
    expect(decodeChallengeLink('#d=2.abc')).toMatchObject({ ok: false, part: null });
    expect(decodeChallengeLink('#c=survive-redeploy&d=2.AAAA')).toMatchObject({
      ok: false,
      part: 'solution',
    });
    const link = encodeChallengeLink(teacher);
    const damaged = `${link.slice(0, 40)}${link[40] === 'A' ? 'B' : 'A'}${link.slice(41)}`;
    expect(decodeChallengeLink(damaged)).toMatchObject({ ok: false, part: 'challenge' });
    expect(decodeChallengeLink(`#challenge=${'A'.repeat(40_000)}`)).toMatchObject({
      ok: false,
      part: 'challenge',
    });
    expect(decodeChallengeLink('x'.repeat(70_000))).toMatchObject({ ok: false, part: null });
    expect(decodeChallengeLink('#challenge=9.abc')).toMatchObject({ ok: false, part: 'challenge' });
  });

  it('a challenge that breaks the schema is refused with the field named', () => {
    const codec = LINK_CODECS.get(CURRENT_LINK_CODEC)!;
    const bad = { ...teacher, seeds: [1, 2] };
    const r = decodeChallengeLink(`#challenge=2.${codec.pack(JSON.stringify(bad))}`);
    expect(r).toMatchObject({ ok: false, part: 'challenge' });
    expect(!r.ok && r.message).toMatch(/seeds: needs at least 5 seeds/);
    const badStart = { ...teacher, start: { version: 3, nodes: 'none' } };
    const s = decodeChallengeLink(`#challenge=2.${codec.pack(JSON.stringify(badStart))}`);
    expect(!s.ok && s.message).toMatch(/starting diagram/);
  });

  it('tells challenge links from diagram and comparison links', () => {
    expect(isChallengeFragment('#c=x&d=2.a')).toBe(true);
    expect(isChallengeFragment('#challenge=2.a')).toBe(true);
    expect(isChallengeFragment('#d=2.a')).toBe(false);
    expect(isChallengeFragment('#d=2.a&b=2.b')).toBe(false);
  });
});
