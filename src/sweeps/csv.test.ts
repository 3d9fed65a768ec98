import { describe, expect, it } from 'vitest';
import { csvText, tableCsv } from './csv';
import { sweepTable } from './resultTable';

describe('csvText', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvText('plain')).toBe('plain');
    expect(csvText('a,b')).toBe('"a,b"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvText('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvText('+1')).toBe("'+1");
    expect(csvText('-cmd')).toBe("'-cmd");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('\tx')).toBe("'\tx");
    expect(csvText('\rx')).toBe(`"'\rx"`);
  });
});

describe('tableCsv', () => {
  it('writes a header and one row per point with the spread columns, CRLF line ends', () => {
    const table = sweepTable(
      [{ path: 'edges.e.timeoutMs', label: 'e · Timeout', unit: 'ms' }],
      [[100], [-5]],
      [1, 2],
      [
        {
          point: 0,
          seed: 1,
          ok: true,
          summary: { values: { 'client.c.success': 0.5 }, collapsed: [], status: 'finished' },
        },
        {
          point: 0,
          seed: 2,
          ok: true,
          summary: { values: { 'client.c.success': 1 }, collapsed: ['c'], status: 'stopped: events' },
        },
        { point: 1, seed: 1, ok: false, error: 'x' },
      ],
    );
    expect(tableCsv(table)).toBe(
      [
        'edges.e.timeoutMs,runs,failed,stopped,client.c.success.mean,client.c.success.min,client.c.success.p10,client.c.success.median,client.c.success.p90,client.c.success.max,client.c.collapsed',
        '100,2,0,1,0.75,0.5,0.55,0.75,0.95,1,1',
        // Numbers stay numbers, even negative ones.
        '-5,0,1,0,,,,,,,0',
        '',
      ].join('\r\n'),
    );
  });
});
