/**
 * The caps a room server enforces (and a client can check before sending). Each is far
 * above what a workshop needs and far below what would let one participant hurt the room.
 */
export const ROOM_LIMITS = {
  /** A diagram in a room (the presenter's or a submission): a share-link payload or JSON text. */
  documentChars: 256 * 1024,
  /** One stateless message, as JSON text (a submission holds a diagram). */
  statelessChars: 260 * 1024,
  /** One WebSocket frame the server accepts at all (a Yjs update with the presenter's diagram). */
  frameBytes: 1024 * 1024,
  /** Stateless messages of one connection: a bucket of `statelessBurst`, refilled at `statelessPerSecond`. */
  statelessBurst: 20,
  statelessPerSecond: 5,
  /** Submissions of one connection: at most one per this many ms. */
  submitIntervalMs: 5_000,
  /** Join-code lookups and room creations from one address per minute. */
  lookupsPerMinute: 30,
  createsPerMinute: 10,
  /** Text the presenter shows. */
  captionChars: 2_000,
  questionChars: 500,
  choiceChars: 120,
  minChoices: 2,
  maxChoices: 6,
  /** A submitter's display name (optional). */
  nameChars: 40,
  /** Default idle time (ms) after which a room expires, and default participants per room. */
  defaultIdleMs: 2 * 60 * 60 * 1000,
  defaultMaxParticipants: 500,
} as const;
