/**
 * The scorecard example of docs/cli.md ("Checking a challenge's solution"): the first
 * level's own start, checked as if a learner had changed nothing, so every column shows.
 */
import { getChallenge } from '../../src/challenges';
import { type FileAccess, planCli } from '../../src/cli';

export function checkExample(): string {
  const start = JSON.stringify(getChallenge('survive-redeploy')?.start);
  const files: FileAccess = {
    size: (path) => (path === 'my-solution.json' ? start.length : null),
    readText: () => start,
  };
  const args = ['--check', 'survive-redeploy', 'my-solution.json'];
  const plan = planCli(args, files);
  if (plan.exitCode !== 1) throw new Error(`the check example exited ${plan.exitCode}: ${plan.stderr}`);
  return [
    `With the first level's starting diagram unchanged in \`my-solution.json\`,`,
    `\`npm run -s simulate -- ${args.join(' ')}\` exits 1 and shows:`,
    '',
    '```',
    [...plan.output].join('').replace(/\n$/, ''),
    '```',
  ].join('\n');
}
