import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { canvasBox, dragFromPalette, edge, node, openEditor, ROOMY_VIEWPORT } from './helpers/editor';
import { clockSeconds, runControls, settledClockSeconds, simulatedClock } from './helpers/run';

/**
 * What a new user hits first: Space to play, Shift+click to select several things, focus
 * that comes back to what opened a dialog or menu, names (not ids) for what they drew, a
 * client with no connections that says so, a timeline that runs ahead when clicked there,
 * and number fields that take a text whole or not at all.
 */

test.use({ viewport: ROOMY_VIEWPORT });
test.setTimeout(90_000);

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

/** The id of the element that has focus: a node's or edge's `data-id`, else its accessible text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('data-id') ?? el?.textContent?.trim() ?? null;
  });

test('Space plays and pauses the run, and the shortcut list says so, with Shift+click', async ({ page }) => {
  await openEditor(page);
  await page.keyboard.press('Space');
  await expect(simulatedClock(page)).toContainText('playing');
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(0.5);
  await page.keyboard.press('Space');
  await expect(simulatedClock(page)).toContainText('paused');
  // A frame already on its way when the pause was sent may still arrive; then the clock stays.
  const at = await settledClockSeconds(page);
  await page.waitForTimeout(500);
  expect(await clockSeconds(page)).toBe(at);

  // After a click on a node (which takes the focus), Space still plays and pauses.
  await node(page, 'orders').click();
  await page.keyboard.press('Space');
  await expect(simulatedClock(page)).toContainText('playing');
  await page.keyboard.press('Space');
  await expect(simulatedClock(page)).toContainText('paused');
  // On a button, Space presses the button, once.
  const step = runControls(page).getByRole('button', { name: 'Step 100 ms' });
  await step.focus();
  const before = await settledClockSeconds(page);
  await page.keyboard.press('Space');
  await expect.poll(() => clockSeconds(page)).toBeCloseTo(before + 0.1, 5);
  await expect(simulatedClock(page)).toContainText('paused');

  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('row', { name: /^Space Play or pause the run$/ })).toBeVisible();
  await expect(
    shortcuts.getByRole('row', { name: /^Shift \+ click.*Add a node or edge to the selection/ }),
  ).toBeVisible();
  await shortcuts.getByRole('button', { name: 'Close' }).click();
  await expect(shortcuts).toBeHidden();
});

test('Shift+click adds a node or an edge to the selection, and takes it out again', async ({ page }) => {
  await openEditor(page);
  // The inspector's own heading (a service's Theory section has one of its own).
  const heading = inspector(page).getByRole('heading', { level: 2 });
  await node(page, 'orders').click();
  await expect(heading).toContainText('orders');
  // Shift held down, as a person holds it, while clicking.
  await page.keyboard.down('Shift');
  await node(page, 'payments').click();
  await expect(heading).toHaveText('2 items selected');
  await edge(page, 'client-orders').click({ force: true });
  await expect(heading).toHaveText('3 items selected');
  await node(page, 'payments').click();
  await expect(heading).toHaveText('2 items selected');
  await node(page, 'client').click();
  await expect(heading).toHaveText('3 items selected');
  // The edge's label is a bigger target for the same thing.
  await page.getByTestId('edgelabel-orders-payments').click();
  await expect(heading).toHaveText('4 items selected');
  await page.getByTestId('edgelabel-orders-payments').click();
  await expect(heading).toHaveText('3 items selected');
  await page.keyboard.up('Shift');
  // A plain click still selects just one.
  await node(page, 'payments').click();
  await expect(heading).toContainText('payments');
});

test('focus goes back to what opened a dialog or a menu when it closes', async ({ page }) => {
  await openEditor(page);

  const scenarios = page.getByRole('button', { name: 'Scenarios' });
  await scenarios.click();
  const gallery = page.getByRole('dialog', { name: 'Scenarios' });
  await expect(gallery).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(gallery).toBeHidden();
  await expect(scenarios).toBeFocused();

  const share = page.getByRole('button', { name: 'Share', exact: true });
  await share.click();
  const shareDialog = page.getByRole('dialog', { name: /Share/ });
  await expect(shareDialog).toBeVisible();
  await shareDialog.getByRole('button', { name: 'Close' }).click();
  await expect(shareDialog).toBeHidden();
  await expect(share).toBeFocused();

  const exportButton = page.getByRole('button', { name: 'Export' });
  await exportButton.click();
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Export' })).toBeHidden();
  await expect(exportButton).toBeFocused();

  // The fault menu, opened from the keyboard on the focused node.
  await node(page, 'payments').click();
  await page.keyboard.press('Shift+F10');
  const faults = page.getByRole('menu', { name: 'Faults for payments' });
  await expect(faults).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(faults).toBeHidden();
  expect(await focused(page)).toBe('payments');

  // The shortcuts dialog, opened with "?" from a control.
  await page.getByRole('button', { name: 'Restart' }).focus();
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
  await expect(page.getByRole('button', { name: 'Restart' })).toBeFocused();
});

test('what a person drew is named by its label in the fault menu and the fault strip', async ({ page }) => {
  await openEditor(page);
  // Below the example, side by side, so the new edge crosses nothing else.
  const box = await canvasBox(page);
  await dragFromPalette(page, 'service', { x: box.x + box.width * 0.3, y: box.y + box.height - 200 });
  await dragFromPalette(page, 'service', { x: box.x + box.width * 0.6, y: box.y + box.height - 200 });
  await node(page, 'service-1').click();
  await inspector(page).getByLabel('Connect to').selectOption('service-2');
  await inspector(page).getByRole('button', { name: 'Connect (RPC)' }).click();
  await expect(edge(page, 'service-1-service-2')).toBeAttached();

  await edge(page, 'service-1-service-2').click({ button: 'right', force: true });
  const menu = page.getByRole('menu', { name: 'Faults for Service 1 → Service 2' });
  await expect(menu).toBeVisible();
  await expect(menu).toContainText('on Service 1 → Service 2');
  await menu.getByRole('menuitem', { name: /^Partition/ }).click();
  await expect(page.getByText(/^partition on Service 1 → Service 2 from 10 s for 10 s$/)).toBeAttached();
  await expect(page.getByText(/service-1-service-2/)).toHaveCount(0);
});

test('a client with no connections says so when played', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Add client' }).click();
  const controls = runControls(page);
  await expect(controls.getByRole('status').filter({ hasText: 'no connections' })).toHaveCount(0);
  await controls.getByRole('button', { name: 'Play' }).click();
  await expect(controls.getByText('“Client 1” has no connections, so it sends no requests')).toBeVisible();
  await controls.getByRole('button', { name: 'Pause' }).click();
});

test('clicking the timeline beyond the time reached runs up to that moment', async ({ page }) => {
  await openEditor(page);
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  const box = await timeline.boundingBox();
  if (!box) throw new Error('the timeline is not on screen');
  // Half-way along a 60 s run: past the redeploy of payments at 20 s.
  await timeline.click({ position: { x: box.width / 2, y: box.height / 2 } });
  await expect(simulatedClock(page)).toContainText('paused');
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(25);
  expect(await clockSeconds(page)).toBeLessThan(35);
  await expect(
    page
      .getByRole('log')
      .getByRole('button', { name: /payments restarting/ })
      .first(),
  ).toBeVisible();
});

test('a number field takes a text whole or not at all: "2.5" workers keeps the old value', async ({
  page,
}) => {
  await openEditor(page);
  await node(page, 'orders').click();
  const workers = inspector(page).getByLabel('Workers per instance');
  await expect(workers).toHaveValue('8');
  await workers.click();
  await workers.press('ControlOrMeta+a');
  await workers.pressSequentially('2.5');
  await expect(inspector(page).getByRole('alert')).toHaveText('must be a whole number from 1 to 10000');
  await expect(node(page, 'orders')).toContainText('8 workers');
  await expect(node(page, 'orders')).not.toContainText('2 workers');
  await workers.press('Tab');
  await expect(workers).toHaveValue('8');
  await expect(inspector(page).getByRole('alert')).toHaveCount(0);

  // A timeout beyond its maximum keeps none of the digits typed on the way.
  await edge(page, 'orders-payments').click({ force: true });
  const timeout = inspector(page).getByLabel('Timeout');
  await expect(timeout).toHaveValue('2000');
  await timeout.click();
  await timeout.press('ControlOrMeta+a');
  await timeout.pressSequentially('5000000');
  await expect(inspector(page).getByRole('alert')).toBeVisible();
  await timeout.press('Tab');
  await expect(timeout).toHaveValue('2000');
});
