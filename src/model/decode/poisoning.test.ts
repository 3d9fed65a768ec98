import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decode, parseDocument } from '..';
import corpus from '../fixtures/links-v1.json';
import { codec1 } from './linkCodecs';

/**
 * zod keeps its own registry on globalThis (`__zod_*`) and vitest its state
 * (`__vitest_*`): neither is poisoning.
 */
const options = { ignoredRootRegex: /^(__zod|__vitest)/ };

let assertNoPoisoning: (o: typeof options) => void;
beforeAll(async () => {
  // Node materialises some globals (TextEncoder, AbortController…) on first use, and zod
  // fills its registry lazily: decode once, then take the snapshot of every global.
  decode(corpus.links[0].link, 'link');
  parseDocument({});
  ({ assertNoPoisoning } = await import('@fast-check/poisoning'));
});

const hostileKeys = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'polluted',
);

/** JSON text with hostile keys anywhere, including inside a valid document. */
const hostileJson = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .tuple(hostileKeys, hostileKeys, fc.jsonValue())
    .map(
      ([a, b, v]) =>
        `{"version":2,"nodes":[],"edges":[],"${a}":{"${b}":${JSON.stringify(v)},"polluted":true}}`,
    ),
  fc.tuple(fc.nat(), hostileKeys, fc.jsonValue()).map(([at, key, v]) => {
    const json = JSON.stringify(corpus.links[0].document);
    const braces = [...json.matchAll(/\{/g)].map((m) => m.index);
    const i = braces[at % braces.length] + 1;
    return `${json.slice(0, i)}"${key}":${JSON.stringify(v)},${json.slice(i)}`;
  }),
);

describe('prototype pollution sweep', () => {
  it('decoding hostile JSON from any way in never changes Object.prototype or other globals', () => {
    fc.assert(
      fc.property(hostileJson, fc.constantFrom('file', 'autosave', 'paste', 'link'), (json, source) => {
        decode(source === 'link' ? `#d=1.${codec1.pack(json)}` : json, source);
        assertNoPoisoning(options);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('parsing hostile objects (null prototypes, odd keys) never changes globals', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withObjectString: true,
          key: fc.oneof(fc.string(), hostileKeys),
        }),
        (value) => {
          parseDocument(value);
          parseDocument({ version: 2, nodes: [value], edges: [] });
          parseDocument({ version: 1, nodes: [], edges: [], seed: value });
          assertNoPoisoning(options);
        },
      ),
      { numRuns: 500 },
    );
  });
});
