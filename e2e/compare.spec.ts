import { expect, openApp, test } from './fixtures';
import { seriousA11yViolations } from './helpers/axe';

test('?compare shows both runs and the diff of their summaries', async ({ page }) => {
  await page.goto('/?compare=rpc-chain-redeploy,queue-redeploy');
  await expect(
    page.getByRole('heading', { name: /Compare: RPC chain under redeploy vs The same with a queue/ }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Left: RPC chain under redeploy' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Right: The same with a queue' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Summary of both runs' });
  await expect(table).toBeVisible({ timeout: 45_000 });
  // The RPC chain loses requests to the redeploy; the queue absorbs it.
  await expect(page.getByTestId('compare-summary')).toContainText(/client failures: [1-9]\d* vs 0/);
  await expect(table.getByRole('row', { name: /^p99 latency: \d+ ms vs \d+ ms$/ })).toBeVisible();
  await expect(page.getByTestId('moment-left')).toContainText('failed so far');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('one clock plays, pauses, steps and scrubs both live players together', async ({ page }) => {
  await page.goto('/?compare=rpc-chain-redeploy,queue-redeploy');
  const left = page.frameLocator('iframe[title="Left player: RPC chain under redeploy"]');
  const right = page.frameLocator('iframe[title="Right player: The same with a queue"]');
  // Each side is the live player: its diagram, with no time controls of its own.
  await expect(left.getByTestId('rf__node-payments')).toBeVisible();
  await expect(right.getByTestId('rf__node-payments')).toBeVisible();
  await expect(left.getByRole('button', { name: 'Play' })).toHaveCount(0);
  const clock = page.getByTestId('shared-clock');
  await expect(clock).toHaveText('0.0 s / 60.0 s');

  await page.getByLabel('Speed').selectOption('10');
  await page.getByRole('button', { name: 'Play both' }).click();
  await expect(page.getByRole('button', { name: 'Pause both' })).toBeVisible();
  await expect.poll(async () => parseFloat((await clock.textContent()) ?? '0')).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Pause both' }).click();
  // Paused, both sides rest at the same instant.
  const clocks = async () => [
    await left.getByTestId('embed-clock').textContent(),
    await right.getByTestId('embed-clock').textContent(),
    await clock.textContent(),
  ];
  await expect.poll(async () => new Set(await clocks()).size).toBe(1);
  const pausedAt = parseFloat((await clock.textContent()) ?? '0');

  await page.getByRole('button', { name: 'Step both 1 s' }).click();
  await expect(clock).toHaveText(`${(pausedAt + 1).toFixed(1)} s / 60.0 s`);
  await expect(left.getByTestId('embed-clock')).toHaveText(`${(pausedAt + 1).toFixed(1)} s / 60.0 s`);
  await expect(right.getByTestId('embed-clock')).toHaveText(`${(pausedAt + 1).toFixed(1)} s / 60.0 s`);

  // Scrub both into the redeploy: payments restarts on both sides; only the queue holds work.
  await page.getByLabel(/One clock for both runs/).fill('25');
  await expect(clock).toHaveText('25.0 s / 60.0 s');
  await expect(left.getByTestId('embed-clock')).toHaveText('25.0 s / 60.0 s');
  await expect(right.getByTestId('embed-clock')).toHaveText('25.0 s / 60.0 s');
  await expect(page.getByTestId('moment-left')).toContainText('At 25 s');
  await expect(page.getByTestId('moment-right')).toContainText('waiting in queues');
});

test('"Compare RPC vs queue" opens the pair in one click from the first-visit gallery', async ({ page }) => {
  await openApp(page);
  await page
    .getByRole('dialog', { name: 'Scenarios' })
    .getByRole('button', { name: 'Compare RPC vs queue' })
    .click();
  await expect(page.getByTestId('compare-summary')).toContainText(/client failures: [1-9]\d* vs 0/, {
    timeout: 45_000,
  });
  await page.getByRole('button', { name: 'Back to the editor' }).click();
  await expect(page.getByTestId('compare-summary')).toHaveCount(0);
  await expect(page).toHaveTitle('RPC chain under redeploy — Faultline');
});
