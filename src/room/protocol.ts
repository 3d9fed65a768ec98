/**
 * The workshop room's protocol, shared by the room server (server/) and the browser
 * client: the Yjs document layout, the stateless messages (vote, submit, clock ping) with
 * their caps, the small HTTP API and the errors. Pure TypeScript (no DOM, no Node).
 * docs/workshops.md ("Protocol") describes it in prose.
 *
 * A room is two Yjs documents on a Hocuspocus server:
 * - `<roomId>` (the room): everyone may read it; only the presenter's connection (opened
 *   with the presenter token) may write it — the server makes every other connection
 *   read-only. Followers' votes arrive as stateless messages, which the server checks and
 *   appends to the room's `votes` array (a choice, never a name).
 * - `<roomId>.submissions`: only the presenter's connection may open it at all, so a
 *   follower never receives another's diagram. Submissions arrive as stateless messages.
 */
import { z } from 'zod';
import type { RoomClock } from './clock';
import { type RoomError, roomError as roomErrorOf } from './errors';
import { ROOM_LIMITS } from './limits';
import type { VisibleArea } from './visibleArea';

export * from './clock';
export * from './errors';
export { ROOM_LIMITS } from './limits';
export * from './visibleArea';

/** Bumped only for a change old clients cannot read; sent by `GET /api/room/health`. */
export const ROOM_PROTOCOL_VERSION = 1;

// ---------------------------------------------------------------------------------------
// Names: ids, codes, tokens, documents, paths

/** Room ids: 22 base64url characters = 132 random bits, unguessable. */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
/** Presenter tokens: 43 base64url characters = 258 random bits, secret. */
export const PRESENTER_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** Join codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, U/V). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRTWXY34679';
export const JOIN_CODE_LENGTH = 6;
/** Participant ids (chosen by each follower's browser, kept for the session): 16–64 base64url characters. */
export const PARTICIPANT_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/** A join code as typed: upper-cased, spaces and dashes dropped; null when it cannot be one. */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** Whether `id` has the shape of a room id (a cheap check before asking the server). */
export function isRoomId(id: string): boolean {
  return ROOM_ID_PATTERN.test(id);
}

/** The Yjs document everyone in the room reads. */
export function roomDocumentName(roomId: string): string {
  return roomId;
}
/** The Yjs document of submissions, which only the presenter's connection may open. */
export function submissionsDocumentName(roomId: string): string {
  return `${roomId}.submissions`;
}
/** The room and which of its two documents a document name means, or null. */
export function parseDocumentName(name: string): { roomId: string; part: 'room' | 'submissions' } | null {
  const [roomId, suffix, ...rest] = name.split('.');
  if (rest.length || !isRoomId(roomId)) return null;
  if (suffix === undefined) return { roomId, part: 'room' };
  return suffix === 'submissions' ? { roomId, part: 'submissions' } : null;
}

/**
 * The token a follower's connection sends (Hocuspocus requires one): not a secret, it only
 * says "follower". The presenter sends the presenter token instead.
 */
export const FOLLOWER_TOKEN = 'follower';

/**
 * Followers connect without presence (the Hocuspocus provider's `awareness: null`): the
 * provider echoes every presence change it hears, so in a room of 500 each join would cost
 * 500 × 500 messages. The server drops presence beyond about one update a second per
 * connection anyway. The presenter reads how many follow from `GET /api/room/info/<roomId>`.
 */
export const FOLLOWERS_USE_PRESENCE = false;

/** The paths a room server answers (same origin as the app it serves). */
export const ROOM_PATHS = {
  /** The Hocuspocus WebSocket endpoint. */
  websocket: '/room/ws',
  /** POST: create a room → `CreateRoomResponse` (201). */
  createRoom: '/api/room',
  /** GET `/api/room/join/<code>` → `JoinCodeResponse`; 404 `unknown-code`; 429 `rate-limited`. */
  joinCodePrefix: '/api/room/join/',
  /** GET `/api/room/info/<roomId>` → `RoomInfoResponse`; 404 `room-not-found`/`server-restarted`; 410 `room-expired`. */
  roomInfoPrefix: '/api/room/info/',
  /** GET → `RoomHealthResponse`: the server's time and whether rooms survive a restart. */
  health: '/api/room/health',
} as const;

