import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../scripts/securityHeaders';
import { type RunningRoomServer, startRoomServer } from './roomServer';

describe('the room server serving the app', () => {
  let server: RunningRoomServer;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'faultline-room-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'export {};');
    server = await startRoomServer({ quiet: true, distDir: dist });
  });
  afterAll(() => server.close());

  it('sends the same security headers as vite preview', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-security-policy')).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const embed = await fetch(`${server.url}/?embed`);
    expect(embed.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const script = await fetch(`${server.url}/assets/app-1234.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(script.headers.get('content-security-policy')).toContain("require-trusted-types-for 'script'");
  });

  it("answers the app's own routes with index.html, and never leaves the build folder", async () => {
    expect(await (await fetch(`${server.url}/?room=AAAAAAAAAAAAAAAAAAAAAA`)).text()).toContain(
      '<title>app</title>',
    );
    const outside = await fetch(`${server.url}/..%2F..%2Fetc%2Fpasswd`);
    expect(await outside.text()).not.toContain('root:');
    expect((await fetch(`${server.url}/api/room/nothing`)).status).toBe(404);
    const health = await (await fetch(`${server.url}/api/room/health`)).json();
    expect(health).toMatchObject({ protocol: 1, persistent: false });
  });
});
