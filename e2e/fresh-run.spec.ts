import type { Page } from '@playwright/test';
import { queueRedeploy } from '../src/scenarios/queueRedeploy';
import { expect, test } from './fixtures';
import { node, openEditor, ROOMY_VIEWPORT } from './helpers/editor';
import { openDiagramFile, writeTestFile } from './helpers/files';
import { clockSeconds, runControls, simulatedClock } from './helpers/run';

/**
 * The run shown is always the run of the diagram shown: opening another document (a
 * scenario from the gallery, a file through Open…) starts a fresh run of it, with nothing
 * of the old run's clock, log, marks or captions left over.
 */

test.use({ viewport: ROOMY_VIEWPORT });
test.setTimeout(120_000);

/** The failure line the RPC chain's redeploy writes, impossible in the queue diagram. */
const RPC_FAILURE = /orders → payments: connection refused/;

/** Plays the first-visit RPC chain at 5× until its redeploy has made clients fail, then pauses. */
async function playRpcChainPastItsFailures(page: Page): Promise<void> {
  const controls = runControls(page);
  await controls.getByRole('combobox', { name: 'Speed' }).selectOption('5');
  await controls.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('log').getByRole('button', { name: RPC_FAILURE }).first()).toBeVisible({
    timeout: 30_000,
  });
  await expect.poll(() => clockSeconds(page), { timeout: 30_000 }).toBeGreaterThan(26);
  await controls.getByRole('button', { name: 'Pause' }).click();
  await expect(simulatedClock(page)).toContainText('paused');
}

/** What a fresh run of the queue diagram shows before Play, and that Play then runs it. */
async function expectFreshQueueRun(page: Page): Promise<void> {
  const controls = runControls(page);
  await expect(node(page, 'payments-queue')).toBeVisible();
  await expect(simulatedClock(page)).toHaveText(/^0\.0 s \/ 60\.0 s · ready$/);
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveValue('0');
  const log = page.getByRole('log');
  await expect(log).toContainText('Press Play');
  await expect(log.getByRole('button')).toHaveCount(0);
  await expect(controls.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('The diagram changed during this run.')).toHaveCount(0);
  // No cause or victim marks of the old run on the new diagram.
  await expect(page.getByTestId(/^node-run-/).filter({ hasText: /cause|victim/ })).toHaveCount(0);
  await expect(page.getByTestId('lesson-caption')).toHaveText(/^The same with a queue: press Next step/);

  // Play runs the queue diagram from its start: its clock, not the old one's.
  await controls.getByRole('button', { name: 'Play' }).click();
  await expect(simulatedClock(page)).toContainText('playing');
  await expect.poll(() => clockSeconds(page), { timeout: 30_000 }).toBeGreaterThan(3);
  await controls.getByRole('button', { name: 'Pause' }).click();
  expect(await clockSeconds(page)).toBeLessThan(26);
  await expect(page.getByRole('log').getByRole('button', { name: RPC_FAILURE })).toHaveCount(0);
  await expect(page.getByTestId('node-run-payments-queue')).toBeVisible();
}

test('opening a scenario from the gallery during a run starts a fresh run of it', async ({ page }) => {
  await openEditor(page);
  await playRpcChainPastItsFailures(page);

  await page.getByRole('button', { name: 'Scenarios' }).click();
  const gallery = page.getByRole('dialog', { name: 'Scenarios' });
  await gallery.getByRole('button', { name: 'Open The same with a queue' }).click();
  // The played example is untouched, so the gallery need not ask; if it does, say yes.
  const confirm = gallery.getByRole('button', { name: 'Open “The same with a queue”' });
  if (await confirm.isVisible()) await confirm.click();
  await expect(gallery).toBeHidden();

  await expectFreshQueueRun(page);
});

test('opening a file through Open… during a run starts a fresh run of it', async ({ page }, testInfo) => {
  await openEditor(page);
  await playRpcChainPastItsFailures(page);

  const path = await writeTestFile(testInfo, 'queue.faultline.json', queueRedeploy);
  await openDiagramFile(page, path, 'The same with a queue');

  await expectFreshQueueRun(page);
});

test('an edit of the same diagram during a run still asks, and keeps the run', async ({ page }) => {
  await openEditor(page);
  const controls = runControls(page);
  await controls.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(1);
  await node(page, 'orders').click();
  await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Workers per instance').fill('9');
  await expect(controls.getByRole('alert')).toContainText('The diagram changed during this run.');
  expect(await clockSeconds(page)).toBeGreaterThan(1);
});
