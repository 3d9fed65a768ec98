#!/usr/bin/env node
// Guards the folder structure beyond what TypeScript and Biome express
// (docs/architecture.md, "Rules the build enforces"):
// - every folder under src/ is one the doc's folder table knows, and every import between
//   folders is one the table allows (with or without a trailing slash: '../app' counts);
// - panels/ never imports app/, and the pure core (model, machines, sim, scenarios) never
//   imports cli/ — whatever the table says;
// - the core never uses JSX, UI libraries, wall-clock time or global randomness;
// - src/sim holds no module-level mutable state and has no import cycle between its files;
// - the room server (server/, outside src/) reaches into src/ only for the pure core and the
//   room protocol, and nothing in src/ imports the server.
//
//   node scripts/check-architecture.mjs [root]      root: the repository (default: this one)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const docPath = join(root, 'docs', 'architecture.md');
const core = ['model', 'machines', 'sim', 'scenarios', 'room'];
const forbiddenCalls = [
  [/\bMath\.random\s*\(/, 'Math.random (use the seeded streams in sim/random.ts)'],
  [/\bDate\.now\s*\(/, 'Date.now (simulated time only)'],
  [/\bnew Date\s*\(/, 'new Date (simulated time only)'],
  [/\bperformance\.now\s*\(/, 'performance.now (simulated time only)'],
];
const uiModules = /^(react|react-dom|@xyflow\/|zustand|zundo|@xstate\/react|uplot)/;
const typedArrays =
  'Int8Array|Uint8Array|Uint8ClampedArray|Int16Array|Uint16Array|Int32Array|Uint32Array|Float32Array|Float64Array|BigInt64Array|BigUint64Array';
const mutableNew = new RegExp(`^new\\s+(Map|Set|WeakMap|WeakSet|Array|${typedArrays})\\b`);
const isTestFile = (path) => /\.(test|spec|bench)\.tsx?$/.test(path);

const problems = [];

/**
 * The folder table of docs/architecture.md, between its two marker comments: one row per
 * folder, `| \`folder\` | allowed, … | allowed for its tests, … |`, "—" for none.
 */
function readDirections() {
  if (!existsSync(docPath)) {
    problems.push(`${relative(root, docPath)}: missing (it holds the folder table this check reads)`);
    return null;
  }
  const text = readFileSync(docPath, 'utf8');
  const table = text.match(/<!-- folder-table -->([\s\S]*?)<!-- \/folder-table -->/)?.[1];
  if (!table) {
    problems.push(
      'docs/architecture.md: no folder table between <!-- folder-table --> and <!-- /folder-table -->',
    );
    return null;
  }
  const names = (cell) => [...cell.matchAll(/`([a-z]+)`/g)].map((m) => m[1]);
  const directions = new Map();
  for (const line of table.split('\n')) {
    const cells = line.split('|').slice(1, -1);
    if (cells.length < 3) continue;
    const [folder] = names(cells[0]);
    if (!folder) continue; // the header and its rule
    directions.set(folder, { shipped: new Set(names(cells[1])), tests: new Set(names(cells[2])) });
  }
  for (const [folder, { shipped, tests }] of directions)
    for (const other of [...shipped, ...tests])
      if (!directions.has(other))
        problems.push(
          `docs/architecture.md: the row of ${folder}/ names ${other}/, which has no row of its own`,
        );
  return directions;
}

function* sourceFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|mjs|js)$/.test(name)) yield path;
  }
}

/** Every module specifier a file names: static, type-only, re-exports and dynamic imports. */
function specifiers(text) {
  return [...text.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"\n]+)['"]/g)].map((m) => m[1]);
}

/** The top-level folder of src/ a relative specifier lands in (null outside src/). */
function targetFolder(file, spec) {
  const target = relative(join(root, 'src'), resolve(dirname(file), spec));
  if (target.startsWith('..') || target === '') return null;
  return target.split(sep)[0];
}

