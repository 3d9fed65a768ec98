import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { adler32 } from './adler32';
import { decodeBase64url, encodeBase64url } from './base64url';
import { inflateZlib } from './inflateCapped';
import { jsonShapeProblem } from './jsonShape';
import { DECODE_LIMITS } from './limits';

describe('base64url', () => {
  it('round-trips any bytes, with exactly one spelling', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeBase64url(text)).toEqual(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      }),
    );
  });

  it('refuses foreign characters, padding and impossible ends', () => {
    expect(decodeBase64url('ab+c')).toBe('character');
    expect(decodeBase64url('ab/c')).toBe('character');
    expect(decodeBase64url('abc=')).toBe('character');
    expect(decodeBase64url('ab c')).toBe('character');
    expect(decodeBase64url('abcé')).toBe('character');
    expect(decodeBase64url('abcde')).toBe('end');
    expect(decodeBase64url('AB')).toBe('end');
    expect(decodeBase64url('AQ')).toEqual(new Uint8Array([1]));
  });
});

describe('adler32', () => {
  it('matches the reference values', () => {
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(new Uint8Array(0))).toBe(1);
    // Long runs of 0xff exercise the modulo reductions.
    expect(adler32(new Uint8Array(100_000).fill(255))).toBe(adler32Reference(100_000));
  });
});

function adler32Reference(n: number): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < n; i++) {
    a = (a + 255) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

describe('inflateZlib', () => {
  const text = new TextEncoder().encode('the queue drains when payments is back '.repeat(50));

  it('inflates a zlib stream and checks its checksum', () => {
    const z = zlibSync(text, { level: 9 });
    const r = inflateZlib(z, 1e6);
    expect(r.ok && r.bytes).toEqual(text);
    const bad = z.slice();
    bad[bad.length - 1] ^= 1;
    expect(inflateZlib(bad, 1e6)).toMatchObject({
      ok: false,
      problem: 'corrupt',
      reason: 'checksum mismatch',
    });
  });

  it('reports a stream cut short as incomplete', () => {
    const z = zlibSync(text, { level: 9 });
    expect(inflateZlib(z.subarray(0, z.length - 12), 1e6)).toMatchObject({
      ok: false,
      problem: 'incomplete',
    });
    expect(inflateZlib(z.subarray(0, 5), 1e6)).toMatchObject({ ok: false, problem: 'incomplete' });
  });

  it('checks the dictionary the stream was made with', () => {
    const dictionary = new TextEncoder().encode('payments queue');
    const z = zlibSync(text, { level: 9, dictionary });
    expect(inflateZlib(z, 1e6, dictionary).ok).toBe(true);
    expect(inflateZlib(z, 1e6)).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(inflateZlib(z, 1e6, new TextEncoder().encode('other'))).toMatchObject({
      ok: false,
      problem: 'corrupt',
    });
  });

  it('stops a 100 MB decompression bomb at the cap', () => {
    const bomb = zlibSync(new Uint8Array(100 * 1024 * 1024), { level: 9 });
    const start = process.hrtime.bigint();
    const r = inflateZlib(bomb, DECODE_LIMITS.unpackedBytes);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    expect(r).toMatchObject({ ok: false, problem: 'too-large' });
    console.log(`100 MB bomb (${bomb.length} bytes packed) stopped at the 2 MB cap in ${ms.toFixed(1)} ms`);
  });
});

describe('jsonShapeProblem', () => {
  const bounds = { depth: 3, items: 4, members: 2, values: 20 };
  it.each([
    ['[[[]]]', null],
    ['[[[[]]]]', 'too-deep'],
    ['"[[[[[[[["', null],
    ['["\\"[[[[["]', null],
    ['[1,2,3,4]', null],
    ['[1,2,3,4,5]', 'too-many-values'],
    ['{"a":1,"b":2}', null],
    ['{"a":1,"b":2,"c":3}', 'too-many-values'],
    ['{"a":"1,2,3,4,5,6"}', null],
    [`[${'[1,2],'.repeat(10)}[]]`, 'too-many-values'],
    ['not json ]]]]', null],
  ] as const)('%s → %s', (text, problem) => {
    expect(jsonShapeProblem(text, bounds)).toBe(problem);
  });
});
