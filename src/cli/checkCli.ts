/**
 * `npm run -s simulate -- --check <challenge-id | challenge.json> <solution.json> [--format table|json]`:
 * grades a solution against a challenge (docs/challenges.md, "Command line"). Its own exit
 * statuses: 0 goals met, 1 missed, 2 bad input (unknown challenge, unreadable or invalid
 * files, a solution that changed locked parts).
 */
import {
  CAMPAIGN,
  type Challenge,
  checkChallenge,
  decodeChallengeLink,
  getChallenge,
  parseChallenge,
  type Scorecard,
  startOf,
} from '../challenges';
import type { FaultlineDocument } from '../model';
import { jsonShapeProblem } from '../model/decode/jsonShape';
import { DECODE_LIMITS } from '../model/decode/limits';
import { formatScorecard } from './checkTable';
import { type FileAccess, loadDocument, looksLikePath, MAX_DOCUMENT_BYTES } from './loadDocument';
import type { CliPlan } from './runCli';
import { jsonForTerminal, terminalMessage } from './terminalText';

/** Exit statuses of `--check`. */
export const CHECK_EXIT = { passed: 0, missed: 1, badInput: 2 } as const;

export const CHECK_USAGE = `Usage: npm run -s simulate -- --check <challenge-id | challenge.json> <solution.json> [--format table|json]
       npm run -s simulate -- --check '<solution link>' [--format table|json]

  <challenge-id>    a built-in challenge, e.g. survive-redeploy
  <challenge.json>  a challenge written by hand (docs/challenges.md, "Format")
  <solution.json>   the learner's diagram
  <solution link>   a solution link (#c=<id>&d=… or #challenge=…&d=…, or the whole URL), quoted
  --format F        table (default): the scorecard for a person; json: the scorecard as JSON
Exit status: 0 goals met, 1 goals missed, 2 bad input (including a solution that changed locked parts).`;

/** Whether the command line was asked to check a solution. */
export function isCheckCommand(argv: readonly string[]): boolean {
  return argv.includes('--check');
}

function challengeList(): string {
  return CAMPAIGN.map((c) => `  ${c.id.padEnd(24)} ${c.difficulty.padEnd(7)} ${c.title}`).join('\n');
}

type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A built-in challenge by id, or a challenge file through its caps, strict UTF-8, shape scan, JSON and parseChallenge. */
function loadChallenge(
  target: string,
  files: FileAccess,
): Loaded<{ challenge: Challenge; start: FaultlineDocument }> {
  if (!looksLikePath(target)) {
    const challenge = getChallenge(target);
    if (!challenge)
      return {
        ok: false,
        message: `unknown challenge id "${target}" (a challenge file must end in .json). Built-in challenges:\n${challengeList()}`,
      };
    return { ok: true, value: { challenge, start: startOf(challenge) } };
  }
  let text: string;
  try {
    const size = files.size(target);
    if (size === null) return { ok: false, message: `no such file: ${target}` };
    if (size > MAX_DOCUMENT_BYTES)
      return {
        ok: false,
        message: `${target} is ${size} bytes; a challenge may be at most ${MAX_DOCUMENT_BYTES} bytes (5 MB)`,
      };
    const content = files.readBytes ? files.readBytes(target) : files.readText?.(target);
    if (content === undefined) throw new Error('no way to read files');
    text = typeof content === 'string' ? content : strictUtf8.decode(content);
  } catch (e) {
    return { ok: false, message: `cannot read ${target}: ${(e as Error).message}` };
  }
  if (jsonShapeProblem(text, DECODE_LIMITS))
    return { ok: false, message: `${target} is nested too deeply or holds too many values` };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, message: `${target} is not JSON: ${(e as Error).message}` };
  }
  const parsed = parseChallenge(value);
  if (!parsed.ok)
    return {
      ok: false,
      message: `${target} is not a valid challenge:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}`,
    };
  return { ok: true, value: { challenge: parsed.challenge, start: parsed.start } };
}

/** A challenge (id or file) and a solution file. */
function openFiles(challengeArg: string, solutionArg: string, files: FileAccess) {
  const challenge = loadChallenge(challengeArg, files);
  if (!challenge.ok) return challenge;
  const solution = loadDocument(solutionArg, files);
  if (!solution.ok) return { ok: false as const, message: solution.message };
  const notes = solution.warnings.map((w) => `note: ${w}\n`).join('');
  return { ok: true as const, value: { ...challenge.value, solution: solution.doc, notes } };
}

/** A solution link (`#c=<id>&d=…` or `#challenge=…&d=…`, or a whole URL), through decodeChallengeLink. */
function openLink(link: string) {
  const r = decodeChallengeLink(link);
  if (!r.ok) return { ok: false as const, message: r.message };
  if (!r.solution)
    return { ok: false as const, message: 'this challenge link holds no solution (no "&d=" part)' };
  const notes = r.warnings.map((w) => `note: ${w}\n`).join('');
  return {
    ok: true as const,
    value: { challenge: r.challenge, start: r.start, solution: r.solution, notes },
  };
}

/** The `--check` command as a plan (what to print, and the exit status). */
export function planCheck(argv: readonly string[], files: FileAccess): CliPlan {
  const said = (exitCode: number, stderr: string, stdout = ''): CliPlan => ({
    exitCode,
    stderr: terminalMessage(stderr),
    output: stdout ? [stdout] : [],
  });
  const usage = (error: string) => said(CHECK_EXIT.badInput, `error: ${error}\n\n${CHECK_USAGE}\n`);
  let format: 'table' | 'json' = 'table';
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') continue;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'table' && value !== 'json')
        return usage(`--format must be table or json, got "${value ?? ''}"`);
      format = value;
    } else if (arg === '--help' || arg === '-h') return said(CHECK_EXIT.passed, '', `${CHECK_USAGE}\n`);
    else if (arg.startsWith('--')) return usage(`${arg.split('=')[0]} cannot be used with --check`);
    else positional.push(arg);
  }
  let opened: Loaded<{
    challenge: Challenge;
    start: FaultlineDocument;
    solution: FaultlineDocument;
    notes: string;
  }>;
  if (positional.length === 1 && /#(c|challenge)=/i.test(positional[0])) opened = openLink(positional[0]);
  else if (positional.length === 2) opened = openFiles(positional[0], positional[1], files);
  else
    return usage(
      `--check needs a challenge and a solution (or a solution link), got ${positional.length} argument${positional.length === 1 ? '' : 's'}`,
    );
  if (!opened.ok) return said(CHECK_EXIT.badInput, `error: ${opened.message}\n`);
  const { challenge: c, start, solution, notes } = opened.value;
  const card: Scorecard = checkChallenge(c, solution, { start });
  const output =
    format === 'json'
      ? `${jsonForTerminal(JSON.stringify(card, null, 2))}\n`
      : formatScorecard(card, c.title);
  if (card.verdict === 'refused') {
    // The scorecard (stdout) lists what was changed; stderr says why the status is 2.
    const why = `${notes}error: the solution was refused: it changed ${card.refusals.length} locked part${card.refusals.length === 1 ? '' : 's'} of the challenge\n`;
    return { exitCode: CHECK_EXIT.badInput, stderr: terminalMessage(why), output: [output] };
  }
  return {
    exitCode: card.verdict === 'passed' ? CHECK_EXIT.passed : CHECK_EXIT.missed,
    stderr: terminalMessage(notes),
    output: [output],
  };
}
