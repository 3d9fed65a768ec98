import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type DecodeResult, DOCUMENT_VERSION, decode, encodeShareLink, parseDocument } from '..';
import corpus from '../fixtures/links-v1.json';
import { largestDocument } from '../fixtures/sampleDocuments';
import v1Example from '../fixtures/v1-example.json';
import { encodeBase64url } from './base64url';
import { checkFileSize } from './decode';
import { DECODE_ERROR_CODES, type DecodeErrorCode } from './decodeErrors';
import { DECODE_LIMITS } from './limits';
import { codec1 } from './linkCodecs';

const exampleStored = corpus.links[0].document;
const exampleJson = JSON.stringify(exampleStored);
const link = corpus.links[0].link;

/** A link whose payload is any JSON text, packed as codec 1 packs documents. */
const linkOf = (json: string) => `#d=1.${codec1.pack(json)}`;

function failure(r: DecodeResult, code: DecodeErrorCode) {
  if (r.ok) throw new Error('accepted');
  expect(r.error).toBe(code);
  expect(r.message.length).toBeGreaterThan(10);
  return r;
}

/** Runs `decode` and reports how long it took, so the hostile cases can print their times. */
function timed(input: Parameters<typeof decode>[0], source: Parameters<typeof decode>[1]) {
  const start = process.hrtime.bigint();
  const r = decode(input, source);
  return { r, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

describe('decode accepts every way in', () => {
  const doc = parseDocument(exampleStored);
  if (!doc.ok) throw new Error('fixture');

  it.each([
    ['link', link],
    ['file', exampleJson],
    ['file', new TextEncoder().encode(exampleJson)],
    ['file', new TextEncoder().encode(`\uFEFF${exampleJson}`).buffer],
    ['autosave', JSON.stringify(doc.doc)],
    ['paste', `  ${exampleJson}`],
    ['paste', `https://faultline.example/#${link.slice(1)}`],
  ] as const)('%s', (source, input) => {
    const r = decode(input, source);
    expect(r.ok && r.doc).toEqual(doc.doc);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('migrates an old file and says so', () => {
    const r = decode(JSON.stringify(v1Example), 'file');
    expect(r.ok && r.fromVersion).toBe(1);
    expect(r.ok && r.warnings).toEqual(['Upgraded from format 1 to 2.']);
  });
});

describe('each stage refuses with its own code and a message a person understands', () => {
  it('empty', () => {
    failure(decode('', 'link'), 'empty');
    expect(failure(decode('  \n', 'file'), 'empty').message).toBe('This file is empty.');
  });

  it('1: a link longer than 32 k characters, a file larger than 5 MB (also by size before reading)', () => {
    const long = failure(decode(`#d=1.${'A'.repeat(DECODE_LIMITS.linkChars)}`, 'link'), 'too-large');
    expect(long.message).toMatch(/too long/);
    const big = new Uint8Array(DECODE_LIMITS.fileBytes + 1);
    expect(failure(decode(big, 'file'), 'too-large').message).toMatch(/too large .*5 MB/);
    expect(checkFileSize(50 * 1024 * 1024)?.error).toBe('too-large');
    expect(checkFileSize(50 * 1024 * 1024)?.message).toBe(
      'This file is too large to be a Faultline diagram (50 MB; at most 5 MB).',
    );
    expect(checkFileSize(1000)).toBeNull();
    expect(checkFileSize(Number.NaN)?.error).toBe('too-large');
  });

  it('2: not a Faultline link; a codec from a newer Faultline; codecs are not looked up on objects', () => {
    for (const bad of [
      'https://example.com/',
      '#x=1.abc',
      '#d=abc',
      '#d=1',
      '#d=01.abc',
      '#d=.abc',
      '#d=1.abc&step=2',
    ]) {
      failure(decode(bad, 'link'), bad === '#d=1.abc&step=2' ? 'bad-characters' : 'not-a-link');
    }
    expect(failure(decode('#d=7.abcd', 'link'), 'unknown-codec').message).toBe(
      'This link was made with a newer Faultline. Open it in the latest version.',
    );
    for (const tag of ['__proto__', 'constructor', 'toString'])
      failure(decode(`#d=${tag}.abcd`, 'link'), 'not-a-link');
  });

  it('2: the key "D=" in upper case reads like "d="; the payload stays case-sensitive', () => {
    const upper = decode(`#D=${link.slice(3)}`, 'link');
    const lower = decode(link, 'link');
    expect(upper.ok && lower.ok && upper.doc).toEqual(lower.ok && lower.doc);
    expect(decode(`#D=${link.slice(3).toUpperCase()}`, 'link').ok).toBe(false);
  });

  it('3: strict base64url: foreign characters, padding; an impossible end means cut short', () => {
    const payload = link.slice(5);
    failure(decode(`#d=1.${payload.slice(0, 10)}+${payload.slice(11)}`, 'link'), 'bad-characters');
    failure(decode(`#d=1.${payload.slice(0, 10)}%2B${payload.slice(11)}`, 'link'), 'bad-characters');
    failure(decode(`#d=1.${payload}=`, 'link'), 'bad-characters');
    failure(decode(`#d=1.${payload.slice(0, 10)} ${payload.slice(10)}`, 'link'), 'bad-characters');
    failure(decode(`#d=1.${'A'.repeat(4 * 10 + 1)}`, 'link'), 'incomplete');
    failure(decode('#d=1.AB', 'link'), 'incomplete'); // "AB": spare bits of B are not zero
  });

  it('4: a cut link is "incomplete — ask the sender"; an altered one fails its checksum', () => {
    const cut = [1, 2, 3, 5, 8, 13, 40, 100].map((n) => decode(link.slice(0, -n), 'link'));
    for (const r of cut) {
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.message).toMatch(/^This link is incomplete .*— ask the sender for the whole link\.$/);
    }
    const payload = link.slice(5);
    const lastButOne = payload.length - 2;
    const altered = `${payload.slice(0, lastButOne)}${payload[lastButOne] === 'A' ? 'B' : 'A'}${payload.slice(-1)}`;
    failure(decode(`#d=1.${altered}`, 'link'), 'corrupt');
    failure(
      decode(`#d=1.${encodeBase64url(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))}`, 'link'),
      'corrupt',
    );
    // A zlib stream without codec 1's dictionary is refused, not guessed at.
    failure(
      decode(`#d=1.${encodeBase64url(zlibSync(new TextEncoder().encode(exampleJson)))}`, 'link'),
      'corrupt',
    );
  });

  it('4: a decompression bomb stops at the cap', () => {
    // 20 MB of spaces: its link fits in 32 k characters, so the inflate cap has to stop it.
    const { r, ms } = timed(linkOf(' '.repeat(20 * 1024 * 1024)), 'link');
    failure(r, 'unpacks-too-large');
    console.log(`20 MB bomb in a link: refused in ${ms.toFixed(1)} ms`);
  });

  it('5: bytes that are not UTF-8', () => {
    failure(decode(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'file'), 'not-text');
    // A lone surrogate written raw (CESU-style bytes ED A0 80) is not UTF-8 either.
    failure(decode(new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22]), 'file'), 'not-text');
  });

  it('6: nesting deeper than 64, checked before JSON.parse', () => {
    failure(decode(`{"version":2,"nodes":${'['.repeat(100)}${']'.repeat(100)}}`, 'file'), 'too-deep');
    // Brackets inside strings do not count.
    const inLabel = JSON.stringify({ ...exampleStored, title: '['.repeat(100) });
    expect(decode(inLabel, 'file').ok).toBe(true);
  });

  it('6: a list or object longer than the schema allows, or too many values in all', () => {
    const wide = `{"version":2,"nodes":[],"edges":[],${Array.from({ length: 100 }, (_, i) => `"k${i}":0`).join(',')}}`;
    failure(decode(wide, 'file'), 'too-many-values');
    const many = `{"version":2,"nodes":[${Array.from({ length: 200 }, () => `[${'0,'.repeat(1000)}0]`).join(',')}],"edges":[]}`;
    failure(decode(many, 'file'), 'too-many-values');
    // Commas inside strings do not count.
    expect(decode(JSON.stringify({ ...exampleStored, description: ','.repeat(1999) }), 'file').ok).toBe(true);
  });

  it('the largest document the schema allows passes every cap, as a file and as a link', () => {
    const doc = largestDocument();
    const file = timed(JSON.stringify(doc), 'file');
    expect(file.r.ok && file.r.doc).toEqual(doc);
    const link = encodeShareLink(doc);
    const viaLink = timed(link, 'link');
    if (link.length <= DECODE_LIMITS.linkChars) expect(viaLink.r.ok && viaLink.r.doc).toEqual(doc);
    else failure(viaLink.r, 'too-large');
    console.log(
      `largest document: ${JSON.stringify(doc).length} bytes decoded in ${file.ms.toFixed(1)} ms; its link has ${link.length} characters`,
    );
  });

  it('7: not JSON', () => {
    failure(decode('{"version": 2,', 'file'), 'not-json');
    expect(failure(decode('<html></html>', 'file'), 'not-json').message).toBe(
      'This file is not a Faultline diagram: it is not JSON.',
    );
  });

  it('8: JSON that is not a document; a future version', () => {
    expect(failure(decode('{"hello":"world"}', 'file'), 'not-a-document').message).toBe(
      'This file is not a Faultline diagram.',
    );
    failure(decode('[1,2,3]', 'autosave'), 'not-a-document');
    const future = failure(
      decode(linkOf(JSON.stringify({ ...exampleStored, version: DOCUMENT_VERSION + 1 })), 'link'),
      'future-version',
    );
    expect(future.message).toBe('This link was made with a newer Faultline. Open it in the latest version.');
  });

  it('8–9: a field that breaks its rule, with the field-level list in detail', () => {
    const bad = JSON.stringify({ ...exampleStored, nodes: [{ ...exampleStored.nodes[1], workers: 0 }] });
    const r = failure(decode(bad, 'file'), 'invalid-document');
    expect(r.detail).toEqual([
      { path: 'nodes[0].workers', message: 'must be a whole number from 1 to 10000' },
    ]);
    expect(r.message).toMatch(/nodes\[0\]\.workers: must be a whole number from 1 to 10000/);
  });

  it('10: parts that do not fit together', () => {
    const dangling = { ...exampleStored, edges: [{ ...exampleStored.edges[0], target: 'ghost' }] };
    const r = failure(decode(linkOf(JSON.stringify(dangling)), 'link'), 'broken-references');
    expect(r.detail).toEqual([{ path: 'edges[0].target', message: 'there is no node "ghost"' }]);
  });

  it('every code has a message for every source', () => {
    expect(new Set(DECODE_ERROR_CODES).size).toBe(DECODE_ERROR_CODES.length);
  });
});

describe('hostile inputs each get their error code (times printed, not asserted)', () => {
  const times: string[] = [];
  const expectCode = (
    name: string,
    input: Parameters<typeof decode>[0],
    source: 'link' | 'file',
    code: DecodeErrorCode,
  ) => {
    const { r, ms } = timed(input, source);
    failure(r, code);
    times.push(`${name} ${ms.toFixed(1)} ms`);
  };

  it('a 5-million-element array', () => {
    const items = new Array(5_000_000).fill('0').join(',');
    // As a file it is over 5 MB; within the size cap (2.5 M) the shape scan stops it before JSON.parse.
    expectCode('5M-element file', `{"version":2,"nodes":[${items}],"edges":[]}`, 'file', 'too-large');
    const half = new Array(2_500_000).fill('0').join(',');
    expectCode('2.5M-element file', `{"version":2,"nodes":[${half}],"edges":[]}`, 'file', 'too-many-values');
    expectCode(
      '5M-element link',
      linkOf(`{"version":2,"nodes":[${items}],"edges":[]}`),
      'link',
      'unpacks-too-large',
    );
    const small = new Array(300_000).fill('0').join(',');
    expectCode(
      '300k-element link',
      linkOf(`{"version":2,"nodes":[${small}],"edges":[]}`),
      'link',
      'too-many-values',
    );
  });

  it('10⁵-deep nesting', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expectCode('10^5-deep file', deep, 'file', 'too-deep');
    expectCode('10^5-deep link', linkOf(deep), 'link', 'too-deep');
  });

  it('a 100 MB decompression bomb', () => {
    const bomb = `#d=1.${codec1.pack(' '.repeat(100 * 1024 * 1024))}`;
    // Its link is far beyond 32 k characters; the cap on the unpacked size is tested above.
    expectCode('100 MB bomb link', bomb, 'link', 'too-large');
  });

  it('1e400', () => {
    expectCode('1e400', linkOf(exampleJson.replace('"x":280', '"x":1e400')), 'link', 'invalid-document');
  });

  it('lone surrogates', () => {
    expectCode(
      'lone surrogate',
      linkOf(exampleJson.replace('"label":"orders"', '"label":"\\ud800rders"')),
      'link',
      'invalid-document',
    );
  });

  it('duplicate ids', () => {
    expectCode(
      'duplicate ids',
      exampleJson.replace('"id":"payments"', '"id":"orders"'),
      'file',
      'broken-references',
    );
  });

  it('dangling edges', () => {
    expectCode(
      'dangling edge',
      exampleJson.replace('"target":"payments","kind":"rpc"', '"target":"ledger","kind":"rpc"'),
      'file',
      'broken-references',
    );
    console.log(`hostile inputs: ${times.join(', ')}`);
  });

  it('labels that look like markup are data, kept as they are', () => {
    const labels = [
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      '</text><script>alert(1)</script>',
    ];
    const doc = { ...exampleStored, nodes: exampleStored.nodes.map((n, i) => ({ ...n, label: labels[i] })) };
    const r = decode(linkOf(JSON.stringify(doc)), 'link');
    expect(r.ok && r.doc.nodes.map((n) => n.label)).toEqual(labels);
    const again = r.ok ? decode(encodeShareLink(r.doc), 'link') : r;
    expect(again.ok && again.doc.nodes.map((n) => n.label)).toEqual(labels);
  });
});
