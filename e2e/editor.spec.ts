import { expect, test } from './fixtures';
import {
  canvasBox,
  connectByMouse,
  dragFromPalette,
  edge,
  edgeIdsOnCanvas,
  node,
  nodeIdsOnCanvas,
  openEditor,
  ROOMY_VIEWPORT,
  statusLine,
  toolbarButton,
} from './helpers/editor';

/**
 * The editor, driven with mouse and keyboard as a person does: build the example
 * from an empty canvas, connect, rename, make an edge async, edit a parameter, undo and
 * redo, refuse invalid connections with a reason, delete, copy and paste, the shortcuts
 * dialog and the theme.
 */

test.use({ viewport: ROOMY_VIEWPORT });

/** New → an empty canvas (the example is untouched: nothing to lose, so no question). */
async function startEmpty(page: import('@playwright/test').Page) {
  await (await toolbarButton(page, 'New')).click();
  await expect(page.getByRole('dialog', { name: 'Start a new diagram?' })).toHaveCount(0);
  await expect.poll(() => nodeIdsOnCanvas(page)).toEqual([]);
}

/** Client → orders → payments, drawn with the mouse on an empty canvas. */
async function drawExample(page: import('@playwright/test').Page) {
  const box = await canvasBox(page);
  const y = box.y + box.height * 0.4;
  await dragFromPalette(page, 'client', { x: box.x + box.width * 0.2, y });
  await expect(node(page, 'client-1')).toBeVisible();
  await dragFromPalette(page, 'service', { x: box.x + box.width * 0.45, y });
  await expect(node(page, 'service-1')).toBeVisible();
  await dragFromPalette(page, 'service', { x: box.x + box.width * 0.7, y });
  await expect(node(page, 'service-2')).toBeVisible();

  await connectByMouse(page, 'client-1', 'service-1');
  await expect(edge(page, 'client-1-service-1')).toBeAttached();
  await connectByMouse(page, 'service-1', 'service-2');
  await expect(edge(page, 'service-1-service-2')).toBeAttached();

  await rename(page, 'service-1', 'orders');
  await rename(page, 'service-2', 'payments');
  await rename(page, 'client-1', 'Web client');
}

/** Double-click a node, type a name, Enter. */
async function rename(page: import('@playwright/test').Page, id: string, name: string) {
  await node(page, id).dblclick();
  const field = node(page, id).getByRole('textbox', { name: 'Rename node' });
  await expect(field).toBeFocused();
  await field.fill(name);
  await field.press('Enter');
  await expect(field).toBeHidden();
  await expect(node(page, id)).toContainText(name);
}

test('builds client → orders → payments from an empty canvas with the mouse', async ({ page }) => {
  await openEditor(page);
  await startEmpty(page);
  await drawExample(page);

  expect((await nodeIdsOnCanvas(page)).sort()).toEqual(['client-1', 'service-1', 'service-2']);
  expect((await edgeIdsOnCanvas(page)).sort()).toEqual(['client-1-service-1', 'service-1-service-2']);
  // Both edges are RPC (the default), announced by kind and the names of their ends.
  await expect(page.getByRole('group', { name: 'RPC call from Web client to orders' })).toBeAttached();
  await expect(page.getByRole('group', { name: 'RPC call from orders to payments' })).toBeAttached();
  // Each node shows its kind in words as well as by icon and shape.
  await expect(node(page, 'service-1')).toContainText('service');
  await expect(node(page, 'client-1')).toContainText('client');
});

test('connecting with "Async" selected inserts a queue between two services', async ({ page }) => {
  await openEditor(page);
  await startEmpty(page);
  const box = await canvasBox(page);
  const y = box.y + box.height * 0.4;
  await dragFromPalette(page, 'service', { x: box.x + box.width * 0.25, y });
  await dragFromPalette(page, 'service', { x: box.x + box.width * 0.7, y });
  await expect(node(page, 'service-2')).toBeVisible();

  const newConnections = page.getByRole('group', { name: 'New connections' });
  await newConnections.getByRole('button', { name: 'Async' }).click();
  await expect(newConnections.getByRole('button', { name: 'Async' })).toHaveAttribute('aria-pressed', 'true');

  await connectByMouse(page, 'service-1', 'service-2');
  await expect(node(page, 'queue-1')).toBeVisible();
  await expect(node(page, 'queue-1')).toContainText('Service 2 queue');
  expect((await edgeIdsOnCanvas(page)).sort()).toEqual(['queue-1-service-2', 'service-1-queue-1']);
  await expect(
    page.getByRole('group', { name: 'Async messages from Service 1 to Service 2 queue' }),
  ).toBeAttached();
  await expect(statusLine(page)).toContainText('through a new queue');
});

test('"Make it async" turns an RPC edge into edge → queue → edge, as one undo step', async ({ page }) => {
  await openEditor(page);
  // The example: select the RPC edge orders → payments by clicking its line.
  await edge(page, 'orders-payments').click({ force: true });
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: /orders → payments/ })).toBeVisible();
  await inspector.getByRole('button', { name: 'Make it async' }).click();

  await expect(node(page, 'queue-1')).toBeVisible();
  expect((await edgeIdsOnCanvas(page)).sort()).toEqual([
    'client-orders',
    'orders-queue-1',
    'queue-1-payments',
  ]);
  await expect(
    page.getByRole('group', { name: 'Async messages from orders to payments queue' }),
  ).toBeAttached();
  // The queue sits between its ends, left to right.
  const [o, q, p] = await Promise.all(
    ['orders', 'queue-1', 'payments'].map(async (id) => (await node(page, id).boundingBox())!.x),
  );
  expect(o).toBeLessThan(q);
  expect(q).toBeLessThan(p);

  // One undo brings the RPC edge back and removes the queue.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(node(page, 'queue-1')).toHaveCount(0);
  expect((await edgeIdsOnCanvas(page)).sort()).toEqual(['client-orders', 'orders-payments']);
});

