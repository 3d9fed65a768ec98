import { LIMITS } from '../limits';

/**
 * Caps of the one decoder (docs/document-format.md, "The decoder"). Each is far above
 * any real diagram (the largest allowed document is well under a megabyte) and far below
 * what would freeze a tab.
 */
export const DECODE_LIMITS = {
  /** Characters of a link or its fragment: browsers and chat apps handle this much. */
  linkChars: 32_768,
  /** Bytes (or characters) of a file, an autosave or pasted JSON. */
  fileBytes: 5 * 1024 * 1024,
  /** Bytes a link may unpack to: inflate stops as soon as its output passes this. */
  unpackedBytes: 2 * 1024 * 1024,
  /** Nesting of arrays and objects; a document needs about 5. */
  depth: 64,
  /** Elements of one JSON array: no list of the schema may be longer. */
  items: Math.max(LIMITS.nodes, LIMITS.edges, LIMITS.faults, LIMITS.trafficChanges, LIMITS.lessonSteps),
  /** Members of one JSON object: the largest object of the schema (a client with every field) has 15. */
  members: 64,
  /** Values in all: the largest valid document (every list full, every field written) has about 60,000. */
  values: 150_000,
} as const;
