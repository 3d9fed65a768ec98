import { createWriteStream, openSync } from 'node:fs';
import type { Writable } from 'node:stream';

/** Pieces are gathered up to this many characters before each write: few system calls, small buffers. */
const WRITE_CHARS = 64 * 1024;

/**
 * Writes `pieces` to `out` in blocks of about 64 KB, waiting for each block to be taken
 * (so a slow reader holds the serialiser back instead of filling memory). Resolves with
 * the first write error (EPIPE, ENOSPC, EIO…) or null; never throws, and leaves an
 * `error` listener on `out` so a late error cannot crash the process.
 */
export async function writePieces(pieces: Iterable<string>, out: Writable): Promise<Error | null> {
  let failure: Error | null = null;
  out.on('error', (e: Error) => {
    failure ??= e;
  });
  const write = (block: string) =>
    new Promise<void>((resolve) => {
      out.write(block, (e) => {
        if (e) failure ??= e;
        resolve();
      });
    });
  let block = '';
  try {
    for (const piece of pieces) {
      block += piece;
      if (block.length >= WRITE_CHARS) {
        await write(block);
        block = '';
        if (failure) return failure;
      }
    }
    if (block) await write(block);
  } catch (e) {
    // A write to a destroyed stream may throw instead of calling back.
    failure ??= e instanceof Error ? e : new Error(String(e));
  }
  return failure;
}

/** Opens `path` for the report, or says why it cannot be (EACCES, EISDIR, ENOENT…). */
export function openOutputFile(path: string): { ok: true; out: Writable } | { ok: false; error: Error } {
  let fd: number;
  try {
    // Opened here, synchronously, so a bad path is one clear error before anything is written.
    fd = openSync(path, 'w');
  } catch (e) {
    return { ok: false, error: e as Error };
  }
  return { ok: true, out: createWriteStream('', { fd, autoClose: true }) };
}

/** Finishes a file stream and waits until its data is on disk; resolves with an error or null. */
export function closeOutputFile(out: Writable): Promise<Error | null> {
  return new Promise((resolve) => {
    out.once('error', (e: Error) => resolve(e));
    out.end(() => resolve(null));
  });
}

const REASONS: Record<string, string> = {
  EPIPE: 'the program reading it stopped reading',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a directory',
  ENOENT: 'its directory does not exist',
  ENOTDIR: 'a part of its path is not a directory',
  EFBIG: 'the file is too large for the file system',
  EIO: 'an input/output error',
};

/**
 * One line for a failed write, never a stack trace:
 * `error: could not write the report to out.json: the disk is full (ENOSPC)`.
 */
export function writeFailureMessage(error: Error, where: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = (code && REASONS[code]) ?? error.message.split('\n')[0];
  return `error: could not write the report to ${where}: ${reason}${code ? ` (${code})` : ''}\n`;
}
