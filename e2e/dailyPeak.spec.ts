import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { node, openEditor, ROOMY_VIEWPORT } from './helpers/editor';
import { runControls, simulatedClock } from './helpers/run';

/**
 * The lesson "The daily peak" as a person meets it: opened from the gallery, walked to the
 * peak with Next (the fleet sized for the average is marked), then run to the end, where the
 * summary says what each of the three fleets cost in instance-seconds.
 */

test.use({ viewport: ROOMY_VIEWPORT });
test.setTimeout(120_000);

const lessonBar = (page: Page) => page.getByRole('region', { name: 'Lesson' });

test('the daily peak opens from the gallery, and at the end the summary shows each fleet’s instance-seconds', async ({
  page,
}) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const gallery = page.getByRole('dialog', { name: 'Scenarios' });
  await gallery.getByRole('button', { name: 'Open The daily peak' }).click();
  // The first-visit example is untouched: the gallery opens the lesson without asking.
  await expect(gallery).toBeHidden();

  await expect(lessonBar(page)).toContainText('Lesson · 5 steps');
  // Three copies of one api, all sent the same day of traffic.
  for (const fleet of ['mean', 'scaled', 'peak'])
    await expect(node(page, `${fleet}-clients`)).toContainText('50–550 req/s over time');
  await expect(node(page, 'scaled-api')).toContainText('autoscaled');

  // On to the peak: the run pauses there, with the fleet sized for the average marked.
  await runControls(page).getByLabel('Speed').selectOption('20');
  for (let step = 0; step < 3; step++)
    await lessonBar(page).getByRole('button', { name: 'Next step' }).click();
  await expect(lessonBar(page)).toContainText('Step 3 of 5');
  await expect(simulatedClock(page)).toHaveText('42.0 s / 90.0 s · paused', { timeout: 30_000 });
  await expect(page.getByTestId('lesson-focus-mean-clients')).toBeVisible();

  await runControls(page).getByRole('button', { name: 'Run to end' }).click();
  const summary = page.getByRole('dialog', { name: 'Run summary' });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  // The fixed fleets pay for their instances the whole run (4 and 7 × 90 s); the autoscaled
  // one grew for the peak and paid in between.
  await expect(summary).toContainText(
    /Instances: [\d,]+ instance-seconds \(api \(sized for the mean\) 360; api \(autoscaled\) (4\d\d), peak ([7-9]|10); api \(sized for the peak\) 630\)/,
  );
});
