import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { node, openEditor, ROOMY_VIEWPORT } from './helpers/editor';
import { distinctOverlayPictures } from './helpers/overlay';
import { runControls, simulatedClock } from './helpers/run';

/**
 * The live view of a run on the first-visit example (client → orders → payments over
 * RPC): dots move, a redeploy fired by right-click shows cause and victim, failures reach
 * the chart and the log, scrubbing back shows exactly what playing showed, the summary
 * tells the end, the marks are gone a second after payments is back; then the same diagram
 * with orders → payments made async loses nothing.
 */

test.use({ viewport: ROOMY_VIEWPORT });
test.setTimeout(180_000);

/** A node's live badge (health, load, cause/victim) during a run. */
const runBadge = (page: Page, id: string) => page.getByTestId(`node-run-${id}`);

/** Everything the screen says about the run at this moment: the clock and every node's badge. */
async function visibleRunState(page: Page): Promise<string[]> {
  const parts = [(await simulatedClock(page).textContent()) ?? ''];
  for (const id of ['client', 'orders', 'payments'])
    parts.push(`${id}: ${await runBadge(page, id).textContent()}`);
  return parts;
}

/** Moves the timeline's scrubber to `ms` (keyboard-free: sets the range input's value). */
async function scrubTo(page: Page, ms: number) {
  await page.getByRole('slider', { name: 'Timeline' }).fill(String(ms));
  await expect(simulatedClock(page)).toContainText(`${(ms / 1000).toFixed(1)} s /`);
}

/** Reads the client chart's accessible summary ("succeeded /s 48, failed: downstream /s 41"). */
const clientChart = (page: Page) =>
  page.getByRole('figure', { name: 'Client requests per second' }).getByRole('img');

