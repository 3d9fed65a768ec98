/**
 * What a text field of a document may hold (docs/document-format.md "Text fields").
 * Text comes from strangers and is shown on the canvas, in panels, in exports and in a
 * terminal, so characters that make text lie about itself are refused rather than
 * silently dropped (a document that is accepted re-encodes to itself):
 *
 * - control characters (C0, DEL, C1): they reach terminals as escape sequences
 *   (`ESC]0;…BEL` retitles the window, `ESC[2J` clears it). Multi-line text keeps
 *   line feed and tab;
 * - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069):
 *   `"\u202Etneilc beW"` shows as "Web client";
 * - invisible characters with no use in a name: zero-width space, word joiner, byte-order
 *   mark, invisible operators and their kin (zero-width joiner and non-joiner stay: emoji
 *   and several scripts need them);
 * - line and paragraph separators in single-line text;
 * - text that is not empty yet has nothing visible (spaces, zero-width or filler
 *   characters only): three U+200B would make a nameless node. Empty stays allowed: an
 *   empty node label shows the node's id, an empty title or edge label shows none.
 */

/** Whether a field is one line (names, titles) or several (descriptions, lesson captions). */
export type TextLines = 'single' | 'multi';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
const CONTROL_SINGLE = /[\u0000-\u001f\u007f-\u009f]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
const CONTROL_MULTI = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
const INVISIBLE = /[\u180e\u200b\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb]/u;
const LINE_SEPARATOR = /[\u2028\u2029]/u;
/** What shows nothing: white space, default-ignorable code points and the blank-looking fillers. */
const NOTHING_VISIBLE = /^[\s\p{Default_Ignorable_Code_Point}\u2800\u3164\uffa0\u115f\u1160]*$/u;

/** `U+001B`: how a refused character is named in a message (never the character itself). */
export function codePointName(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why `value` may not be the text of a field, as the end of a sentence starting with the
 * field's path ("must not contain control characters (U+001B)"), or null when it may.
 */
export function textProblem(value: string, lines: TextLines): string | null {
  const control = (lines === 'multi' ? CONTROL_MULTI : CONTROL_SINGLE).exec(value);
  if (control) {
    const allowed = lines === 'multi' ? '; only line breaks and tabs are allowed' : '';
    return `must not contain control characters (${codePointName(control[0])} at character ${control.index + 1}${allowed})`;
  }
  const bidi = BIDI_CONTROL.exec(value);
  if (bidi) {
    return `must not contain bidirectional override characters (${codePointName(bidi[0])} at character ${bidi.index + 1}): they show text in another order than it is written`;
  }
  const invisible = INVISIBLE.exec(value);
  if (invisible) {
    return `must not contain invisible characters (${codePointName(invisible[0])} at character ${invisible.index + 1})`;
  }
  if (lines === 'single') {
    const separator = LINE_SEPARATOR.exec(value);
    if (separator) {
      return `must be one line (${codePointName(separator[0])} at character ${separator.index + 1} is a line break)`;
    }
  }
  if (value !== '' && NOTHING_VISIBLE.test(value)) {
    return 'must have a visible character, or be empty';
  }
  return null;
}
