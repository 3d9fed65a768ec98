import { describe, expect, it } from 'vitest';
import { getChallenge } from '../challenges';
import { REFERENCE_SOLUTIONS } from '../challenges/campaign/referenceSolutions';
import { defineChallenge } from '../challenges/format';
import { encodeCustomSolutionLink, encodeSolutionLink } from '../challenges/links';
import { parseDocument } from '../model';
import { CHECK_EXIT } from './checkCli';
import type { FileAccess } from './loadDocument';
import { runCli } from './runCli';

function memoryFiles(files: Record<string, string>): FileAccess {
  return {
    size: (path) => (Object.hasOwn(files, path) ? files[path].length : null),
    readText(path) {
      if (!Object.hasOwn(files, path)) throw new Error('ENOENT');
      return files[path];
    },
  };
}

const redeploy = getChallenge('survive-redeploy')!;
const reference = REFERENCE_SOLUTIONS['survive-redeploy'];
const files = memoryFiles({
  'start.json': JSON.stringify(redeploy.start),
  'reference.json': JSON.stringify(reference),
  'tampered.json': JSON.stringify({ ...reference, scenario: { ...reference.scenario, faults: [] } }),
  'challenge.json': JSON.stringify(defineChallenge({ ...redeploy, id: 'written', title: 'Written by hand' })),
  'bad-challenge.json': JSON.stringify({ ...redeploy, seeds: [1] }),
  'not-json.json': '{',
});

describe('--check', () => {
  it('prints the scorecard and exits 0 when the goals are met', () => {
    const r = runCli(['--check', 'survive-redeploy', 'reference.json'], files);
    expect(r.exitCode).toBe(CHECK_EXIT.passed);
    expect(r.stdout).toMatch(/^Survive a redeploy \(survive-redeploy\): PASSED, 3 stars\n/);
    expect(r.stdout).toMatch(/Client success ≥ 100 % \(all clients\)\s+met\s+100 %/);
    expect(r.stdout).toMatch(/Cost: \$210 per month \(budget \$300 per month\)/);
    expect(r.stderr).toBe('');
  });

  it('exits 1 when a goal is missed, with the moment it broke', () => {
    const r = runCli(['--check', 'survive-redeploy', 'start.json'], files);
    expect(r.exitCode).toBe(CHECK_EXIT.missed);
    expect(r.stdout).toMatch(/MISSED, 0 stars/);
    expect(r.stdout).toMatch(/client success fell to [\d.]+ % at 20 s: payments redeploy/);
  });

  it('prints the scorecard as JSON with --format json', () => {
    const r = runCli(['--check', 'challenge.json', 'reference.json', '--format', 'json'], files);
    expect(r.exitCode).toBe(CHECK_EXIT.passed);
    const card = JSON.parse(r.stdout);
    expect(card).toMatchObject({
      challengeId: 'written',
      verdict: 'passed',
      stars: 3,
      seeds: [1, 2, 3, 4, 5],
    });
    expect(card.goals.map((g: { met: boolean }) => g.met)).toEqual([true, true, true]);
  });

  it('exits 2 for a tampered solution, naming what changed', () => {
    const r = runCli(['--check', 'survive-redeploy', 'tampered.json'], files);
    expect(r.exitCode).toBe(CHECK_EXIT.badInput);
    expect(r.stdout).toMatch(/REFUSED/);
    expect(r.stdout).toMatch(/- the fault timeline was changed/);
    expect(r.stderr).toBe('error: the solution was refused: it changed 1 locked part of the challenge\n');
  });

  it('exits 2 for bad input: unknown challenge, invalid challenge, missing or invalid solution, bad arguments', () => {
    const status = (argv: string[]) => runCli(argv, files);
    expect(status(['--check', 'nope', 'reference.json']).stderr).toMatch(/unknown challenge id "nope"/);
    expect(status(['--check', 'bad-challenge.json', 'reference.json']).stderr).toMatch(
      /bad-challenge.json is not a valid challenge:\n {2}challenge seeds: needs at least 5 seeds/,
    );
    expect(status(['--check', 'survive-redeploy', 'missing.json']).stderr).toMatch(
      /no such file: missing.json/,
    );
    expect(status(['--check', 'survive-redeploy', 'not-json.json']).stderr).toMatch(
      /not a valid Faultline document/,
    );
    expect(status(['--check', 'survive-redeploy']).stderr).toMatch(
      /--check needs a challenge and a solution \(or a solution link\), got 1 argument/,
    );
    expect(status(['--check', 'survive-redeploy', 'reference.json', '--seed', '3']).stderr).toMatch(
      /--seed cannot be used with --check/,
    );
    for (const argv of [
      ['--check', 'nope', 'reference.json'],
      ['--check', 'bad-challenge.json', 'reference.json'],
      ['--check', 'survive-redeploy', 'missing.json'],
      ['--check', 'survive-redeploy'],
      ['--check', 'a', 'b', '--format', 'xml'],
    ])
      expect(status(argv).exitCode).toBe(CHECK_EXIT.badInput);
  });

  it('checks a solution link: a built-in challenge by id, or a written one whole', () => {
    const parsed = parseDocument(reference);
    if (!parsed.ok) throw new Error('invalid');
    const link = `https://example.org/${encodeSolutionLink('survive-redeploy', parsed.doc)}`;
    const r = runCli(['--check', link], files);
    expect(r.exitCode).toBe(CHECK_EXIT.passed);
    expect(r.stdout).toMatch(/^Survive a redeploy \(survive-redeploy\): PASSED/);
    const written = defineChallenge({ ...redeploy, id: 'by-link', title: 'By link' });
    const custom = runCli(['--check', encodeCustomSolutionLink(written, parsed.doc), '--format=json'], files);
    expect(JSON.parse(custom.stdout)).toMatchObject({ challengeId: 'by-link', verdict: 'passed' });
    const bare = runCli(['--check', '#c=survive-redeploy'], files);
    expect(bare.exitCode).toBe(CHECK_EXIT.badInput);
    expect(bare.stderr).toMatch(/holds no solution/);
    expect(runCli(['--check', '#c=nope&d=2.AAAA'], files).stderr).toMatch(/There is no challenge "nope"/);
  });
});
