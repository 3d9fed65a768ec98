import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousA11yViolations } from './helpers/axe';
import { openEditor, openScenario, ROOMY_VIEWPORT, readAutosave } from './helpers/editor';
import { runControls } from './helpers/run';

/**
 * Seeds and sweeps in the browser (docs/sweeps.md, "In the browser"): the diagram runs over
 * many seeds in a pool of real Web Workers, with progress and Cancel; the spread shows as
 * one line per client and as bands on the success and latency charts.
 */

test.use({ viewport: ROOMY_VIEWPORT });
test.setTimeout(180_000);

const seedsPanel = (page: Page) => page.getByRole('dialog', { name: 'Seeds and sweeps' });

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
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Escape hides the panel; opening it again finds the results still there.
  await panel.getByRole('button', { name: 'Run 20 seeds' }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await runControls(page).getByRole('button', { name: 'Seeds and sweeps' }).click();
  await expect(lines.first()).toHaveText(/across 20 seeds/);
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

test('a sweep of retries 0..5 on the retry storm marks the tipping point; a point opens as a run; CSV and link', async ({
  page,
  browser,
}) => {
  await openEditor(page);
  await openScenario(page, 'A retry storm that does not end');
  const panel = await openSeeds(page);
  const vary = panel.getByRole('group', { name: 'Vary' });
  // Attempts count the first try: 1..6 attempts are 0..5 retries.
  await vary.getByLabel('Parameter').selectOption({ label: 'clients-api · Attempts' });
  await expect(vary.getByLabel('From')).toHaveValue('1');
  // A range outside the parameter's is refused in words, before anything runs.
  await vary.getByLabel('From').fill('0');
  await panel.getByRole('button', { name: 'Run sweep' }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    /^The sweep cannot run: clients-api · Attempts must stay from 1 to \d+, got 0\.\.\d+\.$/,
  );
  await expect(panel.getByRole('progressbar')).toHaveCount(0);
  await vary.getByLabel('From').fill('1');
  await vary.getByLabel('To').fill('6');
  await vary.getByLabel('Values').fill('6');
  await panel.getByLabel('Seeds of each value').fill('1..3');
  await panel.getByRole('button', { name: 'Run sweep' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '18 sweep runs done.' })).toBeVisible({
    timeout: 120_000,
  });

  // Without retries the api recovers after the slowdown; one retry is enough for a storm that never ends.
  await expect(panel.getByTestId('tipping-point')).toHaveText(
    /^Tipping point: between clients-api · Attempts 1 and 2, the median clients success goes from [\d.]+ % to [\d.]+ %\.$/,
  );
  await expect(panel.getByRole('img', { name: /against clients-api · Attempts/ })).toHaveAccessibleName(
    /tipping point marked between 1 and 2$/,
  );
  const rows = panel.getByRole('table', { name: /open a point as a run/ }).getByRole('row');
  await expect(rows).toHaveCount(7);
  await expect(panel.locator('tr[data-tipping="yes"]')).toHaveCount(2);

  // CSV: one row per value, the axis first.
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('a-retry-storm-that-does-not-end-sweep.csv');
  const csv = await readFile((await file.path()) as string, 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0].split(',').slice(0, 4)).toEqual([
    'edges.clients-api.retry.maxAttempts',
    'runs',
    'failed',
    'stopped',
  ]);
  expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(
    ['1', '2', '3', '4', '5', '6'].map((v) => `${v},3`),
  );

  // The link holds the diagram and the sweep: a fresh browser opens it with the sweep filled in.
  await panel.getByRole('button', { name: 'Copy sweep link' }).click();
  const link = await panel.getByLabel('Sweep link').inputValue();
  expect(link).toMatch(/#d=[^&]+&seeds=1..3&sweep=edges.clients-api.retry.maxAttempts%3D1..6%3A6$/);
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(link);
  const linked = seedsPanel(second);
  await expect(linked).toBeVisible({ timeout: 30_000 });
  await expect(linked.getByLabel('Seeds of each value')).toHaveValue('1..3');
  await expect(linked.getByRole('group', { name: 'Vary' }).getByLabel('To')).toHaveValue('6');
  await expect(
    linked.getByRole('status').filter({ hasText: 'The sweep from the link is ready' }),
  ).toBeVisible();
  await other.close();

  // A point opens as a run, one Undo away from the diagram it replaced.
  await panel.getByRole('button', { name: 'Open clients-api · Attempts = 1' }).click();
  await expect(page.getByText('Opened clients-api · Attempts = 1 with seed 1 as a run.')).toBeVisible();
  await expect(runControls(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  // The autosave leaves defaults out: one attempt (the default) is no maxAttempts at all.
  const savedAttempts = async () => {
    const edge = (await readAutosave(page))?.doc.edges[0] as { retry?: { maxAttempts?: number } } | undefined;
    return edge ? (edge.retry?.maxAttempts ?? 1) : null;
  };
  await expect.poll(savedAttempts).toBe(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(savedAttempts).toBe(3);

  // A click on the chart opens the point nearest to it: at the right end, six attempts.
  const chart = panel.getByRole('img', { name: /against clients-api · Attempts/ });
  const box = (await chart.boundingBox())!;
  await chart.click({ position: { x: box.width * 0.92, y: box.height / 3 } });
  await expect(page.getByText('Opened clients-api · Attempts = 6 with seed 1 as a run.')).toBeVisible();
  await expect.poll(savedAttempts).toBe(6);
});
