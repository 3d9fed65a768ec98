import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, securityHeadersFor } from './securityHeaders';

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
