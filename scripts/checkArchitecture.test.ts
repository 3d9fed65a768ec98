import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * scripts/check-architecture.mjs on fixture trees: a clean tree with one file per folder of
 * the real table (docs/architecture.md is copied, so the table under test is the one the
 * repository uses), then each kind of violation planted in it.
 */
const repo = new URL('..', import.meta.url).pathname;
const script = join(repo, 'scripts', 'check-architecture.mjs');
const FOLDERS = [
  'model',
  'machines',
  'sim',
  'scenarios',
  'cli',
  'worker',
  'store',
  'run',
  'canvas',
  'panels',
  'app',
  'testing',
  'room',
];

const trees: string[] = [];
afterEach(() => {
  for (const t of trees.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A clean tree: the real doc and a harmless file in every folder. */
function cleanTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'faultline-arch-'));
  trees.push(root);
  mkdirSync(join(root, 'docs'));
  copyFileSync(join(repo, 'docs', 'architecture.md'), join(root, 'docs', 'architecture.md'));
  for (const folder of FOLDERS)
    put(root, `src/${folder}/index.ts`, `export const ${folder}Name = '${folder}';\n`);
  put(
    root,
    'src/sim/engine.ts',
    "import { modelName } from '../model';\nexport const LIMITS = { a: 1 } as const;\n",
  );
  return root;
}

