/**
 * A TypeScript worker module compiled once into one plain ESM file (bundled with everything
 * it imports, with esbuild), so that a worker thread starts in a tenth of a second instead
 * of loading the sources through tsx for seconds. The file is cached in a folder (by
 * default `node_modules/.cache/faultline/`) under a name made of a hash of the sources it
 * bundles: later runs reuse it while those sources are unchanged and compile a new one when
 * any changes. Whatever goes wrong (no esbuild, a folder that cannot be written, a source
 * that does not compile), the caller gets the TypeScript module back with the reason, and
 * loads it through tsx as before (workerPool.ts).
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import type { Plugin } from 'esbuild';

/** The default cache folder: the repository's `node_modules/.cache/faultline/`. */
export const DEFAULT_CACHE_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/faultline/', import.meta.url),
);

/**
 * Bumped whenever the compile options below change, so that files compiled with the old
 * ones are not reused.
 */
const RECIPE = 'esm-node20-bundle-2';

/** What `compiledWorker` found. */
export type CompiledWorker =
  /** The compiled file to start workers on; `built` when it was compiled now, not reused. */
  | { ok: true; url: URL; built: boolean }
  /** The module could not be compiled: why, in words (the caller falls back to tsx). */
  | { ok: false; reason: string };

/** What the cache remembers of one entry module: the source files its last compile bundled. */
interface Manifest {
  inputs: string[];
}

/** A short hash of `text`, for file names. */
function hashOf(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 16);
}

/**
 * The key of a compile: the recipe and every source's path and contents, read now unless
 * given (null if one is gone).
 */
function keyOf(
  esbuildVersion: string,
  entry: string,
  inputs: readonly string[],
  contents: ReadonlyMap<string, Uint8Array> = new Map(),
): string | null {
  const parts: (string | Uint8Array)[] = [RECIPE, esbuildVersion, entry];
  for (const input of inputs) {
    try {
      parts.push(input, contents.get(input) ?? readFileSync(input));
    } catch {
      return null;
    }
  }
  return hashOf(...parts);
}

/** esbuild's loader for a source file, by its extension (those it reads by default). */
const LOADERS: Record<string, 'js' | 'jsx' | 'ts' | 'tsx' | 'json'> = {
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  jsx: 'jsx',
  ts: 'ts',
  mts: 'ts',
  cts: 'ts',
  tsx: 'tsx',
  json: 'json',
};

/**
 * An esbuild plugin that reads the sources itself and keeps what it read: the cache key is
 * then made of exactly what was compiled, even if a file is saved during the compile.
 */
function recordingSources(read: Map<string, Uint8Array>): Plugin {
  return {
    name: 'faultline-recorded-sources',
    setup(build) {
      build.onLoad({ filter: /\.(m|c)?[jt]sx?$|\.json$/ }, (args) => {
        const loader = LOADERS[args.path.slice(args.path.lastIndexOf('.') + 1)];
        if (args.namespace !== 'file' || !loader) return undefined;
        const contents = readFileSync(args.path);
        read.set(args.path, contents);
        return { contents, loader };
      });
    },
  };
}

function readManifest(path: string): Manifest | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const inputs = (parsed as Partial<Manifest> | null)?.inputs;
    if (!Array.isArray(inputs) || !inputs.every((i) => typeof i === 'string')) return null;
    return { inputs };
  } catch {
    return null;
  }
}

let writes = 0;

/**
 * Writes `data` to `path` through a file of its own first, then renames it into place: two
 * processes compiling at once never read each other's half-written file.
 */
function writeAtomically(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}-${threadId}-${writes++}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/** An hour: other compiles of the same entry unused that long are removed when a new one is made. */
const STALE_MS = 60 * 60 * 1000;

/**
 * Removes this entry's other compiled files (and temporary files a killed process left).
 * Only those unused for an hour: a run still going with an older compile may start a
 * replacement worker on its file.
 */
function pruneOlder(dir: string, prefix: string, keep: string, now: number): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix) || name === keep || !/\.(mjs|tmp)$/.test(name)) continue;
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

function messageOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  // esbuild's messages start with "Build failed with 1 error:" and then say what; keep it short.
  return text.split('\n').slice(0, 3).join(' ').trim();
}

/**
 * The compiled form of the TypeScript module at `entry`, from the cache in `cacheDir` when
 * its sources are unchanged, compiled now otherwise. Never throws: a failure comes back as
 * `{ ok: false, reason }`.
 */
export async function compiledWorker(
  entry: URL,
  cacheDir: string = DEFAULT_CACHE_DIR,
): Promise<CompiledWorker> {
  const entryPath = fileURLToPath(entry);
  // One manifest per entry path: two checkouts of the project sharing a cache do not
  // overwrite each other's.
  const prefix = `${basename(entryPath).replace(/\.[^.]*$/, '')}-${hashOf(entryPath).slice(0, 8)}-`;
  const manifestPath = join(cacheDir, `${prefix}sources.json`);
  try {
    const esbuild = await import('esbuild');
    const manifest = readManifest(manifestPath);
    if (manifest) {
      const key = keyOf(esbuild.version, entryPath, manifest.inputs);
      const file = join(cacheDir, `${prefix}${key}.mjs`);
      if (key !== null && isFile(file)) {
        markUsed(file);
        return { ok: true, url: pathToFileURL(file), built: false };
      }
    }
    const workingDir = resolve(entryPath, '..');
    const read = new Map<string, Uint8Array>();
    const result = await esbuild.build({
      plugins: [recordingSources(read)],
      entryPoints: [entryPath],
      absWorkingDir: workingDir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const output = result.outputFiles[0];
    if (!output) return { ok: false, reason: 'esbuild produced no file' };
    const inputs = Object.keys(result.metafile.inputs)
      .map((p) => (isAbsolute(p) ? p : resolve(workingDir, p)))
      .sort();
    const key = keyOf(esbuild.version, entryPath, inputs, read);
    if (key === null) return { ok: false, reason: 'a source file went away while it was being compiled' };
    const name = `${prefix}${key}.mjs`;
    mkdirSync(cacheDir, { recursive: true });
    writeAtomically(join(cacheDir, name), output.contents);
    writeAtomically(manifestPath, `${JSON.stringify({ inputs } satisfies Manifest)}\n`);
    pruneOlder(cacheDir, prefix, name, statSync(join(cacheDir, name)).mtimeMs);
    return { ok: true, url: pathToFileURL(join(cacheDir, name)), built: true };
  } catch (e) {
    return { ok: false, reason: messageOf(e) };
  }
}

/** Sets the file's time to now: the pruning of older files goes by when a file was last used. */
function markUsed(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // Read-only cache: the file is still usable.
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