/** The query parameter of a join link: `<origin>/?room=<roomId>`. */
export const JOIN_LINK_PARAM = 'room';

/** The join link a presenter shares (shown with the code and a QR code). */
export function joinLink(origin: string, roomId: string): string {
  return `${origin.replace(/\/+$/, '')}/?${JOIN_LINK_PARAM}=${roomId}`;
}

/** The WebSocket URL of the room server serving `origin` (http → ws, https → wss). */
export function roomWebSocketUrl(origin: string): string {
  return `${origin.replace(/^http/, 'ws').replace(/\/+$/, '')}${ROOM_PATHS.websocket}`;
}

// ---------------------------------------------------------------------------------------
// The HTTP API (JSON bodies; errors as `{ error: RoomError }` with a 4xx status)

/** `POST /api/room` → 201. Keep `presenterToken` secret: it is the right to write the room. */
export interface CreateRoomResponse {
  roomId: string;
  joinCode: string;
  presenterToken: string;
  /** The room ends after this much time without any change or connection. */
  idleMs: number;
  /** Connections the room accepts (presenter included). */
  maxParticipants: number;
}
/** `GET /api/room/join/<code>` → 200. */
export interface JoinCodeResponse {
  roomId: string;
}
/** `GET /api/room/info/<roomId>` → 200. */
export interface RoomInfoResponse {
  roomId: string;
  joinCode: string;
  participants: number;
  maxParticipants: number;
}
/** `GET /api/room/health` → 200. */
export interface RoomHealthResponse {
  protocol: number;
  serverMs: number;
  /** False for the in-memory server: a restart ends every room. */
  persistent: boolean;
}
/** Every 4xx answer of the API. */
export interface ErrorResponse {
  error: RoomError;
}

// ---------------------------------------------------------------------------------------
// The room document's layout

/** Top-level Yjs types of the room document. */
export const ROOM_DOC = {
  /** Y.Map of the presenter's state: keys and value shapes in `PresenterState`. */
  presenter: 'presenter',
  /** Y.Array<Vote>: one entry per accepted vote (the server appends; concurrent appends from several servers merge). */
  votes: 'votes',
} as const;

/** Top-level Yjs types of the submissions document. */
export const SUBMISSIONS_DOC = {
  /** Y.Array<Submission>, appended by the server. */
  submissions: 'submissions',
} as const;

/** A question the presenter asks: from a lesson step or ad hoc. */
export interface RoomQuestion {
  /** Unique within the room (a new question needs a new id: votes are counted per id). */
  id: string;
  text: string;
  choices: string[];
  /** Whether followers may vote now. */
  open: boolean;
  /** Whether the presenter has revealed the answer (played on). */
  revealed: boolean;
  /**
   * The index of the right choice, when there is one. Write it when revealing, not before:
   * everything in the room document reaches every follower.
   */
  answer?: number | null;
}

/** What the presenter hands out for followers to try on their own copy. */
export type RoomHandout =
  /**
   * A challenge: followers open it in challenge mode (its start, its own Check) and submit
   * their solution. `challengeId` names one of the campaign's; for one a teacher wrote,
   * `challenge` carries it whole (the challenge link's payload, the part after
   * `#challenge=`) and `challengeId` is its id.
   */
  | { kind: 'challenge'; id: string; challengeId: string; challenge?: string }
  /** "Fix this diagram": followers get `document` to edit. */
  | { kind: 'fix'; id: string; document: string; prompt?: string };

/** The presenter map's keys and their values. Missing keys mean the defaults given. */
export interface PresenterState {
  /** The diagram: a share-link payload (`2.…`, the part after `#d=`) or JSON text. Default none. */
  document: string;
  /** The run's seed. */
  seed: number;
  /** The run clock (clock.ts). Default `STOPPED_CLOCK`. */
  clock: RoomClock;
  /** The lesson step shown (index into the document's steps), or null. */
  step: number | null;
  /** The caption shown (a lesson step's or the presenter's own). Default ''. */
  caption: string;
  /**
   * The part of the diagram the presenter's canvas shows, in flow coordinates
   * (visibleArea.ts), or null when not shared. Written at most about four times a second,
   * only when it changes; each follower that follows the view fits its canvas to it.
   */
  visibleArea: VisibleArea | null;
  /** The question being asked, or null. */
  question: RoomQuestion | null;
  /** What is handed out, or null. */
  handout: RoomHandout | null;
}
/** A key of the presenter map. */
export type PresenterKey = keyof PresenterState;

