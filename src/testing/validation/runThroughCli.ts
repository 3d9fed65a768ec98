import { EXIT, runCli } from '../../cli';
import type { StoredDocument } from '../../model';
import type { Report } from '../../sim/report';

/**
 * Runs a document the way a user does (`npm run simulate -- doc.json --seed N`): through
 * the command line's function, from a JSON file, and reads back the JSON report it prints.
 */
export function runThroughCli(doc: StoredDocument | string, args: string[] = []): Report {
  const files =
    typeof doc === 'string'
      ? { size: () => null, readText: () => '' }
      : (() => {
          const text = JSON.stringify(doc);
          return { size: (p: string) => (p === 'case.json' ? text.length : null), readText: () => text };
        })();
  const target = typeof doc === 'string' ? doc : 'case.json';
  const result = runCli([target, ...args], files);
  if (result.exitCode !== EXIT.ok) {
    throw new Error(`simulate ${target} ${args.join(' ')} exited ${result.exitCode}: ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as Report;
}
