/**
 * Text on its way to a terminal. Titles, labels and file contents reach the table output and
 * error messages; a control character there is an instruction to the terminal (`ESC]0;…BEL`
 * retitles it, `ESC[2J` clears it, OSC 52 writes the clipboard, `ESC[1A` rewrites the line
 * above). The document schema refuses such text, but what the command line prints is made
 * safe again here, whatever its origin: every control, bidi and invisible character
 * becomes a visible escape such as `\x1b` or `\u202e`.
 */

const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b\u2060-\u2064\ufeff]/gu;
const UNSAFE_BUT_LINES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b\u2060-\u2064\ufeff]/gu;

function visibleEscape(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of text (a title, a label) with every unsafe character, line breaks included, escaped. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE, visibleEscape);
}

/** A message of several lines: line feeds stay, every other unsafe character is escaped. */
export function terminalMessage(text: string): string {
  return text.replace(UNSAFE_BUT_LINES, visibleEscape);
}

// The characters of UNSAFE that JSON.stringify leaves raw (it escapes only C0, `"` and `\`).
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b\u2060-\u2064\ufeff]/gu;

/**
 * JSON text with DEL, C1, bidi and invisible characters written as `\uXXXX` escapes: the same
 * value for a JSON reader, nothing a terminal acts on when the report is printed to one.
 * Valid because such characters can only appear inside JSON strings.
 */
export function jsonForTerminal(json: string): string {
  return json.replace(RAW_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
