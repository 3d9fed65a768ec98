import { expect, test } from './fixtures';
import { openEditor, ROOMY_VIEWPORT } from './helpers/editor';
import { clockSeconds, runControls, simulatedClock } from './helpers/run';

/**
 * Running to the end: the summary's code is already there when the run ends (it is fetched
 * once a run plays), and after a run to the end (which keeps fewer checkpoints on a long run)
 * the timeline still scrubs back to any time.
 */

test.use({ viewport: ROOMY_VIEWPORT });
test.setTimeout(120_000);

test('the summary is fetched while the run plays, before the run ends', async ({ page }) => {
  const summaryCode: string[] = [];
  page.on('request', (request) => {
    if (/RunSummary[^/]*\.js$/.test(request.url())) summaryCode.push(request.url());
  });
  await openEditor(page);
  await runControls(page).getByRole('button', { name: 'Play' }).click();
  await expect(simulatedClock(page)).toContainText('playing');
  await expect.poll(() => summaryCode.length, { timeout: 10_000 }).toBeGreaterThan(0);
  // Still playing a 60 s run at 1×: nothing has ended, no summary is shown.
  expect(await clockSeconds(page)).toBeLessThan(30);
  await expect(page.getByRole('dialog', { name: 'Run summary' })).toHaveCount(0);
  await runControls(page).getByRole('button', { name: 'Pause' }).click();
});

test('after a run to the end, the timeline scrubs back', async ({ page }) => {
  await openEditor(page);
  await runControls(page).getByRole('button', { name: 'Run to end' }).click();
  const summary = page.getByRole('dialog', { name: 'Run summary' });
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(simulatedClock(page)).toContainText('60.0 s / 60.0 s');
  await summary.getByRole('button', { name: 'Close summary' }).click();
  await expect(summary).toHaveCount(0);
  await page.getByRole('slider', { name: 'Timeline' }).fill('12300');
  await expect(simulatedClock(page)).toContainText('12.3 s / 60.0 s');
});
