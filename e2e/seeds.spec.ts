import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openEditor, ROOMY_VIEWPORT } from './helpers/editor';
import { runControls } from './helpers/run';

/**
 * Seeds and sweeps in the browser (docs/sweeps.md, "In the browser"): the diagram runs over
 * many seeds in a pool of real Web Workers, with progress and Cancel; the spread shows as
 * one line per client and as bands on the success and latency charts.
 */

test.use({ viewport: ROOMY_VIEWPORT });
test.setTimeout(180_000);

const seedsPanel = (page: Page) => page.getByRole('dialog', { name: 'Seeds and sweeps' });

async function openScenario(page: Page, title: string) {
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const gallery = page.getByRole('dialog', { name: 'Scenarios' });
  await gallery.getByRole('button', { name: `Open ${title}` }).click();
  await expect(gallery).toBeHidden();
}

async function openSeeds(page: Page) {
  await runControls(page).getByRole('button', { name: 'Seeds and sweeps' }).click();
  await expect(seedsPanel(page)).toBeVisible();
  return seedsPanel(page);
}

test('Run 20 seeds shows progress, then one line per client and the bands on the charts', async ({
  page,
}) => {
  await openEditor(page);
  await openScenario(page, 'RPC chain under redeploy');
  const panel = await openSeeds(page);
  await expect(panel.getByLabel('Number of seeds')).toHaveValue('20');
  await panel.getByRole('button', { name: 'Run 20 seeds' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '20 runs done.' })).toBeVisible({
    timeout: 120_000,
  });
  const lines = panel.getByRole('list', { name: 'Spread per client' }).getByRole('listitem');
  await expect(lines.first()).toHaveText(/success \d+\.\d % \(\d+\.\d–\d+\.\d across 20 seeds\)/);
  const success = panel.getByRole('img', { name: /success \(%\) across 20 runs/ });
  await expect(success).toHaveAccessibleName(
    /p10–p90 band [\d.]+ % to [\d.]+ %, min–max band [\d.]+ % to [\d.]+ %/,
  );
  await expect(panel.getByRole('img', { name: /latency p99 \(ms\) across 20 runs/ })).toBeVisible();
  // The bands are drawn: uPlot's canvas is in the figure.
  await expect(panel.getByTestId('band-chart').first().locator('canvas')).toBeVisible();
});

test('Cancel stops the runs and says how many had ended', async ({ page }) => {
  await openEditor(page);
  await openScenario(page, 'RPC chain under redeploy');
  const panel = await openSeeds(page);
  await panel.getByLabel('Number of seeds').fill('500');
  await panel.getByRole('button', { name: 'Run 500 seeds' }).click();
  await expect(panel.getByRole('progressbar', { name: 'runs done' })).toBeVisible();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('status')).toHaveText(/^Cancelled after \d+ of 500 runs\.$/);
  await expect(panel.getByRole('progressbar')).toHaveCount(0);
  // The seeds can run again afterwards.
  await expect(panel.getByRole('button', { name: 'Run 500 seeds' })).toBeEnabled();
});
