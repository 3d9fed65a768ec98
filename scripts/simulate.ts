/**
 * `npm run simulate -- <document.json | scenario-id> [--seed N] [--duration S] [--format json|table]`
 * A thin wrapper: all the logic is in src/cli (tested there).
 */
import { readFileSync, statSync } from 'node:fs';
import { type FileAccess, runCli } from '../src/cli';

const files: FileAccess = {
  size(path) {
    try {
      const stat = statSync(path);
      return stat.isFile() ? stat.size : null;
    } catch {
      return null;
    }
  },
  readText: (path) => readFileSync(path, 'utf8'),
};

const result = runCli(process.argv.slice(2), files);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
