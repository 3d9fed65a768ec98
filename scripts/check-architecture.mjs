#!/usr/bin/env node
// Guards the architecture of DESIGN.md §2 beyond what Biome's rules express:
// the pure layers (model ← machines ← sim ← scenarios) never reach the DOM, React,
// wall-clock time or global randomness, and dependencies only point one way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const layers = ['model', 'machines', 'sim', 'scenarios'];
const uiFolders = ['store', 'canvas', 'panels', 'app'];
const forbiddenCalls = [
  [/\bMath\.random\s*\(/, 'Math.random (use the seeded streams in sim/random.ts)'],
  [/\bDate\.now\s*\(/, 'Date.now (simulated time only)'],
  [/\bnew Date\s*\(/, 'new Date (simulated time only)'],
  [/\bperformance\.now\s*\(/, 'performance.now (simulated time only)'],
];
const forbiddenModules = /^(react|react-dom|@xyflow\/|zustand|zundo|@xstate\/react|uplot)/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx)$/.test(name)) yield path;
  }
}

const problems = [];
for (const [rank, layer] of layers.entries()) {
  const dir = join(root, 'src', layer);
  let list = [];
  try {
    list = [...files(dir)];
  } catch {
    continue;
  }
  for (const file of list) {
    const rel = relative(root, file);
    if (file.endsWith('.tsx')) problems.push(`${rel}: JSX is not allowed in the pure layer ${layer}/`);
    const text = readFileSync(file, 'utf8');
    // Tests may use wall-clock time to bound runs; the rule is about the product code.
    const isTest = /\.(test|spec|bench)\.ts$/.test(file);
    if (!isTest) {
      for (const [re, what] of forbiddenCalls) if (re.test(text)) problems.push(`${rel}: uses ${what}`);
    }
    for (const m of text.matchAll(
      /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    )) {
      const spec = m[1] ?? m[2];
      if (forbiddenModules.test(spec)) problems.push(`${rel}: imports ${spec} (pure layer)`);
      const target = spec.match(/^(?:\.\.\/)+([a-z]+)\//)?.[1];
      if (target && uiFolders.includes(target)) problems.push(`${rel}: imports UI folder ${target}/`);
      // Tests may use higher pure layers (an engine test runs a built-in scenario); the
      // one-way rule is about what ships, and tests never ship.
      const targetRank = layers.indexOf(target);
      if (targetRank > rank && !isTest) problems.push(`${rel}: ${layer}/ must not depend on ${target}/`);
    }
  }
}
if (problems.length) {
  console.error(`Architecture check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Architecture check passed.');