/** What a room shows before the presenter writes a key. */
export const DEFAULT_PRESENTER_STATE: Readonly<PresenterState> = {
  document: '',
  seed: 1,
  clock: { simMs: 0, playing: false, speed: 1, wallMs: 0 },
  step: null,
  caption: '',
  visibleArea: null,
  question: null,
  handout: null,
};

/**
 * The presenter's state from the presenter map's entries (a Y.Map's `entries()`), each
 * missing key at its default and unknown keys ignored.
 */
export function presenterStateFrom(entries: Iterable<[string, unknown]>): PresenterState {
  const state: Record<string, unknown> = { ...DEFAULT_PRESENTER_STATE };
  for (const [key, value] of entries) if (Object.hasOwn(DEFAULT_PRESENTER_STATE, key)) state[key] = value;
  return state as unknown as PresenterState;
}

/** One vote as stored: which question, which choice; never who. */
export interface Vote {
  questionId: string;
  choice: number;
}

/** Counts per choice of `question` (index = choice). */
export function tally(votes: readonly Vote[], question: Pick<RoomQuestion, 'id' | 'choices'>): number[] {
  const counts = question.choices.map(() => 0);
  for (const v of votes)
    if (v.questionId === question.id && v.choice >= 0 && v.choice < counts.length) counts[v.choice] += 1;
  return counts;
}

/** One submission as the presenter's board reads it. */
export interface Submission {
  /** Unique per submission (server-made). */
  id: string;
  /** The submitter's participant id: a resubmission replaces the board's entry for it. */
  from: string;
  /** The name the submitter gave, or ''. */
  name: string;
  /** The handout it answers. */
  handoutId: string;
  /** The diagram, as it passed the decoder: a share-link payload or JSON text. */
  document: string;
  /** The server's time of arrival. */
  atMs: number;
}

/** The latest submission of each submitter, oldest first (the board's rows before ranking). */
export function latestSubmissions(all: readonly Submission[]): Submission[] {
  const byFrom = new Map<string, Submission>();
  for (const s of all) byFrom.set(s.from, s);
  return [...byFrom.values()].sort((a, b) => a.atMs - b.atMs);
}

// ---------------------------------------------------------------------------------------
// Value schemas: what the server accepts in the presenter map (the document also passes
// the one decoder, server side)

const shortId = z.string().min(1).max(64);
const choiceText = z.string().min(1).max(ROOM_LIMITS.choiceChars);

/** The schema of each presenter-map key (null allowed where the layout says so). */
export const PRESENTER_VALUE_SCHEMAS = {
  document: z.string().max(ROOM_LIMITS.documentChars),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  clock: z.strictObject({
    simMs: z.number().finite().min(0),
    playing: z.boolean(),
    speed: z.number().finite().min(0).max(1000),
    wallMs: z.number().finite().min(0),
  }),
  step: z.number().int().min(0).max(10_000).nullable(),
  caption: z.string().max(ROOM_LIMITS.captionChars),
  visibleArea: z
    .strictObject({
      x: z.number().finite().min(-1e7).max(1e7),
      y: z.number().finite().min(-1e7).max(1e7),
      width: z.number().finite().positive().max(1e7),
      height: z.number().finite().positive().max(1e7),
    })
    .nullable(),
  question: z
    .strictObject({
      id: shortId,
      text: z.string().min(1).max(ROOM_LIMITS.questionChars),
      choices: z.array(choiceText).min(ROOM_LIMITS.minChoices).max(ROOM_LIMITS.maxChoices),
      open: z.boolean(),
      revealed: z.boolean(),
      answer: z.number().int().min(0).max(ROOM_LIMITS.maxChoices).nullable().optional(),
    })
    .nullable(),
  handout: z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('challenge'),
        id: shortId,
        challengeId: shortId,
        challenge: z.string().min(1).max(ROOM_LIMITS.documentChars).optional(),
      }),
      z.strictObject({
        kind: z.literal('fix'),
        id: shortId,
        document: z.string().max(ROOM_LIMITS.documentChars),
        prompt: z.string().max(ROOM_LIMITS.captionChars).optional(),
      }),
    ])
    .nullable(),
} satisfies Record<PresenterKey, z.ZodType>;