/** The file of src/sim a relative specifier names, if it is one. */
function simFile(file, spec) {
  const base = resolve(dirname(file), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

function checkImports(directions) {
  const src = join(root, 'src');
  for (const name of readdirSync(src).sort()) {
    const path = join(src, name);
    if (!statSync(path).isDirectory()) {
      problems.push(
        `src/${name}: every source file belongs in a folder of the table in docs/architecture.md`,
      );
    } else if (directions && !directions.has(name)) {
      problems.push(`src/${name}/: a folder docs/architecture.md's folder table does not know (add its row)`);
    }
  }
  for (const folder of readdirSync(src).sort()) {
    const dir = join(src, folder);
    if (!statSync(dir).isDirectory()) continue;
    const allowed = directions?.get(folder);
    const isCore = core.includes(folder);
    for (const file of sourceFiles(dir)) {
      const rel = relative(root, file);
      const isTest = isTestFile(file);
      const text = readFileSync(file, 'utf8');
      if (isCore && file.endsWith('.tsx'))
        problems.push(`${rel}: JSX is not allowed in the pure core (${folder}/)`);
      // Tests may use wall-clock time to bound runs; the rule is about the product code.
      if (isCore && !isTest)
        for (const [re, what] of forbiddenCalls) if (re.test(text)) problems.push(`${rel}: uses ${what}`);
      for (const spec of specifiers(text)) {
        if (isCore && uiModules.test(spec))
          problems.push(`${rel}: imports ${spec} (the pure core has no UI)`);
        if (!spec.startsWith('.')) continue;
        const to = targetFolder(file, spec);
        if (!to || to === folder) continue;
        if (folder === 'panels' && to === 'app')
          problems.push(
            `${rel}: imports '${spec}': panels/ never imports app/ (the app composes the panels)`,
          );
        else if (isCore && to === 'cli')
          problems.push(
            `${rel}: imports '${spec}': the pure core never imports cli/ (the CLI is built on it)`,
          );
        else if (allowed && !allowed.shipped.has(to) && !(isTest && allowed.tests.has(to)))
          problems.push(
            `${rel}: imports '${spec}': ${folder}/ may not import ${to}/` +
              (allowed.tests.has(to) ? ' (only its tests may)' : '') +
              ' (folder table in docs/architecture.md)',
          );
      }
    }
  }
}

/** Index just past the bracketed literal that opens at `start` (strings and comments skipped). */
function literalEnd(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      if (i < 0) return text.length;
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i) + 1;
      if (i <= 0) return text.length;
    } else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/**
 * Module-level mutable state in the engine's shipped files: a top-level `let`/`var`, or a
 * top-level `const` holding a new collection or a literal that is not `as const` or
 * frozen. Two simulations in one process (the worker's checkpoints, the tests) would share it.
 */
function checkSimState() {
  const dir = join(root, 'src', 'sim');
  if (!existsSync(dir)) return;
  for (const file of sourceFiles(dir)) {
    if (isTestFile(file)) continue;
    const rel = relative(root, file);
    const text = readFileSync(file, 'utf8');
    // Top-level statements start at the first column (Biome formats every file).
    const lineOf = (i) => text.slice(0, i).split('\n').length;
    for (const m of text.matchAll(/^(?:export\s+)?(?:declare\s+)?(let|var)\s+([\w$]+)/gm))
      problems.push(
        `${rel}:${lineOf(m.index)}: module-level \`${m[1]} ${m[2]}\` in src/sim (state belongs to a simulation)`,
      );
    for (const m of text.matchAll(/^(?:export\s+)?const\s+([\w$]+)[^=\n;]*?=(?!>)\s*/gm)) {
      const name = m[1];
      const where = `${rel}:${lineOf(m.index)}`;
      const init = m.index + m[0].length;
      const rest = text.slice(init);
      const made = rest.match(mutableNew);
      if (made) {
        problems.push(
          `${where}: module-level \`const ${name} = new ${made[1]}(…)\` in src/sim is shared mutable state`,
        );
      } else if (rest[0] === '[' || rest[0] === '{') {
        const end = literalEnd(text, init);
        const after = text.slice(end).match(/^[^;\n]*/)[0];
        if (!/\bas\s+const\b/.test(after))
          problems.push(
            `${where}: module-level \`const ${name}\` holds a mutable ${rest[0] === '[' ? 'array' : 'object'} literal ` +
              'in src/sim (make it `as const` or Object.freeze(…), or move it into the simulation)',
          );
      }
    }
  }
}

/** Import cycles between files of src/sim, type-only imports included (Tarjan's SCCs). */
function checkSimCycles() {
  const dir = join(root, 'src', 'sim');
  if (!existsSync(dir)) return;
  const graph = new Map();
  for (const file of sourceFiles(dir)) {
    const deps = new Set();
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = simFile(file, spec);
      if (target && !relative(dir, target).startsWith('..')) deps.add(target);
    }
    graph.set(file, [...deps]);
  }
  let index = 0;
  const order = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (v) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), order.get(w)));
    }
    if (low.get(v) === order.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(component);
    }
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  for (const component of components) {
    const names = component.map((f) => relative(dir, f)).sort();
    problems.push(`src/sim: import cycle between ${names.join(', ')} (type imports count too)`);
  }
}

if (!existsSync(join(root, 'src'))) {
  console.error(`Architecture check: no src/ under ${root}`);
  process.exit(2);
}
/** The folders of src/ the room server (server/) may import: the pure core and the room protocol. */
const serverMayImport = new Set([...core]);

function checkServer() {
  const server = join(root, 'server');
  if (existsSync(server))
    for (const file of sourceFiles(server))
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const to = targetFolder(file, spec);
        if (to && !serverMayImport.has(to))
          problems.push(
            `${relative(root, file)}: imports '${spec}': the room server may import only the pure core of src/ (${[...serverMayImport].join(', ')})`,
          );
      }
  const src = join(root, 'src');
  if (!existsSync(src)) return;
  for (const file of sourceFiles(src))
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = relative(root, resolve(dirname(file), spec));
      if (target === 'server' || target.startsWith(`server${sep}`))
        problems.push(`${relative(root, file)}: imports '${spec}': nothing in src/ imports the room server`);
    }
}

const directions = readDirections();
checkImports(directions);
checkServer();
checkSimState();
checkSimCycles();
if (problems.length) {
  console.error(`Architecture check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Architecture check passed.');
