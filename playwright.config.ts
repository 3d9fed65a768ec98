import { defineConfig, devices } from '@playwright/test';

/** A port of our own: 4173 (Vite's default preview port) may be taken on a shared machine. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 5199);
/**
 * The workshop room server's port (server/, `npm run room`): it serves the same build, the
 * room API and its WebSocket, so room specs open the app from here (same origin, as the
 * Content-Security-Policy requires). By default 101 above E2E_PORT, so parallel runs on their
 * own E2E_PORT do not collide.
 */
export const E2E_ROOM_PORT = Number(process.env.E2E_ROOM_PORT ?? E2E_PORT + 101);
/** The origin room specs open the app at. */
export const E2E_ROOM_URL = `http://127.0.0.1:${E2E_ROOM_PORT}`;

export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // The first visit loads the gallery and other parts lazily; a loaded CI machine needs room.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json']],
  // Not test-results/ itself: Playwright empties its output folder, and the unit results live there.
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    launchOptions: chromiumLaunch,
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } }],
  // Started in order: the first builds the app, the room server then serves that build.
  webServer: [
    {
      command: `npx vite build && npx vite preview --port ${E2E_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${E2E_PORT}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `npx tsx server/main.ts --no-build --port ${E2E_ROOM_PORT} --host 127.0.0.1`,
      url: `${E2E_ROOM_URL}/api/room/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