test('editing a parameter in the inspector shows on the node; undo and redo by keyboard and buttons', async ({
  page,
}) => {
  await openEditor(page);
  await node(page, 'orders').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const workers = inspector.getByRole('spinbutton', { name: 'Workers per instance' });
  await expect(workers).toHaveValue('8');
  await workers.fill('12');
  await expect(node(page, 'orders')).toContainText('12 workers');

  // An invalid value is explained inline and the node keeps its last valid value.
  await workers.fill('0');
  await expect(inspector.getByRole('alert')).toBeVisible();
  await expect(node(page, 'orders')).toContainText('12 workers');
  await workers.blur();
  await expect(workers).toHaveValue('12');

  // Keyboard: Ctrl+Z outside a text field undoes, Shift+Ctrl+Z redoes.
  await node(page, 'orders').click();
  await page.keyboard.press('Control+z');
  await expect(node(page, 'orders')).toContainText('8 workers');
  await page.keyboard.press('Shift+Control+z');
  await expect(node(page, 'orders')).toContainText('12 workers');

  // Buttons.
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await undo.click();
  await expect(node(page, 'orders')).toContainText('8 workers');
  await expect(redo).toBeEnabled();
  await redo.click();
  await expect(node(page, 'orders')).toContainText('12 workers');
  await expect(redo).toBeDisabled();
});

test('invalid connections are refused with a visible reason', async ({ page }) => {
  await openEditor(page);
  const edgesBefore = (await edgeIdsOnCanvas(page)).sort();

  // Into a client: clients have no incoming handle; dropping on it still explains why not.
  await connectByMouse(page, 'orders', 'client');
  await expect(statusLine(page)).toHaveText('Nothing can call a client: clients only send requests.');

  // A duplicate of an existing edge.
  await connectByMouse(page, 'orders', 'payments');
  await expect(statusLine(page)).toHaveText('There is already an edge from orders to payments.');

  // Onto itself.
  await connectByMouse(page, 'orders', 'orders');
  await expect(statusLine(page)).toHaveText('An edge cannot connect a node to itself.');

  expect((await edgeIdsOnCanvas(page)).sort()).toEqual(edgesBefore);
});

test('delete by key and by button, copy and paste, with undo', async ({ page }) => {
  await openEditor(page);
  // Delete key on a selected node removes it with its edges.
  // (Clicked near its left end: at this size the minimap covers the right end of payments.)
  await node(page, 'payments').click({ position: { x: 12, y: 12 } });
  await page.keyboard.press('Delete');
  await expect(node(page, 'payments')).toHaveCount(0);
  expect(await edgeIdsOnCanvas(page)).toEqual(['client-orders']);
  await page.keyboard.press('Control+z');
  await expect(node(page, 'payments')).toBeVisible();
  expect((await edgeIdsOnCanvas(page)).sort()).toEqual(['client-orders', 'orders-payments']);

  // The toolbar's Delete button on a selected edge.
  await edge(page, 'orders-payments').click({ force: true });
  await page.getByRole('toolbar', { name: 'Edit' }).getByRole('button', { name: 'Delete' }).click();
  expect(await edgeIdsOnCanvas(page)).toEqual(['client-orders']);
  await expect(node(page, 'payments')).toBeVisible();

  // Copy and paste a node: a copy with a new id appears, selected.
  await node(page, 'orders').click();
  await page.keyboard.press('Control+c');
  await expect(statusLine(page)).toHaveText('Copied 1 node.');
  await page.keyboard.press('Control+v');
  await expect.poll(async () => (await nodeIdsOnCanvas(page)).length).toBe(4);
  const added = (await nodeIdsOnCanvas(page)).filter((id) => !['client', 'orders', 'payments'].includes(id));
  expect(added).toHaveLength(1);
  await expect(node(page, added[0])).toContainText('service');
  await expect(node(page, added[0])).toContainText('8 workers');
  await page.keyboard.press('Control+z');
  await expect(node(page, added[0])).toHaveCount(0);
});

test('"?" shows the keyboard shortcuts; Escape closes them', async ({ page }) => {
  await openEditor(page);
  await node(page, 'orders').click();
  await page.keyboard.press('Shift+?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Undo/ }).first()).toBeVisible();
  await expect(dialog.getByRole('rowheader', { name: '?' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the theme switch changes the theme and marks the choice', async ({ page }) => {
  await openEditor(page);
  // On a window narrower than the whole toolbar the switch sits behind "More", closed between clicks.
  const theme = page.getByRole('group', { name: 'Theme', includeHidden: true });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await (await toolbarButton(page, 'Light theme')).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const light = await background();

  await (await toolbarButton(page, 'Dark theme')).click();
  await expect(theme.getByRole('button', { name: 'Dark theme', includeHidden: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(theme.getByRole('button', { name: 'Light theme', includeHidden: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(background).not.toBe(light);
});