function put(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function check(root: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}

/** Plants `text` at `path` in a clean tree; the check must fail, its output matching `names`. */
function expectFailure(path: string, text: string, names: RegExp): void {
  const root = cleanTree();
  put(root, path, text);
  const { status, output } = check(root);
  expect(output).toMatch(names);
  expect(status).toBe(1);
}

describe('check-architecture', () => {
  it('passes on a clean tree', () => {
    const { status, output } = check(cleanTree());
    expect(output).toContain('Architecture check passed.');
    expect(status).toBe(0);
  });

  it('knows every folder of this repository’s src/ (the table has a row for each)', () => {
    const doc = readFileSync(join(repo, 'docs', 'architecture.md'), 'utf8');
    for (const folder of FOLDERS) expect(doc).toMatch(new RegExp(`\\| \`${folder}\` \\|`));
  });

  it('keeps the room server to the pure core, and src/ away from the server', () => {
    expectFailure(
      'server/ui.ts',
      "import { appName } from '../src/app';\nexport const x = appName;\n",
      /server\/ui\.ts: imports '\.\.\/src\/app': the room server may import only the pure core/,
    );
    expectFailure(
      'src/app/room.ts',
      "export const load = () => import('../../server/roomServer');\n",
      /src\/app\/room\.ts: imports '\.\.\/\.\.\/server\/roomServer': nothing in src\/ imports the room server/,
    );
    const root = cleanTree();
    put(root, 'server/ok.ts', "import { roomName } from '../src/room';\nexport const x = roomName;\n");
    expect(check(root).status).toBe(0);
  });

  it('fails on a folder the table does not know', () => {
    expectFailure('src/helpers/x.ts', 'export const x = 1;\n', /src\/helpers\/: a folder .* does not know/);
  });

  it('fails on a file directly in src/', () => {
    expectFailure(
      'src/loose.ts',
      'export const x = 1;\n',
      /src\/loose\.ts: every source file belongs in a folder/,
    );
  });

  it('fails on a doc without the table', () => {
    const root = cleanTree();
    writeFileSync(join(root, 'docs', 'architecture.md'), '# Architecture\n');
    const { status, output } = check(root);
    expect(output).toMatch(/no folder table/);
    expect(status).toBe(1);
  });

  it('fails on panels/ importing app/, with or without a trailing slash or a file', () => {
    for (const spec of ['../../app', '../../app/', '../../app/x'])
      expectFailure(
        'src/panels/faults/Menu.tsx',
        `import { appName } from '${spec}';\nexport const m = appName;\n`,
        new RegExp(`src/panels/faults/Menu\\.tsx: imports '${spec}': panels/ never imports app/`),
      );
  });

  it('fails on a dynamic or type-only import against the table', () => {
    expectFailure(
      'src/store/late.ts',
      "export const load = () => import('../canvas/index');\n",
      /src\/store\/late\.ts: imports '\.\.\/canvas\/index': store\/ may not import canvas\//,
    );
    expectFailure(
      'src/sim/typed.ts',
      "import type { X } from '../store';\nexport type Y = X;\n",
      /src\/sim\/typed\.ts: imports '\.\.\/store': sim\/ may not import store\//,
    );
  });

  it('fails on the core importing cli/, tests included', () => {
    expectFailure(
      'src/sim/viaCli.test.ts',
      "import { cliName } from '../cli';\nexport const c = cliName;\n",
      /src\/sim\/viaCli\.test\.ts: imports '\.\.\/cli': the pure core never imports cli\//,
    );
  });

  it('fails on a test importing what only other folders’ tests may, and allows what its row allows', () => {
    expectFailure(
      'src/sim/lesson.test.ts',
      "import { scenariosName } from '../scenarios';\nexport const s = scenariosName;\n",
      /src\/sim\/lesson\.test\.ts: imports '\.\.\/scenarios': sim\/ may not import scenarios\//,
    );
    expectFailure(
      'src/sim/support.ts',
      "import { testingName } from '../testing';\nexport const s = testingName;\n",
      /src\/sim\/support\.ts: imports '\.\.\/testing': sim\/ may not import testing\/ \(only its tests may\)/,
    );
    const root = cleanTree();
    put(
      root,
      'src/sim/engine.test.ts',
      "import { testingName } from '../testing';\nexport const s = testingName;\n",
    );
    expect(check(root).status).toBe(0);
  });

  it('fails on UI, JSX, wall-clock time and randomness in the core', () => {
    expectFailure(
      'src/model/view.ts',
      "import { useState } from 'react';\nexport const u = useState;\n",
      /imports react/,
    );
    expectFailure(
      'src/scenarios/Card.tsx',
      'export const card = 1;\n',
      /JSX is not allowed in the pure core/,
    );
    expectFailure('src/sim/clock.ts', 'export const now = () => Date.now();\n', /uses Date\.now/);
    expectFailure('src/machines/pick.ts', 'export const pick = () => Math.random();\n', /uses Math\.random/);
  });

  it('fails on module-level mutable state in src/sim', () => {
    expectFailure(
      'src/sim/a.ts',
      'let current = 0;\nexport const get = () => current;\n',
      /src\/sim\/a\.ts:1: module-level `let current`/,
    );
    expectFailure('src/sim/b.ts', 'export var total = 0;\n', /src\/sim\/b\.ts:1: module-level `var total`/);
    expectFailure(
      'src/sim/c.ts',
      'const seen = new Map<string, number>();\nexport const s = seen;\n',
      /`const seen = new Map\(…\)`/,
    );
    expectFailure('src/sim/d.ts', 'export const ids = new Set();\n', /`const ids = new Set\(…\)`/);
    expectFailure(
      'src/sim/e.ts',
      'const scratch = new Float64Array(1);\nexport const s = scratch;\n',
      /`const scratch = new Float64Array\(…\)`/,
    );
    expectFailure(
      'src/sim/f.ts',
      'export const ORDER = [\n  "a",\n  "b",\n];\n',
      /`const ORDER` holds a mutable array literal/,
    );
    expectFailure(
      'src/sim/g.ts',
      'const RANK: Record<string, number> = { low: 0, high: 1 };\nexport const r = RANK;\n',
      /src\/sim\/g\.ts:1: module-level `const RANK` holds a mutable object literal/,
    );
  });

  it('allows constant module-level data in src/sim, and state in its tests', () => {
    const root = cleanTree();
    put(
      root,
      'src/sim/constants.ts',
      [
        "export const KINDS = ['a', 'b'] as const;",
        'export const CODES = {',
        '  a: [1, 2],',
        '  b: { c: "}" },',
        '} as const;',
        'export const FROZEN = Object.freeze({ a: 1 });',
        'export const LIMIT = 3;',
        'export const twice = (n: number) => n * 2;',
        'export function run() {',
        '  let local = 0;',
        '  const list = [local];',
        '  local += list.length;',
        '  return local;',
        '}',
        '',
      ].join('\n'),
    );
    put(
      root,
      'src/sim/engine.test.ts',
      'let runs = 0;\nconst seen = new Map();\nexport const t = () => [runs++, seen];\n',
    );
    const { status, output } = check(root);
    expect(output).toContain('Architecture check passed.');
    expect(status).toBe(0);
  });

  it('fails on an import cycle between files of src/sim, type imports included', () => {
    const root = cleanTree();
    put(root, 'src/sim/a.ts', "import type { B } from './b';\nexport type A = { b?: B };\n");
    put(root, 'src/sim/b.ts', "import { c } from './c';\nexport type B = number;\nexport const b = c;\n");
    put(root, 'src/sim/c.ts', "import type { A } from './a';\nexport const c: A | null = null;\n");
    const { status, output } = check(root);
    expect(output).toMatch(/src\/sim: import cycle between a\.ts, b\.ts, c\.ts/);
    expect(status).toBe(1);
  });

  it('passes on this repository', () => {
    const { status, output } = check(repo);
    expect(output).toContain('Architecture check passed.');
    expect(status).toBe(0);
  });
});
