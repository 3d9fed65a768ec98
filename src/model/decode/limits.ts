/**
 * Caps of the one decoder (SAFETY.md "One decoder for every way in"). Each is far above
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
} as const;
