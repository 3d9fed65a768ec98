import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, FRAMEABLE_NAVIGATION, securityHeadersFor } from './securityHeaders';

describe('securityHeadersFor', () => {
  it('forbids framing the editor and any other page', () => {
    for (const url of ['/', '/?theme=dark', '/?compare', '/?embed=0', '/assets/simulation.worker-abc.js'])
      expect(securityHeadersFor(url)['Content-Security-Policy'], url).toBe(
        `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      );
  });

  it('leaves the embedded player frameable', () => {
    for (const url of ['/?embed', '/?embed&autoplay', '/?theme=dark&embed=1', '/app/?embed#d=1.abc'])
      expect(securityHeadersFor(url)['Content-Security-Policy'], url).toBe(CONTENT_SECURITY_POLICY);
  });

  it('starts workers from the site itself only, not from blob: URLs', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/worker-src[^;]*blob:/);
  });

  it('says nosniff on every response', () => {
    expect(securityHeadersFor('/')['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('FRAMEABLE_NAVIGATION', () => {
  /** What Workbox tests a navigation's denylist against: the path and the query. */
  const pathAndQuery = (url: string) => {
    const u = new URL(url, 'https://faultline.test');
    return u.pathname + u.search;
  };

  it('sends every frameable page to the network, never to the cached editor page', () => {
    for (const url of ['/?embed', '/?embed&linked', '/?compare&embed', '/?theme=dark&EMBED=1', '/?%65mbed'])
      expect(FRAMEABLE_NAVIGATION.test(pathAndQuery(url)), url).toBe(true);
  });

  it('leaves the editor and its links to the cache (they open offline)', () => {
    for (const url of ['/', '/?theme=dark', '/?compare', '/?present&step=2', '/#d=2.embed'])
      expect(FRAMEABLE_NAVIGATION.test(pathAndQuery(url)), url).toBe(false);
  });

  it('covers every query the headers make frameable', () => {
    const word = fc.constantFrom(
      'embed',
      'Embed',
      'e%6Dbed',
      '%65mbed',
      'linked',
      'theme',
      'x',
      '',
      '1',
      'yes',
      '=',
    );
    const query = fc.array(fc.tuple(word, fc.constantFrom('', '=')), { maxLength: 4 }).map((parts) => {
      const [keys, vals] = [parts.map((p) => p[0]), parts.map((p) => p[1])];
      return `?${keys.map((k, i) => `${k}${vals[i]}${i % 2 ? '1' : ''}`).join('&')}`;
    });
    fc.assert(
      fc.property(query, (search) => {
        const url = `/${search}`;
        const frameable = !securityHeadersFor(url)['Content-Security-Policy'].includes('frame-ancestors');
        if (frameable) expect(FRAMEABLE_NAVIGATION.test(pathAndQuery(url)), url).toBe(true);
      }),
    );
  });
});