test('play, redeploy payments by right-click, scrub back, summary; then async loses nothing', async ({
  page,
}) => {
  await openEditor(page);
  const controls = runControls(page);

  // Play: the dots move (two different pictures on the overlay canvas).
  await controls.getByRole('button', { name: 'Play' }).click();
  await expect(simulatedClock(page)).toContainText('playing');
  const overlay = await distinctOverlayPictures(page, 2, 15_000);
  console.log(
    `overlay: ${overlay.distinct} distinct pictures in ${overlay.frames} frames (${overlay.blank} blank)`,
  );
  expect(overlay.distinct).toBeGreaterThanOrEqual(2);
  await expect(runBadge(page, 'payments')).toContainText('healthy');

  // Redeploy payments now, for 5 s, from its context menu.
  await node(page, 'payments').click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Faults for payments' });
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitemradio', { name: '5 s' }).click();
  await menu.getByRole('menuitem', { name: 'Redeploy' }).click();
  await expect(menu).toBeHidden();

  // Payments restarts and is the cause; orders, healthy itself, is its victim.
  await expect(runBadge(page, 'payments')).toContainText('restarting');
  await expect(runBadge(page, 'payments')).toContainText('cause');
  await expect(runBadge(page, 'orders')).toContainText('healthy');
  await expect(runBadge(page, 'orders')).toContainText('victim of payments');
  // Client failures in the chart and in the event log.
  await expect(clientChart(page)).toHaveAccessibleName(/failed[^,]*\/s [1-9]/, { timeout: 20_000 });
  const log = page.getByRole('log');
  await expect(log.getByRole('button', { name: /payments restarting \(redeploy\)/ }).first()).toBeVisible();
  await expect(
    log
      .getByRole('button', { name: /orders → payments: connection refused — \d+ client requests failed/ })
      .first(),
  ).toBeVisible({ timeout: 20_000 });
  // The live fault is written into the scenario's timeline, so the run can be replayed.
  await expect(page.getByText(/^redeploy on payments from \d+(\.\d+)? s for 5 s$/)).toBeAttached();

  // Pause, then compare what playing (stepping) showed with what scrubbing shows.
  await controls.getByRole('button', { name: 'Pause' }).click();
  await expect(simulatedClock(page)).toContainText('paused');
  const reached = Number(await page.getByRole('slider', { name: 'Timeline' }).inputValue());
  const startMs = Math.max(0, Math.floor(reached / 1000) * 1000 - 1000);
  await scrubTo(page, startMs);
  const step = controls.getByRole('button', { name: 'Step 100 ms' });
  for (let i = 1; i <= 5; i++) {
    await step.click();
    await expect(simulatedClock(page)).toContainText(`${((startMs + i * 100) / 1000).toFixed(1)} s /`);
  }
  const byStepping = await visibleRunState(page);
  await scrubTo(page, 0);
  await scrubTo(page, startMs + 500);
  await expect.poll(() => visibleRunState(page)).toEqual(byStepping);

  // Run to the end and read the summary.
  await controls.getByRole('button', { name: 'Run to end' }).click();
  const summary = page.getByRole('dialog', { name: 'Run summary' });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const clientRow = summary.getByRole('row', { name: /^Web client/ });
  const failedRpc = Number(await clientRow.getByRole('cell').nth(4).textContent());
  console.log(`RPC chain: ${await clientRow.textContent()}`);
  expect(failedRpc).toBeGreaterThan(0);
  await expect(clientRow.getByRole('cell').first()).not.toHaveText('100.0 %');
  await expect(
    summary
      .getByRole('listitem')
      .filter({ hasText: /payments/ })
      .first(),
  ).toBeVisible();
  await summary.getByRole('button', { name: 'Close summary' }).click();

  // The cause and victim marks describe the last second: they are gone a second after payments
  // is back. (The document's own redeploy runs from 20 s to 30 s; the live one may join it.)
  const liveFault = await page.getByText(/^redeploy on payments from \d+(\.\d+)? s for 5 s$/).textContent();
  const liveEndS = Number(/from (\d+(?:\.\d+)?) s/.exec(liveFault ?? '')?.[1]) + 5;
  const backS = liveEndS < 20 ? liveEndS : Math.max(30, liveEndS);
  await scrubTo(page, Math.floor((backS - 0.5) * 10) * 100);
  await expect(runBadge(page, 'payments')).toContainText('cause');
  await expect(runBadge(page, 'orders')).toContainText('victim of payments');
  await scrubTo(page, Math.ceil((backS + 1.2) * 10) * 100);
  await expect(runBadge(page, 'payments')).toContainText('healthy');
  await expect(runBadge(page, 'payments')).not.toContainText('cause');
  await expect(runBadge(page, 'orders')).not.toContainText('victim');

  // Make orders → payments async, replay: a queue absorbs the redeploys.
  await page.getByTestId('edge-orders-payments').click({ force: true });
  await page
    .getByRole('complementary', { name: 'Inspector' })
    .getByRole('button', { name: 'Make it async' })
    .click();
  await expect(node(page, 'queue-1')).toBeVisible();
  // The run bar asks what to do with the edit: restart with it.
  await expect(controls.getByRole('alert')).toContainText('The diagram changed during this run.');
  await controls.getByRole('button', { name: 'Restart with the change' }).click();
  await controls.getByRole('button', { name: 'Run to end' }).click();
  await expect(summary).toBeVisible({ timeout: 60_000 });
  console.log(`async: ${await clientRow.textContent()}`);
  await expect(clientRow.getByRole('cell').nth(4)).toHaveText('0');
  // (Success can stay under 100 %: requests still in flight when the run ends count as not yet ok.)
  await expect(summary).toContainText(/Lost messages: 0 \(/);
  await summary.getByRole('button', { name: 'Close summary' }).click();

  // The queue's depth rose during the planned redeploy (20 s–30 s) and drained afterwards.
  const depth = async () =>
    Number(/(\d+) waiting/.exec((await runBadge(page, 'queue-1').textContent()) ?? '')?.[1]);
  await scrubTo(page, 29_000);
  const during = await depth();
  await scrubTo(page, 59_000);
  const after = await depth();
  console.log(`queue depth: ${during} at 29 s, ${after} at 59 s`);
  expect(during).toBeGreaterThan(50);
  expect(after).toBeLessThan(5);
});
