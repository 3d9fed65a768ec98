import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_VISIT_BUDGET_KB, formatFirstVisit, INTERACTIVE_MARK, serveDist } from './firstVisit.mjs';

describe('the first-visit measurement', () => {
  it('serves the built files, logs every request in order, and answers the interactive marker', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'faultline-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html>');
    writeFileSync(join(dist, 'a.js'), 'export const a = 1;');
    const served = await serveDist(`${dist}/`);
    try {
      expect((await fetch(`${served.url}/`)).status).toBe(200);
      const js = await fetch(`${served.url}/a.js`);
      expect(js.headers.get('content-type')).toContain('javascript');
      expect((await fetch(`${served.url}${INTERACTIVE_MARK}`)).status).toBe(204);
      expect((await fetch(`${served.url}/missing.js`)).status).toBe(404);
      expect((await fetch(`${served.url}/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
      expect(served.log.slice(0, 4)).toEqual(['/', '/a.js', INTERACTIVE_MARK, '/missing.js']);
    } finally {
      await served.close();
    }
  });

  it('says OVER when the JavaScript before interactive exceeds the budget', () => {
    const visit = (kb: number) => ({
      scripts: [{ path: '/assets/index.js', gzipBytes: kb * 1000 }],
      totalKb: kb,
      later: [],
    });
    expect(formatFirstVisit(visit(FIRST_VISIT_BUDGET_KB)).join('\n')).toContain('within');
    expect(formatFirstVisit(visit(FIRST_VISIT_BUDGET_KB + 1)).join('\n')).toContain('OVER');
  });
});
