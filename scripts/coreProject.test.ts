import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The pure core's own TypeScript project (tsconfig.core.json) makes the host and the UI a
 * compile error in src/model, src/machines, src/sim and src/scenarios. Shown on a copy of the
 * project — the two configs, types/ and the core's folders — with one offending file planted
 * in it per kind of mistake; the copy keeps the real tree untouched.
 */
const repo = new URL('..', import.meta.url).pathname;
const PLANTED: Record<string, { text: string; error: RegExp }> = {
  'src/sim/plantedDocument.ts': {
    text: 'export const title = () => document.title;\n',
    error: /Cannot find name 'document'/,
  },
  'src/sim/plantedWindow.ts': {
    text: 'export const width = () => window.innerWidth;\n',
    error: /Cannot find name 'window'/,
  },
  'src/model/plantedTimer.ts': {
    text: 'export const later = (f: () => void) => setTimeout(f, 1);\n',
    error: /Cannot find name 'setTimeout'/,
  },
  'src/scenarios/plantedFrame.ts': {
    text: 'export const next = (f: () => void) => requestAnimationFrame(f);\n',
    error: /Cannot find name 'requestAnimationFrame'/,
  },
  'src/machines/plantedProcess.ts': {
    text: 'export const env = () => process.env;\n',
    error: /Cannot find name 'process'/,
  },
  'src/sim/plantedViteEnv.ts': {
    text: 'export const mode = () => import.meta.env.MODE;\n',
    error: /Property 'env' does not exist/,
  },
  'src/sim/plantedReact.ts': {
    text: "import { useState } from 'react';\nexport const state = useState;\n",
    error: /Module '"react"' has no exported member 'useState'/,
  },
};

let copy = '';
let output = '';
let status: number | null = null;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'faultline-core-'));
  for (const path of ['tsconfig.json', 'tsconfig.core.json', 'types'])
    cpSync(join(repo, path), join(copy, path), { recursive: true });
  for (const folder of ['model', 'machines', 'sim', 'scenarios', 'challenges'])
    cpSync(join(repo, 'src', folder), join(copy, 'src', folder), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
  for (const [path, { text }] of Object.entries(PLANTED)) writeFileSync(join(copy, path), text);
  // A side-effect import names no member: the stand-in module's own error is what fails.
  writeFileSync(join(copy, 'src/sim/plantedStore.ts'), "import 'zustand';\nexport const none = 0;\n");
  const tsc = spawnSync(
    join(repo, 'node_modules', '.bin', 'tsc'),
    ['-p', join(copy, 'tsconfig.core.json'), '--noEmit'],
    { encoding: 'utf8', cwd: copy },
  );
  output = tsc.stdout + tsc.stderr;
  status = tsc.status;
}, 120_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('the core TypeScript project', () => {
  it('fails to compile', () => {
    expect(status).not.toBe(0);
  });

  for (const [path, { error }] of Object.entries(PLANTED))
    it(`refuses ${path.replace('src/', '')}`, () => {
      const lines = output.split('\n').filter((l) => l.startsWith(path));
      expect(lines.join('\n')).toMatch(error);
    });

  it('refuses a side-effect import of a UI library (zustand) through its stand-in module', () => {
    expect(output).toMatch(/types\/notInTheCore\.ts.*never import a UI library/);
  });

  it('finds nothing else wrong: the real core compiles without DOM or Node types', () => {
    const errors = output.split('\n').filter((l) => /error TS\d+/.test(l));
    expect(errors.length).toBeGreaterThan(0);
    for (const line of errors) expect(line).toMatch(/^(src\/\w+\/planted\w+\.ts|types\/notInTheCore\.ts)\(/);
  });
});
