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
  await expect(page.getByTestId('moment-right')).toContainText('waiting in queues');
  expect(await seriousA11yViolations(page)).toEqual([]);
  // One clock for both.
  await page.getByLabel(/One clock for both runs/).fill('25');
  await expect(page.getByTestId('moment-left')).toContainText('At 25 s');
  await expect(page.getByTestId('moment-right')).toContainText('At 25 s');
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
