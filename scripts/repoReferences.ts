/**
 * Checks that the repository explains itself: no file points a reader at something they cannot
 * open — a design document kept outside the repository, a numbered section of one, an issue
 * number — and every relative link in the documentation leads to a file that exists (and, for
 * a link into a Markdown file, to a heading it has). A comment should state the reason or
 * point into docs/ instead.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';

/** Folders whose every text file is checked, and the files checked at the top level. */
export const CHECKED_FOLDERS = ['src', 'docs', 'e2e', 'e2e-bench', 'scripts'] as const;
export const CHECKED_TOP_FILES = [
  'README.md',
  'index.html',
  'playwright.config.ts',
  'playwright.bench.config.ts',
  'vite.config.ts',
  'vitest.setup.ts',
] as const;

/** Extensions of the text files read; everything else (images, fonts) is skipped. */
const TEXT_EXTENSIONS = new Set([
  '.ts',
  '.tsx',
  '.mts',
  '.cts',
  '.js',
  '.mjs',
  '.cjs',
  '.json',
  '.md',
  '.css',
  '.html',
  '.svg',
  '.txt',
  '.yml',
  '.yaml',
]);

/** One reference a reader of the repository cannot follow. */
export interface UnopenableReference {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  line: number;
  /** What matched: the document's file name, the section sign, the issue number. */
  text: string;
  /** Why it cannot be followed. */
  reason: string;
}

// Built from parts so this file does not match its own patterns.
const OUTSIDE_DOCUMENTS = ['DESIGN', 'SAFETY', 'VALIDATION', 'STYLE'];

/** The patterns, each with the reason it names. `g` flag: every match on a line. */
const PATTERNS: readonly { pattern: RegExp; reason: string; skip?: (file: string) => boolean }[] = [
  {
    pattern: new RegExp(`\\b(?:${OUTSIDE_DOCUMENTS.join('|')})\\.md\\b`, 'g'),
    reason: 'a design document that is not in the repository',
  },
  { pattern: /\u00a7\s*\d*/g, reason: 'a section sign: say which document and heading, in words' },
  {
    pattern: /\b(?:[Ii]ssues?|PR|[Pp]ull request|[Tt]icket)\s*#?\d+/g,
    reason: 'an issue number: state the reason itself',
  },
  {
    // A bare "#12" in prose; colours ("#475569", "#000;") are hexadecimal and live in CSS.
    pattern: /(?<=^|[\s([,])#\d{1,5}\b(?![0-9a-fA-F;])/g,
    reason: 'an issue number: state the reason itself',
    skip: (file) => extname(file) === '.css',
  },
  { pattern: /\bthe brief\b/gi, reason: 'a brief that is not in the repository' },
];

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (TEXT_EXTENSIONS.has(extname(name))) yield path;
  }
}

/** Every checked file under `root`, as paths relative to it with forward slashes. */
export function checkedFiles(root: string): string[] {
  const files: string[] = [];
  for (const folder of CHECKED_FOLDERS) {
    const dir = join(root, folder);
    if (existsSync(dir)) for (const path of walk(dir)) files.push(relative(root, path).split(sep).join('/'));
  }
  for (const file of CHECKED_TOP_FILES) if (existsSync(join(root, file))) files.push(file);
  return files.sort();
}

/** The references in `text` (the content of `file`) that a reader cannot open, one per place. */
export function findUnopenableReferences(file: string, text: string): UnopenableReference[] {
  const found: UnopenableReference[] = [];
  text.split('\n').forEach((line, i) => {
    const taken: [number, number][] = [];
    for (const { pattern, reason, skip } of PATTERNS) {
      if (skip?.(file)) continue;
      for (const match of line.matchAll(pattern)) {
        const from = match.index;
        const to = from + match[0].length;
        // An issue named with a hash sign is one reference, not also a bare hash number.
        if (taken.some(([a, b]) => from < b && a < to)) continue;
        taken.push([from, to]);
        found.push({ file, line: i + 1, text: match[0].trim(), reason });
      }
    }
  });
  return found;
}

/** One relative link in the documentation that leads nowhere. */
export interface BrokenLink {
  file: string;
  line: number;
  target: string;
  reason: string;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of every heading in a Markdown text (outside code blocks), with GitHub's -1, -2 for repeats. */
export function markdownAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(text)) {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line.text);
    if (!m) continue;
    const base = headingAnchor(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** The lines of a Markdown text outside fenced code blocks, with inline code blanked out. */
function proseLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fence: string | null = null;
  text.split('\n').forEach((line, i) => {
    const f = /^\s*(```+|~~~+)/.exec(line);
    if (f) {
      if (fence === null) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      return;
    }
    if (fence === null) out.push({ text: line.replace(/`[^`]*`/g, '``'), line: i + 1 });
  });
  return out;
}

/** Link targets of a Markdown text: inline links and images, and reference definitions. */
export function markdownLinks(text: string): { target: string; line: number }[] {
  const links: { target: string; line: number }[] = [];
  for (const { text: line, line: n } of proseLines(text)) {
    for (const m of line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      links.push({ target: m[1], line: n });
    const def = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/.exec(line);
    if (def) links.push({ target: def[1], line: n });
  }
  return links;
}

/**
 * The relative links of the Markdown file `file` (relative to `root`) whose file does not
 * exist, or whose anchor names no heading of the Markdown file it leads to.
 */
export function brokenLinks(root: string, file: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const text = readFileSync(join(root, file), 'utf8');
  for (const { target, line } of markdownLinks(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: and the like
    const [pathPart, anchor] = target.split('#', 2);
    const path = decodeURIComponent(pathPart.split('?')[0]);
    const absolute = path === '' ? join(root, file) : resolve(root, dirname(file), path);
    if (!existsSync(absolute)) {
      broken.push({ file, line, target, reason: 'no such file' });
      continue;
    }
    if (anchor && extname(absolute) === '.md' && !statSync(absolute).isDirectory()) {
      if (!markdownAnchors(readFileSync(absolute, 'utf8')).has(anchor.toLowerCase()))
        broken.push({ file, line, target, reason: `no heading with the anchor #${anchor}` });
    }
  }
  return broken;
}

/** README.md and every Markdown file directly in docs/. */
export function documentationFiles(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs.sort()];
}