/** The presenter-map keys, for checking that no other key is written. */
export const PRESENTER_KEYS = Object.keys(PRESENTER_VALUE_SCHEMAS) as PresenterKey[];

/**
 * The problem with writing `value` under `key` of the presenter map, or null when the room
 * accepts it. (The document also has to pass the decoder, which the server runs.)
 */
export function presenterValueProblem(key: string, value: unknown): string | null {
  if (!(PRESENTER_KEYS as string[]).includes(key)) return `"${key}" is not a key of the presenter map`;
  const r = PRESENTER_VALUE_SCHEMAS[key as PresenterKey].safeParse(value);
  if (r.success) return null;
  const issue = r.error.issues[0];
  const where = issue.path.length ? `${key}.${issue.path.join('.')}` : key;
  return `${where}: ${issue.message}`;
}

// ---------------------------------------------------------------------------------------
// Stateless messages (JSON text over Hocuspocus's stateless channel of the room document)

/** Follower (or presenter) → server. */
export type ToRoomServer =
  /** A clock sample request: the server answers `pong` with its time. */
  | { type: 'ping'; id: number; clientMs: number }
  /** A vote on the open question. One per participant per question. */
  | { type: 'vote'; participantId: string; questionId: string; choice: number }
  /** A diagram answering the current handout (goes to the presenter only). */
  | { type: 'submit'; participantId: string; handoutId: string; name: string; document: string };

/** Server → one connection. */
export type FromRoomServer =
  | { type: 'pong'; id: number; clientMs: number; serverMs: number }
  /** The vote or submission was accepted. */
  | { type: 'accepted'; of: 'vote' | 'submit'; ref: string }
  /** A message was refused; `of` names which kind (or `message` when it could not be read). */
  | { type: 'refused'; of: 'vote' | 'submit' | 'ping' | 'message'; error: RoomError };

const participantId = z.string().regex(PARTICIPANT_ID_PATTERN, 'must be 16–64 base64url characters');

/** The schema of messages to the server. */
export const toRoomServerSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('ping'),
    id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    clientMs: z.number().finite(),
  }),
  z.strictObject({
    type: z.literal('vote'),
    participantId,
    questionId: shortId,
    choice: z
      .number()
      .int()
      .min(0)
      .max(ROOM_LIMITS.maxChoices - 1),
  }),
  z.strictObject({
    type: z.literal('submit'),
    participantId,
    handoutId: shortId,
    name: z.string().max(ROOM_LIMITS.nameChars),
    document: z.string().min(1).max(ROOM_LIMITS.documentChars),
  }),
]);

/**
 * Reads a message to the server: the message, or the refusal to send back (too large, not
 * JSON, not one of the messages).
 */
export function readToRoomServer(
  text: string,
): { ok: true; message: ToRoomServer } | { ok: false; error: RoomError } {
  if (text.length > ROOM_LIMITS.statelessChars)
    return {
      ok: false,
      error: roomErrorOf('too-large', `${text.length} characters; the cap is ${ROOM_LIMITS.statelessChars}.`),
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: roomErrorOf('bad-message', 'It is not JSON.') };
  }
  const r = toRoomServerSchema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    return {
      ok: false,
      error: roomErrorOf('bad-message', `${issue.path.join('.') || '(message)'}: ${issue.message}`),
    };
  }
  return { ok: true, message: r.data as ToRoomServer };
}

/** Reads a message from the server, or null when it is not one (ignore it). */
export function readFromRoomServer(text: string): FromRoomServer | null {
  try {
    const value = JSON.parse(text) as FromRoomServer;
    return value && typeof value === 'object' && typeof value.type === 'string' ? value : null;
  } catch {
    return null;
  }
}

export { decodeRefusal, decodeRoomDocument } from './roomDocument';
