import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the entry chunk holds is what src/app/main.tsx reaches through static imports
 * (dynamic `import()`s become chunks fetched later). The first visit's budget
 * (docs/performance.md, `npm run size`) leaves no room for the packages below, so they
 * must only be reached through `import()`: a static import of one anywhere on that path
 * puts it back into the first visit. This finds such a path without building.
 */
const LATER_ONLY = ['zod', 'fflate', 'xstate', 'uplot'];

const root = new URL('..', import.meta.url).pathname;

function resolveLocal(from: string, spec: string): string | null {
  const base = join(dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Module specifiers a file imports or re-exports for their values (type-only ones are erased). */
function staticImports(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of code.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'";]*?\bfrom\s*'([^']+)'/gm))
    if (!m[1]) out.push(m[2]);
  for (const m of code.matchAll(/^\s*import\s*'([^']+)'/gm)) out.push(m[1]);
  return out;
}

/** Every package reached from main.tsx by static imports, with the chain of files that reaches it. */
function packagesOfFirstVisit(): Map<string, string[]> {
  const entry = join(root, 'src/app/main.tsx');
  const via = new Map<string, string[]>([[entry, [entry]]]);
  const packages = new Map<string, string[]>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (!/\.tsx?$/.test(file)) continue;
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolveLocal(file, spec);
        if (target && !via.has(target)) {
          via.set(target, [...via.get(file)!, target]);
          todo.push(target);
        }
      } else {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (!packages.has(name))
          packages.set(
            name,
            via.get(file)!.map((f) => relative(root, f)),
          );
      }
    }
  }
  return packages;
}

describe('the first visit’s static imports', () => {
  it('reach none of the packages loaded later (zod, fflate, xstate, uPlot)', () => {
    const packages = packagesOfFirstVisit();
    expect(packages.has('react')).toBe(true);
    expect(packages.has('@xyflow/react')).toBe(true);
    const found = LATER_ONLY.filter((name) => packages.has(name)).map(
      (name) => `${name}: ${packages.get(name)!.join(' → ')}`,
    );
    expect(found).toEqual([]);
  });
});
