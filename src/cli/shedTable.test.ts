import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const noFiles = { size: () => null, readText: () => '' };

describe('the command line reports shed requests', () => {
  it('lists "shed" among the causes of the death-spiral-fixed scenario, in the table and in the JSON', () => {
    const table = runCli(['death-spiral-fixed', '--format', 'table'], noFiles);
    expect(table.exitCode).toBe(0);
    const apiRow = table.stdout.split('\n').find((line) => /^\s*api\b/.test(line));
    expect(apiRow).toMatch(/shed/);
    const json = runCli(['death-spiral-fixed'], noFiles);
    const report = JSON.parse(json.stdout);
    expect(report.nodes.api.failedBy.shed).toBeGreaterThan(0);
    expect(report.clients.clients.failedBy.shed).toBeGreaterThan(0);
  });
});
