import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  brokenLinks,
  checkedFiles,
  documentationFiles,
  findUnopenableReferences,
  headingAnchor,
  markdownAnchors,
  markdownLinks,
} from './repoReferences';

const root = fileURLToPath(new URL('..', import.meta.url));
/** This file: its examples of every pattern are there on purpose. */
const OWN_EXAMPLES = 'scripts/repoReferences.test.ts';

describe('findUnopenableReferences', () => {
  const texts = (text: string, file = 'src/a.ts') => findUnopenableReferences(file, text).map((r) => r.text);

  it('finds design documents kept outside the repository', () => {
    for (const name of ['DESIGN', 'SAFETY', 'VALIDATION', 'STYLE'])
      expect(texts(` * guard rails (${name}.md "Runaway runs")`)).toEqual([`${name}.md`]);
  });

  it('finds section signs and issue numbers', () => {
    expect(texts('// see \u00a72 "Sharing"')).toEqual(['\u00a72']);
    expect(texts('/** The toolbar group for issue 5 */')).toEqual(['issue 5']);
    expect(texts('// fixed in Issue #12 and PR 7')).toEqual(['Issue #12', 'PR 7']);
    expect(texts('// (#42) and #7')).toEqual(['#42', '#7']);
    expect(texts('which the brief asks for')).toEqual(['the brief']);
  });

  it('reports the line of each', () => {
    expect(findUnopenableReferences('docs/x.md', 'one\ntwo (issue 3)\n')[0]).toMatchObject({
      file: 'docs/x.md',
      line: 2,
    });
  });

  it('leaves colours, fragments, docs/ pointers and ordinary words alone', () => {
    expect(texts("color: '#000', fill: '#475569' // #d=1.abc, docs/engine.md, Blame")).toEqual([]);
    expect(texts('  color: var(--fl-muted, #475569);\n  --border: #404858;', 'src/a.css')).toEqual([]);
    expect(texts('the design of the issue tracker; a safety margin; a brief pause')).toEqual([]);
  });
});

describe('Markdown links', () => {
  it('reads inline links, images and reference definitions, not code', () => {
    const text = [
      'See [the engine](engine.md#blame) and ![shot](screenshot.png "title").',
      '`[not](a-link.md)`',
      '```',
      '[inside](a-fence.md)',
      '```',
      '[ref]: ../src/sim/blame.ts',
    ].join('\n');
    expect(markdownLinks(text)).toEqual([
      { target: 'engine.md#blame', line: 1 },
      { target: 'screenshot.png', line: 1 },
      { target: '../src/sim/blame.ts', line: 6 },
    ]);
  });

  it('makes anchors the way GitHub does', () => {
    expect(headingAnchor('The engine (src/sim)')).toBe('the-engine-srcsim');
    expect(headingAnchor('### `kind: "rpc"` — the caller waits'.replace(/^#+ /, ''))).toBe(
      'kind-rpc--the-caller-waits',
    );
    expect([...markdownAnchors('# A\n## Notes\n```\n# not a heading\n```\n## Notes\n')]).toEqual([
      'a',
      'notes',
      'notes-1',
    ]);
  });

  it('finds a link to a missing file or heading', () => {
    const broken = brokenLinks(root, 'scripts/fixtures/brokenLinks.md');
    expect(broken.map((b) => [b.target, b.reason])).toEqual([
      ['no-such-file.md', 'no such file'],
      ['brokenLinks.md#no-such-heading', 'no heading with the anchor #no-such-heading'],
    ]);
  });
});

/** The checked files grouped by folder, so a failure says whose part still has references. */
function folders(): Map<string, string[]> {
  const byFolder = new Map<string, string[]>();
  for (const file of checkedFiles(root)) {
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '(top level)';
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  return byFolder;
}

describe('no file points at something a reader of the repository cannot open', () => {
  const byFolder = folders();

  it('checks every part of the repository', () => {
    expect([...byFolder.keys()]).toEqual(
      expect.arrayContaining(['(top level)', 'docs', 'e2e', 'e2e-bench', 'scripts', 'src/app', 'src/sim']),
    );
  });

  for (const [folder, files] of byFolder) {
    it(folder, () => {
      const found = files
        .filter((file) => file !== OWN_EXAMPLES)
        .flatMap((file) =>
          findUnopenableReferences(file, readFileSync(join(root, file), 'utf8')).map(
            (r) => `${r.file}:${r.line}: ${r.text} — ${r.reason}`,
          ),
        );
      expect(found).toEqual([]);
    });
  }
});

describe('every relative link in the documentation leads somewhere', () => {
  for (const file of documentationFiles(root)) {
    it(file, () => {
      expect(brokenLinks(root, file).map((b) => `${b.file}:${b.line}: ${b.target} — ${b.reason}`)).toEqual(
        [],
      );
    });
  }
});
