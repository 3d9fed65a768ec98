import { expect, test } from './fixtures';
import { node, openEditor, ROOMY_VIEWPORT } from './helpers/editor';
import { runControls, simulatedClock } from './helpers/run';

/**
 * Autoscaling from the inspector: on the first-visit example (client → orders → payments
 * over RPC) a person turns autoscaling on for orders, sends a surge by right-click, plays,
 * and watches orders' instances grow on the canvas — booting first, then live.
 */

test.use({ viewport: ROOMY_VIEWPORT });
test.setTimeout(120_000);

test('turn autoscaling on in the inspector, send a surge, and watch the instances grow', async ({ page }) => {
  await openEditor(page);
  await node(page, 'orders').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });

  // Its settings appear only once it is on.
  await expect(inspector.getByLabel('Cold start')).toHaveCount(0);
  await inspector.getByRole('checkbox', { name: 'Autoscaling' }).check();
  await expect(node(page, 'orders')).toContainText('1–10 × 8 workers, autoscaled');
  // Orders is 58 % busy at 50 requests a second: aim at 90 % so only the surge makes it grow.
  await inspector.getByLabel('Target utilisation').fill('0.9');
  await inspector.getByLabel('Evaluation interval').fill('1');
  await inspector.getByLabel('Cold start').fill('8');
  await expect(inspector.getByLabel('Cold start')).toHaveValue('8');

  // Triple the client's traffic for 30 s, by right-click.
  await node(page, 'client').click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Faults for Web client' });
  await menu.getByRole('menuitemradio', { name: '30 s' }).click();
  await menu.getByRole('menuitem', { name: /Surge/ }).click();
  await expect(menu).toBeHidden();

  await runControls(page).getByLabel('Speed').selectOption('5');
  await runControls(page).getByRole('button', { name: 'Play' }).click();
  await expect(simulatedClock(page)).toContainText('playing');

  const instances = page.getByTestId('node-instances-orders');
  await expect(instances).toHaveText('1 live');
  // The surge fills orders: the autoscaler starts a new instance, which boots before it serves…
  await expect(instances).toContainText('booting', { timeout: 30_000 });
  await expect(instances.locator('.node-run-pip--booting').first()).toBeVisible();
  // …and then serves: more than one instance live.
  await expect(instances).toHaveText(/^([2-9]|10) live/, { timeout: 30_000 });
  // Payments, not autoscaled, shows no instances.
  await expect(page.getByTestId('node-instances-payments')).toHaveCount(0);

  // Orders' own charts include its instances over time.
  await expect(page.getByRole('figure', { name: 'orders: instances' })).toBeVisible();

  // At the end, the summary says what the instances cost.
  await runControls(page).getByRole('button', { name: 'Run to end' }).click();
  const summary = page.getByRole('dialog', { name: 'Run summary' });
  await expect(summary).toContainText(
    /Instances: [\d,]+ instance-seconds \(orders [\d,]+, peak ([2-9]|10); payments 60\)/,
    { timeout: 30_000 },
  );
});
