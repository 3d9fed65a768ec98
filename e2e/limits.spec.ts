import { expect, test } from './fixtures';
import { edge, node, openEditor, openScenario, ROOMY_VIEWPORT } from './helpers/editor';
import { runControls } from './helpers/run';

/**
 * Rate limits and retry budgets, set in the inspector the way a person does on the
 * first-visit example (Web client → orders → payments, 50 requests a second), then run:
 * the failures and refusals they cause are told in the log and the summary.
 */

test.use({ viewport: ROOMY_VIEWPORT });
test.setTimeout(120_000);

test('a rate limit on orders fails the calls over it as rate limited', async ({ page }) => {
  await openEditor(page);
  await node(page, 'orders').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  // The limit's numbers show only once it is on.
  await expect(inspector.getByRole('spinbutton', { name: 'Allowed rate' })).toHaveCount(0);
  await inspector.getByRole('checkbox', { name: 'Rate limit' }).check();
  const rate = inspector.getByRole('spinbutton', { name: 'Allowed rate' });
  await expect(rate).toHaveValue('100');
  await expect(inspector.getByRole('spinbutton', { name: 'Allowed burst' })).toHaveValue('100');
  // Out of range: explained inline, and the document keeps the last valid value.
  await rate.fill('-1');
  await expect(inspector.getByRole('alert')).toBeVisible();
  await rate.fill('20');
  await expect(inspector.getByRole('alert')).toHaveCount(0);
  await rate.blur();
  await expect(rate).toHaveValue('20');

  const controls = runControls(page);
  await controls.getByRole('button', { name: 'Run to end' }).click();
  const summary = page.getByRole('dialog', { name: 'Run summary' });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const failed = Number(
    await summary
      .getByRole('row', { name: /^Web client/ })
      .getByRole('cell')
      .nth(4)
      .textContent(),
  );
  // 50 a second against a limit of 20: well over a thousand calls turned away in 60 s.
  expect(failed).toBeGreaterThan(1000);
  // On the canvas, orders says it is turning calls away (its bucket is empty at the end).
  await expect(page.getByTestId('node-run-orders')).toContainText('rate limiting');
  await expect(
    summary.getByRole('listitem').filter({ hasText: /^orders \(rate limiting calls\)/ }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('log')
      .getByRole('button', { name: /Web client → orders: rate limited — \d+ client requests failed/ })
      .first(),
  ).toBeAttached();
});

test('a retry budget on the client’s calls: set in the inspector, refusals in the summary', async ({
  page,
}) => {
  await openEditor(page);
  await edge(page, 'client-orders').click({ force: true });
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  // A budget only means something with retries.
  await expect(inspector.getByRole('checkbox', { name: 'Retry budget' })).toHaveCount(0);
  await inspector.getByRole('spinbutton', { name: 'Attempts' }).fill('3');
  await inspector.getByRole('spinbutton', { name: 'Attempts' }).blur();
  await inspector.getByRole('checkbox', { name: 'Retry budget' }).check();
  await expect(inspector.getByRole('spinbutton', { name: 'Retry budget ratio' })).toHaveValue('0.1');
  const floor = inspector.getByRole('spinbutton', { name: 'Retry budget floor' });
  await expect(floor).toHaveValue('10');
  await floor.fill('1');
  await floor.blur();

  // Payments is redeployed from 20 s to 30 s: every call fails then and wants a retry.
  await runControls(page).getByRole('button', { name: 'Run to end' }).click();
  const summary = page.getByRole('dialog', { name: 'Run summary' });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const refusals = summary.getByRole('list', { name: 'Retries refused by a retry budget' });
  await expect(refusals).toContainText(/^Web client → orders: [1-9]\d* retries refused, \d+ sent$/);
});

test('the deadlines lesson: the summary shows the work done for clients who had left, on one chain only', async ({
  page,
}) => {
  await openEditor(page);
  await openScenario(page, 'Deadlines stop wasted work');
  await expect(page.getByRole('region', { name: 'Lesson' })).toContainText('Deadlines stop wasted work');
  await node(page, 'deadline-api').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('checkbox', { name: 'Propagate deadlines' })).toBeChecked();
  await node(page, 'plain-api').click();
  await expect(inspector.getByRole('checkbox', { name: 'Propagate deadlines' })).not.toBeChecked();

  await runControls(page).getByRole('button', { name: 'Run to end' }).click();
  const summary = page.getByRole('dialog', { name: 'Run summary' });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const wasted = summary.getByRole('list', { name: 'Work finished after its caller gave up' });
  await expect(wasted).toContainText(
    /api \(no deadlines\): [1-9]\d{3,} requests finished after their caller gave up/,
  );
  await expect(wasted).not.toContainText('api (deadlines)');
});
