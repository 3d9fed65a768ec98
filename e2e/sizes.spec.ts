import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openEditor } from './helpers/editor';

/**
 * Projector, laptop and phone sizes, checked by bounding boxes (not screenshots): the
 * toolbar keeps to one row with the less-used actions behind "More", the canvas keeps at
 * least 55 % of the window, and node text is legible at the fitted zoom.
 */

/** The smallest on-screen height of a node's name we call legible from the back of a room. */
const LEGIBLE_LABEL_PX = 14;

const PROJECTORS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1024, height: 700 },
] as const;

const canvas = (page: Page) => page.getByRole('application', { name: 'Diagram canvas' });
const toolbar = (page: Page) => page.getByRole('banner');
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

/** The vertical centres of every visible button in the toolbar. */
async function toolbarButtonCentres(page: Page): Promise<number[]> {
  const boxes = await toolbar(page)
    .getByRole('button')
    .evaluateAll((els) =>
      els
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => r.top + r.height / 2),
    );
  return boxes;
}

/** The rendered height of a node's name, after the view has fitted the diagram. */
async function labelHeight(page: Page, id: string): Promise<number> {
  const label = page.getByTestId(`node-${id}`).getByText(/\S/).nth(1);
  await expect(label).toBeVisible();
  const box = await label.boundingBox();
  return box?.height ?? 0;
}

for (const size of PROJECTORS) {
  test(`at ${size.width}×${size.height} the toolbar is one row, the canvas keeps 55 % and node names are legible`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openEditor(page);
    await expect(page.getByTestId('node-orders')).toBeVisible();

    const centres = await toolbarButtonCentres(page);
    expect(centres.length).toBeGreaterThanOrEqual(8);
    expect(Math.max(...centres) - Math.min(...centres)).toBeLessThanOrEqual(2);
    const bar = await toolbar(page).boundingBox();
    expect(bar?.height).toBeLessThanOrEqual(60);
    // The less-used actions are one tap away.
    await expect(page.getByRole('button', { name: 'New', exact: true })).toBeHidden();
    await page.getByRole('button', { name: 'More' }).click();
    await expect(page.getByRole('button', { name: 'New', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'New', exact: true })).toBeHidden();

    const box = await canvas(page).boundingBox();
    if (!box) throw new Error('no canvas');
    expect((box.width * box.height) / (size.width * size.height)).toBeGreaterThanOrEqual(0.55);
    // Settled after the first fit.
    await expect.poll(() => labelHeight(page, 'orders')).toBeGreaterThanOrEqual(LEGIBLE_LABEL_PX);
  });
}

test('at 1024×768 the inspector is a drawer: a selection opens it, its toggle closes it', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openEditor(page);
  await expect(inspector(page)).toBeHidden();
  const before = await canvas(page).boundingBox();
  await page.getByTestId('node-orders').click();
  await expect(inspector(page).getByLabel('Name')).toHaveValue('orders');
  const toggle = page.getByRole('button', { name: 'Inspector' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(inspector(page)).toBeHidden();
  expect((await canvas(page).boundingBox())?.width).toBe(before?.width);
  // With nothing selected the toggle opens the diagram's own settings.
  await canvas(page).click({ position: { x: 300, y: 40 } });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(inspector(page).getByLabel('Diagram title')).toBeVisible();
});
