import { type FaultlineDocument, formatError, parseDocument } from '../model';
import { decode } from '../model/decode';
import { BUILT_IN_SCENARIOS, getScenario } from '../scenarios';

/** Largest document file read, in bytes: 5 MB, checked from the file's size before reading. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** How the command line reaches files; the script passes node:fs, tests pass a map. */
export interface FileAccess {
  /**
   * Size in bytes, or null when there is no such file. Throws, with a reason as its
   * message, when the path exists but cannot be read as a document (a directory, say).
   */
  size(path: string): number | null;
  /**
   * The file's bytes. Preferred over `readText`: they are decoded as strict UTF-8, as the
   * browser does, so a file that is not UTF-8 is refused instead of read with U+FFFD.
   */
  readBytes?(path: string): Uint8Array;
  /** The file as text already decoded (in-memory tests). */
  readText?(path: string): string;
}

/** Why a document could not be loaded; `exitCode` is the command line's status for it. */
export interface LoadFailure {
  ok: false;
  exitCode: 1 | 2;
  message: string;
}
export type LoadResult =
  | { ok: true; doc: FaultlineDocument; source: string; warnings: string[] }
  | LoadFailure;

/** A target names a file when it looks like a path; anything else is a scenario id. */
export function looksLikePath(target: string): boolean {
  return /[/\\]/.test(target) || /\.json$/i.test(target);
}

/** The valid scenario ids, for messages. */
export function scenarioList(): string {
  return BUILT_IN_SCENARIOS.map((s) => `  ${s.id.padEnd(28)} ${s.title}`).join('\n');
}

/**
 * Parses any value as a document through the one parser (src/model), describing
 * every field-level error as `nodes[2].workers: must be …`.
 */
export function documentFrom(value: unknown, source: string): LoadResult {
  const parsed = parseDocument(value);
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  ${formatError(e)}`).join('\n');
    return { ok: false, exitCode: 2, message: `${source} is not a valid Faultline document:\n${lines}` };
  }
  return { ok: true, doc: parsed.doc, source, warnings: parsed.warnings };
}

/** Loads a document file or a built-in scenario by id. Never throws. */
export function loadDocument(target: string, files: FileAccess): LoadResult {
  if (!looksLikePath(target)) {
    const scenario = getScenario(target);
    if (!scenario) {
      return {
        ok: false,
        exitCode: 1,
        message: `unknown scenario id "${target}" (a document file must end in .json). Built-in scenarios:\n${scenarioList()}`,
      };
    }
    return documentFrom(scenario.document, `scenario ${target}`);
  }
  let size: number | null;
  try {
    size = files.size(target);
  } catch (e) {
    return { ok: false, exitCode: 1, message: `cannot read ${target}: ${(e as Error).message}` };
  }
  if (size === null) return { ok: false, exitCode: 1, message: `no such file: ${target}` };
  if (size > MAX_DOCUMENT_BYTES) {
    return {
      ok: false,
      exitCode: 2,
      message: `${target} is ${size} bytes; a document may be at most ${MAX_DOCUMENT_BYTES} bytes (5 MB)`,
    };
  }
  let content: string | Uint8Array;
  try {
    if (files.readBytes) content = files.readBytes(target);
    else if (files.readText) content = files.readText(target);
    else throw new Error('no way to read files');
  } catch (e) {
    return { ok: false, exitCode: 1, message: `cannot read ${target}: ${(e as Error).message}` };
  }
  // The one decoder every way in uses: caps, strict UTF-8, nesting depth, JSON, schema, references.
  const decoded = decode(content, 'file');
  if (!decoded.ok) {
    const lines = decoded.detail.map((e) => `  ${formatError(e)}`).join('\n');
    return {
      ok: false,
      exitCode: 2,
      message: `${target} is not a valid Faultline document: ${decoded.message}${lines ? `\n${lines}` : ''}`,
    };
  }
  return { ok: true, doc: decoded.doc, source: target, warnings: decoded.warnings };
}
