import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunch } from './playwright.config';

/**
 * `npm run bench:ui`: the UI benchmark (e2e-bench/, docs/performance.md). It builds and serves
 * the app like the e2e suite, on a port of its own, runs one test at a time (timings from
 * two parallel browsers on a shared machine would measure each other), and prints figures.
 */
const BENCH_PORT = Number(process.env.BENCH_PORT ?? 5197);

export default defineConfig({
  testDir: 'e2e-bench',
  testMatch: '**/*.bench.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 300_000,
  reporter: [['list']],
  outputDir: 'test-results/bench-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${BENCH_PORT}`,
    launchOptions: chromiumLaunch,
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } }],
  webServer: {
    command: `npx vite build && npx vite preview --port ${BENCH_PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${BENCH_PORT}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
