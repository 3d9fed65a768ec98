import { expect, test } from './fixtures';
import { seriousA11yViolations } from './helpers/axe';
import { node, openEditor, ROOMY_VIEWPORT } from './helpers/editor';
import { runControls } from './helpers/run';

/**
 * A person gives a service a LIFO backlog and a maximum wait in the inspector, runs, and
 * sees the requests it shed: the new failure cause `shed` in the run summary's root causes
 * and among the failures by cause on the charts (src/sim/shedding.ts).
 */

test.use({ viewport: ROOMY_VIEWPORT });

test('LIFO and a maximum wait set in the inspector shed requests that waited too long; the run shows them by cause', async ({
  page,
}) => {
  await openEditor(page);
  await node(page, 'orders').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });

  // Two workers for 50 requests a second, each held ~80 ms (its own work and a call to payments): requests wait.
  await inspector.getByLabel('Workers per instance').fill('2');
  await inspector.getByLabel('Backlog order').selectOption('lifo');
  await inspector.getByLabel('No maximum wait').uncheck();
  const maxWait = inspector.getByLabel('Maximum wait', { exact: true });
  await expect(maxWait).toHaveValue('1000');
  // Out of range: refused where it was typed, with the unit named, and nothing lost.
  await maxWait.fill('-1');
  await expect(inspector.getByRole('alert')).toContainText('ms');
  await maxWait.fill('20');
  await expect(inspector.getByRole('alert')).toHaveCount(0);
  await expect(inspector.getByLabel('Backlog order')).toHaveValue('lifo');
  // The slowdown's settings appear once it is on, each labelled with its unit and range.
  await inspector.getByLabel('Slowdown under load').selectOption('exponential');
  await expect(inspector.getByLabel('Slowdown growth rate')).toBeVisible();
  await expect(inspector.getByLabel('Load knee')).toHaveValue('4');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await inspector.getByLabel('Slowdown under load').selectOption('off');
  await expect(inspector.getByLabel('Load knee')).toHaveCount(0);

  await runControls(page).getByRole('button', { name: 'Run to end' }).click();
  const summary = page.getByRole('dialog', { name: 'Run summary' });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  await expect(
    summary
      .getByRole('listitem')
      .filter({ hasText: 'orders (overloaded: shedding requests that waited too long)' }),
  ).toBeVisible();
  await summary.getByRole('button', { name: 'Close summary' }).click();

  // The clients' failures by cause on the charts include the shed requests.
  await expect(page.getByRole('img', { name: /^Client requests per second:/ })).toHaveAttribute(
    'aria-label',
    /failed: shed \/s/,
  );
});

test('the death-spiral lesson: at its surge step the api is saturated and its badge says how much slower it works', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openEditor(page);
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await page
    .getByRole('dialog', { name: 'Scenarios' })
    .getByRole('button', { name: 'Open The death spiral', exact: true })
    .click();
  const lesson = page.getByRole('region', { name: 'Lesson' });
  await expect(lesson).toContainText('Lesson · 4 steps');
  await runControls(page).getByLabel('Speed').selectOption('10');
  await lesson.getByRole('button', { name: 'Next step' }).click();
  await lesson.getByRole('button', { name: 'Next step' }).click();
  await expect(lesson).toContainText('Every worker fills');
  await expect(page.getByRole('status', { name: 'Simulated time' })).toHaveText('12.0 s / 60.0 s · paused', {
    timeout: 30_000,
  });
  // All 8 workers busy: linear past 4 at 0.25 each, ×2.0.
  await expect(page.getByTestId('node-run-api')).toContainText('8/8 busy');
  await expect(page.getByTestId('node-run-api')).toContainText('×2.0 slower');
});
