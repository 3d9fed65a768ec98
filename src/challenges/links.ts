/**
 * Challenge and solution links (docs/challenges.md, "Links"), with the share links' codec:
 *
 * - `#c=<id>&d=2.…`: a solution to a built-in challenge (its id, then the learner's diagram);
 * - `#challenge=2.…`: a challenge a teacher wrote, whole;
 * - `#challenge=2.…&d=2.…`: a solution to such a challenge.
 *
 * The diagram part always goes through the one decoder (`decode`); the challenge part through
 * the same codec, caps and shape scan, then the challenge schema (parseChallenge), whose start
 * goes through the one decoder too. Never throws.
 */
import { type FaultlineDocument, stripDefaults } from '../model';
import { decode } from '../model/decode';
import { jsonShapeProblem } from '../model/decode/jsonShape';
import { DECODE_LIMITS } from '../model/decode/limits';
import { CURRENT_LINK_CODEC, LINK_CODECS } from '../model/decode/linkCodecs';
import { encodeShareLink } from '../model/shareLink';
import { getChallenge } from './campaign';
import type { Challenge } from './format';
import { parseChallenge } from './parseChallenge';
import { startOf } from './startOf';

/** What a challenge link opens: the challenge (built-in or written), and the solution when it carries one. */
export interface ChallengeLinkSuccess {
  ok: true;
  challenge: Challenge;
  /** The challenge's start, parsed. */
  start: FaultlineDocument;
  /** Whether the challenge is one of the campaign's (the link named it by id). */
  builtIn: boolean;
  /** The learner's diagram, for a solution link. */
  solution?: FaultlineDocument;
  warnings: string[];
}
export interface ChallengeLinkFailure {
  ok: false;
  /** Which part was wrong: the challenge, the solution's diagram, or the link as a whole (null). */
  part: 'challenge' | 'solution' | null;
  message: string;
}
export type ChallengeLinkResult = ChallengeLinkSuccess | ChallengeLinkFailure;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The diagram's payload as the share link writes it (after "d="). */
const docPayload = (doc: FaultlineDocument) => encodeShareLink(doc).slice('#d='.length);

/** `#c=<id>&d=2.…`: a solution to the built-in challenge `id`. */
export function encodeSolutionLink(challengeId: string, doc: FaultlineDocument): string {
  return `#c=${challengeId}&d=${docPayload(doc)}`;
}

/** The challenge as JSON, its start with defaults stripped (as a share link stores a diagram). */
function challengeJson(challenge: Challenge, start: FaultlineDocument = startOf(challenge)): string {
  return JSON.stringify({ ...challenge, start: stripDefaults(start) });
}

/** `#challenge=2.…`: a whole challenge, for one a teacher wrote. */
export function encodeChallengeLink(challenge: Challenge, start?: FaultlineDocument): string {
  const codec = LINK_CODECS.get(CURRENT_LINK_CODEC)!;
  return `#challenge=${CURRENT_LINK_CODEC}.${codec.pack(challengeJson(challenge, start))}`;
}

/** `#challenge=2.…&d=2.…`: a solution to a challenge a teacher wrote. */
export function encodeCustomSolutionLink(challenge: Challenge, doc: FaultlineDocument): string {
  return `${encodeChallengeLink(challenge)}&d=${docPayload(doc)}`;
}

/** Whether a fragment is a challenge or solution link (rather than a diagram or a comparison). */
export function isChallengeFragment(hash: string): boolean {
  return /^#?(c|challenge)=/i.test(hash);
}

const LINK = /^(c|challenge)=([^&]*)(?:&d=([^&]*))?$/is;
const ENVELOPE = /^([1-9][0-9]{0,2})\.(.*)$/s;

/** Opens any challenge or solution link (the fragment or a whole URL). */
export function decodeChallengeLink(input: string): ChallengeLinkResult {
  if (typeof input !== 'string' || input.length > 2 * DECODE_LIMITS.linkChars + 16)
    return fail(
      null,
      `This link is too long: a challenge and a diagram may each have at most ${DECODE_LIMITS.linkChars} characters.`,
    );
  const trimmed = input.trim();
  const hash = trimmed.indexOf('#');
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
  const m = LINK.exec(fragment);
  if (!m)
    return fail(
      null,
      'This is not a Faultline challenge link: it starts "#c=<challenge id>" or "#challenge=<challenge>", optionally followed by "&d=<diagram>".',
    );
  const [, key, challengePart, docPart] = m;
  let opened: { challenge: Challenge; start: FaultlineDocument; builtIn: boolean } | ChallengeLinkFailure;
  if (key.toLowerCase() === 'c') opened = builtIn(challengePart);
  else opened = written(challengePart);
  if ('ok' in opened) return opened;
  if (docPart === undefined) return { ok: true, ...opened, warnings: [] };
  const doc = decode(`#d=${docPart}`, 'link');
  if (!doc.ok) return fail('solution', `The diagram in this link cannot be opened. ${doc.message}`);
  return { ok: true, ...opened, solution: doc.doc, warnings: doc.warnings };
}

function fail(part: ChallengeLinkFailure['part'], message: string): ChallengeLinkFailure {
  return { ok: false, part, message };
}

function builtIn(id: string) {
  const challenge = getChallenge(id);
  if (!challenge)
    return fail('challenge', `There is no challenge "${id.slice(0, 64)}" in this version of Faultline.`);
  return { challenge, start: startOf(challenge), builtIn: true };
}

/** The challenge part of `#challenge=<codec>.<payload>`: codec, caps, UTF-8, shape, JSON, schema. */
function written(part: string) {
  if (part.length > DECODE_LIMITS.linkChars)
    return fail(
      'challenge',
      `The challenge in this link is too long (at most ${DECODE_LIMITS.linkChars} characters).`,
    );
  const envelope = ENVELOPE.exec(part);
  if (!envelope) return fail('challenge', 'The challenge in this link is not "<codec>.<data>".');
  const codec = LINK_CODECS.get(envelope[1]);
  if (!codec)
    return fail(
      'challenge',
      `The challenge in this link uses codec ${envelope[1]}, which this version of Faultline does not know.`,
    );
  const unpacked = codec.unpack(envelope[2]);
  if (!unpacked.ok) return fail('challenge', `The challenge in this link is damaged: ${unpacked.note}.`);
  let text: string;
  try {
    text = strictUtf8.decode(unpacked.bytes);
  } catch {
    return fail('challenge', 'The challenge in this link is not UTF-8 text.');
  }
  if (jsonShapeProblem(text, DECODE_LIMITS))
    return fail('challenge', 'The challenge in this link is nested too deeply or holds too many values.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('challenge', 'The challenge in this link is not JSON.');
  }
  const parsed = parseChallenge(value);
  if (!parsed.ok)
    return fail(
      'challenge',
      `The challenge in this link is not valid: ${parsed.errors.slice(0, 5).join('; ')}`,
    );
  return { challenge: parsed.challenge, start: parsed.start, builtIn: false };
}
