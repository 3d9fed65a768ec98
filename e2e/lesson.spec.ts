import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { openEditor, openScenario, ROOMY_VIEWPORT } from './helpers/editor';
import { runControls, simulatedClock } from './helpers/run';

/**
 * Lessons and presenter mode (docs/lessons.md): Next plays the run up to a
 * step's time and pauses there with its caption — the presenter asks "what happens next?" —
 * PageDown (a clicker) and → go on, Previous jumps back; `?present&step=N` opens the
 * presenter layout at step N; a gallery scenario opens with its lesson ready, and a step's
 * focus is marked on the canvas.
 */

test.use({ viewport: ROOMY_VIEWPORT });
test.setTimeout(120_000);

const lessonBar = (page: Page) => page.getByRole('region', { name: 'Lesson' });
const palette = (page: Page) => page.getByRole('complementary', { name: 'Palette' });
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

/** The run stands still at `seconds`, paused (the clock shows tenths). */
async function pausedAt(page: Page, seconds: number, endSeconds = 60) {
  await expect(simulatedClock(page)).toHaveText(
    `${seconds.toFixed(1)} s / ${endSeconds.toFixed(1)} s · paused`,
    { timeout: 30_000 },
  );
}

test('Next plays the example up to the step and pauses there with its caption; PageDown and → go on', async ({
  page,
}) => {
  await openEditor(page);
  await expect(lessonBar(page)).toContainText('Lesson · 4 steps');
  await expect(lessonBar(page).getByRole('button', { name: 'Previous step' })).toBeDisabled();
  // A faster clock keeps the test short; the stops are the same at any speed.
  await runControls(page).getByLabel('Speed').selectOption('10');

  await lessonBar(page).getByRole('button', { name: 'Next step' }).click();
  await expect(lessonBar(page)).toContainText('Step 1 of 4');
  await expect(lessonBar(page)).toContainText(
    'Requests flow client → orders → payments. Everything succeeds.',
  );
  await pausedAt(page, 10);

  // A presentation clicker sends PageDown: on to the redeploy, and stop to ask.
  await page.keyboard.press('PageDown');
  await expect(lessonBar(page)).toContainText('Step 2 of 4');
  await expect(lessonBar(page)).toContainText('Payments is being redeployed. What happens to orders?');
  await pausedAt(page, 21);
  await expect(page.getByTestId('node-run-payments')).toContainText('restarting');

  await page.keyboard.press('ArrowRight');
  await expect(lessonBar(page)).toContainText('Step 3 of 4');
  await pausedAt(page, 25);
  await expect(page.getByTestId('node-run-orders')).toContainText('victim');

  // Previous jumps back to the step's time, paused.
  await lessonBar(page).getByRole('button', { name: 'Previous step' }).click();
  await expect(lessonBar(page)).toContainText('Step 2 of 4');
  await pausedAt(page, 21);

  // Playing freely, the caption follows the clock without stopping.
  await runControls(page).getByRole('button', { name: 'Play' }).click();
  await expect(lessonBar(page)).toContainText('Step 4 of 4', { timeout: 30_000 });
  await expect(simulatedClock(page)).toContainText('playing');
  await expect(lessonBar(page).getByRole('button', { name: 'Next step' })).toBeDisabled();
});

test('?present&step=2 opens presenter mode at step 2; PageDown advances; Escape and Present toggle it', async ({
  page,
}) => {
  await openApp(page, '/?present&step=2');
  await expect(lessonBar(page)).toContainText('Step 2 of 4');
  await expect(lessonBar(page)).toContainText('What happens to orders?');
  await pausedAt(page, 21);
  // The presenter layout: no gallery over it, palette and inspector away, run bar kept.
  const present = page.getByRole('button', { name: 'Present' });
  await expect(present).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('dialog', { name: 'Scenarios' })).toBeHidden();
  await expect(palette(page)).toBeHidden();
  await expect(inspector(page)).toBeHidden();
  await expect(page.getByRole('figure', { name: 'Client requests per second' })).toBeHidden();
  await expect(runControls(page)).toBeVisible();

  await page.keyboard.press('PageDown');
  await expect(lessonBar(page)).toContainText('Step 3 of 4');
  await pausedAt(page, 25);

  await page.keyboard.press('Escape');
  await expect(present).toHaveAttribute('aria-pressed', 'false');
  await expect(palette(page)).toBeVisible();
  await expect(inspector(page)).toBeVisible();
  // The address follows the layout, so a reload or a copied address opens it the same way.
  await expect(page).not.toHaveURL(/[?&]present/);
  await present.click();
  await expect(palette(page)).toBeHidden();
  await expect(page).toHaveURL(/\?present/);
  await expect(lessonBar(page)).toContainText('Step 3 of 4');
});

test('?step out of range opens at step 1; a gallery scenario opens with its lesson and marks its focus', async ({
  page,
}) => {
  await openEditor(page, { path: '/?step=99' });
  await expect(lessonBar(page)).toContainText('Step 1 of 4');
  await pausedAt(page, 10);

  await openScenario(page, 'Fan-out: one event, three subscribers, one down');
  await expect(lessonBar(page)).toContainText('Lesson · 4 steps');
  await expect(lessonBar(page)).toContainText('Fan-out');

  await runControls(page).getByLabel('Speed').selectOption('20');
  await lessonBar(page).getByRole('button', { name: 'Next step' }).click();
  await pausedAt(page, 10, 50);
  await expect(page.getByTestId('lesson-focus-analytics')).toHaveCount(0);
  await lessonBar(page).getByRole('button', { name: 'Next step' }).click();
  await expect(lessonBar(page)).toContainText('Analytics is down. Do email and inventory notice?');
  await pausedAt(page, 22, 50);
  await expect(page.getByTestId('lesson-focus-analytics')).toBeVisible();
});
