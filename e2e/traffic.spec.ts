import { expect, test } from './fixtures';
import { seriousA11yViolations } from './helpers/axe';
import { node, openEditor, ROOMY_VIEWPORT } from './helpers/editor';
import { clockSeconds, runControls, simulatedClock } from './helpers/run';

/**
 * Traffic over time, as a person meets it: a preset fills a client's rate schedule in the
 * inspector, and during the run the client shows the rate it sends at; a client switched to
 * a closed loop shows its users instead of a rate.
 */

test.use({ viewport: ROOMY_VIEWPORT });
test.setTimeout(120_000);

/** The rate a client's live badge shows ("now 87 req/s"), or NaN. */
async function shownRate(page: import('@playwright/test').Page): Promise<number> {
  const text = (await page.getByTestId('node-run-client').textContent()) ?? '';
  const m = /now ([\d,.]+) req\/s/.exec(text);
  return m ? Number(m[1].replace(',', '')) : Number.NaN;
}

test('a ramp preset makes the client’s rate climb during the run', async ({ page }) => {
  await openEditor(page);
  await node(page, 'client').click();
  const traffic = page.getByRole('group', { name: 'Rate over time' });
  await traffic.getByLabel('Schedule').check();
  await traffic.getByRole('button', { name: 'Ramp' }).click();
  // From 50 req/s, up to three times that over the middle of the run.
  await expect(traffic.getByLabel('Point 1 rate')).toHaveValue('50');
  await expect(traffic.getByLabel('Point 3 rate')).toHaveValue('150');
  await expect(node(page, 'client')).toContainText('50–150 req/s over time');

  const controls = runControls(page);
  await controls.getByRole('combobox', { name: 'Speed' }).selectOption('10');
  await controls.getByRole('button', { name: 'Play' }).click();
  await expect(simulatedClock(page)).toContainText('playing');
  await expect.poll(() => shownRate(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(50);
  await expect.poll(() => clockSeconds(page), { timeout: 60_000 }).toBeGreaterThan(40);
  // 50 → 150 req/s between 6 s and 54 s: past 40 s it sends above 110.
  await expect.poll(() => shownRate(page), { timeout: 30_000 }).toBeGreaterThan(110);
});

test('a client switched to a closed loop shows its users, on the canvas and while running', async ({
  page,
}) => {
  await openEditor(page);
  await node(page, 'client').click();
  await page.getByLabel('Client model').selectOption('closed');
  await expect(page.getByLabel('Arrival rate')).toHaveCount(0);
  const users = page.getByLabel('Users', { exact: true });
  await users.fill('20');
  await expect(node(page, 'client')).toContainText('20 users');
  await page.getByLabel('Mean think time').fill('200');
  await expect(node(page, 'client')).toContainText('think 200 ms');

  await runControls(page).getByRole('button', { name: 'Play' }).click();
  await expect(simulatedClock(page)).toContainText('playing');
  await expect(page.getByTestId('node-run-client')).toContainText('20 users');
});

test('the schedule editor and the trace box pass an accessibility scan, and a wrong trace says which line', async ({
  page,
}) => {
  await openEditor(page);
  await node(page, 'client').click();
  const traffic = page.getByRole('group', { name: 'Rate over time' });
  await traffic.getByLabel('Schedule').check();
  await traffic.getByRole('button', { name: 'Spike' }).click();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await traffic.getByLabel('Per-second trace').check();
  await traffic.getByLabel('Per-second rates (req/s)').fill('40\n45\nfifty\n');
  await traffic.getByRole('button', { name: 'Use trace' }).click();
  await expect(traffic.getByRole('alert')).toHaveText(
    'Trace: line 3: "fifty" is not a rate from 0 to 1000000 req/s.',
  );
  expect(await seriousA11yViolations(page)).toEqual([]);
  await traffic.getByLabel('Per-second rates (req/s)').fill('40\n45\n50\n');
  await traffic.getByRole('button', { name: 'Use trace' }).click();
  await expect(node(page, 'client')).toContainText('rate trace · poisson');
});
