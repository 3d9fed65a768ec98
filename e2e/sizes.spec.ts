import type { Page } from '@playwright/test';
import { parseDocument } from '../src/model';
import { encodeShareLink } from '../src/model/shareLink';
import { queueRedeploy } from '../src/scenarios/queueRedeploy';
import { expect, openApp, test } from './fixtures';
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

/** A share link's fragment for the four-node "same with a queue" lesson (1144 units wide as drawn). */
const queueLesson = (() => {
  const r = parseDocument(queueRedeploy);
  if (!r.ok) throw new Error('the scenario does not parse');
  return encodeShareLink(r.doc);
})();

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

test('at 1024×768 the inspector is a drawer: a selection opens it, its toggle closes it', async ({
  page,
}) => {
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

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
]) {
  test(`presenting a four-node lesson at ${size.width}×${size.height} shows it whole at 100 % zoom or more`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openApp(page, `/?present${queueLesson}`);
    const ids = ['client', 'orders', 'payments-queue', 'payments'];
    await expect(page.getByTestId('node-payments-queue')).toBeVisible();
    const area = await canvas(page).boundingBox();
    if (!area) throw new Error('no canvas');
    await expect
      .poll(async () => {
        const boxes = await Promise.all(ids.map((id) => page.getByTestId(`node-${id}`).boundingBox()));
        return boxes.every(
          (b) =>
            b !== null &&
            // Drawn 184 units wide: on screen at least that many pixels is 100 % or more.
            b.width >= 184 &&
            b.x >= area.x &&
            b.x + b.width <= area.x + area.width &&
            b.y >= area.y &&
            b.y + b.height <= area.y + area.height,
        );
      })
      .toBe(true);
    // A node's summary is never cut short.
    const cut = await page
      .getByTestId('node-payments-queue')
      .evaluate((el) => [...el.querySelectorAll('span')].some((s) => s.scrollWidth > s.clientWidth + 1));
    expect(cut).toBe(false);
  });
}
