import { expect, test } from './fixtures';
import { node, openEditor, statusLine } from './helpers/editor';

/**
 * The first visit draws the example without the schema-checked edits (they bring zod and
 * come after startup: docs/performance.md). An edit asked for before they arrive must wait
 * for them and then happen, checked, never be lost.
 */

test('adding a node before the editing tools have arrived waits for them, then adds it', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let asked = false;
  // Hold back the chunk of checked edits, as a slow network would.
  await page.route(/\/assets\/editingKit-[^/]+\.js$/, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await openEditor(page);
  await expect.poll(() => asked).toBe(true);

  await page.getByRole('button', { name: 'Add client' }).click();
  // Asked for, not yet done: the tools are still on their way.
  await page.waitForTimeout(300);
  await expect(node(page, 'client-1')).toHaveCount(0);

  release();
  await expect(node(page, 'client-1')).toBeVisible();
  await expect(statusLine(page)).toHaveText('Added Client 1.');
  // The inspector, which edits through the same tools, shows the new node once they are here.
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('Client 1');
});
