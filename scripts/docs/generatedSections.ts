/**
 * The examples in docs/cli.md and docs/document-format.md, made from what the code does
 * now: the command line's real output and the real parse of the first-visit example.
 * Each lives between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` markers;
 * `npm run docs:generate` rewrites them, and generatedSections.test.ts fails when the
 * committed docs differ from a fresh generation.
 */
import { type FileAccess, planCli } from '../../src/cli';
import { runSweepJobHere } from '../../src/cli/sweepCli';
import { CURRENT_LINK_CODEC, encodeShareLink, parseDocument, stripDefaults } from '../../src/model';
import { rpcChainRedeploy } from '../../src/scenarios/rpcChainRedeploy';

/** The generated files, relative to the repository root. */
export const GENERATED_DOCS = ['docs/cli.md', 'docs/document-format.md'] as const;

/** The examples run built-in scenarios only: no file is read. */
const noFiles: FileAccess = { size: () => null };

/** What `npm run -s simulate -- <args>` prints on stdout; throws if the command fails. */
function cliOutput(args: string[]): string {
  const plan = planCli(args, noFiles);
  if (plan.exitCode !== 0)
    throw new Error(`simulate ${args.join(' ')} exited ${plan.exitCode}: ${plan.stderr}`);
  return [...plan.output].join('');
}

/**
 * What `npm run -s simulate -- <args>` prints for a seed run or a sweep, its runs done in
 * this thread: the pool gives the same output for any --jobs (src/cli/sweepCli.test.ts).
 */
function sweepOutput(args: string[]): string {
  const plan = planCli(args, noFiles);
  if (!plan.sweep) throw new Error(`simulate ${args.join(' ')} is not a seed run or sweep: ${plan.stderr}`);
  const done = runSweepJobHere(plan.sweep);
  if (done.exitCode !== 0)
    throw new Error(`simulate ${args.join(' ')} exited ${done.exitCode}: ${done.stderr}`);
  return done.output;
}

function seedsExample(): string {
  const args = ['rpc-chain-redeploy', '--seeds', '1..20'];
  return [`\`npm run -s simulate -- ${args.join(' ')}\` prints:`, '', fence('', sweepOutput(args))].join(
    '\n',
  );
}

function sweepExample(): string {
  const args = ['retry-storm', '--seeds', '1..5', '--sweep', 'edges.clients-api.retry.maxAttempts=1..4:4'];
  const csvArgs = [...args, '--format', 'csv'];
  return [
    `\`npm run -s simulate -- ${args.join(' ')}\` prints:`,
    '',
    fence('', sweepOutput(args)),
    '',
    `and with \`--format csv\` (the header and the first two rows):`,
    '',
    fence('', sweepOutput(csvArgs).split('\r\n').slice(0, 3).join('\n')),
  ].join('\n');
}

/**
 * JSON laid out for reading: containers down to `open` levels one entry per line, deeper
 * ones on one line (`{ "mean": 35.4, "p50": 29.3 }`).
 */
export function readableJson(value: unknown, open = 2, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (open <= 0) return `[${value.map((v) => readableJson(v, 0)).join(', ')}]`;
    return `[\n${value.map((v) => inner + readableJson(v, open - 1, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const pair = ([k, v]: [string, unknown], o: number, ind: string) =>
      `${JSON.stringify(k)}: ${readableJson(v, o, ind)}`;
    if (open <= 0) return `{ ${entries.map((e) => pair(e, 0, '')).join(', ')} }`;
    return `{\n${entries.map((e) => inner + pair(e, open - 1, inner)).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body.replace(/\n$/, '')}\n\`\`\``;

function jsonReportExample(): string {
  const args = ['queue-redeploy', '--duration', '3'];
  const report = JSON.parse(cliOutput(args)) as { series: unknown[] };
  const rows = report.series.length;
  const abridged = { ...report, series: report.series.slice(0, 1) };
  return [
    `\`npm run -s simulate -- ${args.join(' ')}\` prints (laid out more compactly here, and`,
    `abridged: the first of its ${rows} \`series\` rows):`,
    '',
    fence('json', readableJson(abridged, 3)),
  ].join('\n');
}

function tableExample(): string {
  const args = ['rpc-chain-redeploy', '--format', 'table'];
  return [
    `For a quick look, \`npm run -s simulate -- ${args.join(' ')}\` prints:`,
    '',
    fence('', cliOutput(args)),
  ].join('\n');
}

/** The instances block the table gains when some service autoscales. */
function autoscaleTableExample(): string {
  const args = ['autoscale-surge', '--format', 'table'];
  const output = cliOutput(args);
  const start = output.indexOf('Instances (autoscaling)');
  if (start < 0) throw new Error('the autoscale-surge table shows no instances');
  const end = output.indexOf('\n\n', start);
  return [
    `When some service autoscales, the table gains a block of instances; for`,
    `\`npm run -s simulate -- ${args.join(' ')}\` it reads:`,
    '',
    fence('', output.slice(start, end < 0 ? undefined : end)),
  ].join('\n');
}

function firstVisitExample(): { stored: string; full: string; link: string } {
  const parsed = parseDocument(rpcChainRedeploy);
  if (!parsed.ok) throw new Error('the first-visit example does not parse');
  const link = encodeShareLink(parsed.doc);
  return {
    stored: fence('json', JSON.stringify(stripDefaults(parsed.doc), null, 2)),
    full: fence('json', JSON.stringify(parsed.doc, null, 2)),
    link: [
      `And as a share link (codec ${CURRENT_LINK_CODEC}, ${link.length} characters):`,
      '',
      fence('', `https://<host>/${link}`),
    ].join('\n'),
  };
}

/** Every generated section by name: the text between its markers. */
export function generatedSections(): Record<string, string> {
  const example = firstVisitExample();
  return {
    'cli-json-report': jsonReportExample(),
    'cli-table': tableExample(),
    'cli-autoscale-table': autoscaleTableExample(),
    'cli-seeds': seedsExample(),
    'cli-sweep': sweepExample(),
    'document-stored-form': example.stored,
    'document-full-form': example.full,
    'document-share-link': example.link,
  };
}

/**
 * `markdown` with every marked section replaced by its fresh text. Throws on a marker
 * without its end or a section name nothing generates, so a broken doc cannot pass.
 */
export function withGeneratedSections(markdown: string, sections: Record<string, string>): string {
  return markdown.replace(
    /<!-- generated:([a-z-]+) -->\n[\s\S]*?<!-- \/generated:([a-z-]+) -->/g,
    (_, name: string, end: string) => {
      if (name !== end) throw new Error(`generated section ${name} ends with the marker of ${end}`);
      if (!Object.hasOwn(sections, name)) throw new Error(`nothing generates the section ${name}`);
      return `<!-- generated:${name} -->\n${sections[name]}\n<!-- /generated:${name} -->`;
    },
  );
}

/** Names of the sections a markdown text marks. */
export function markedSections(markdown: string): string[] {
  return [...markdown.matchAll(/<!-- generated:([a-z-]+) -->/g)].map((m) => m[1]);
}
