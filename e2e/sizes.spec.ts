import type { Page } from '@playwright/test';
import { parseDocument } from '../src/model';
import { encodeShareLink } from '../src/model/shareLink';
import { queueRedeploy } from '../src/scenarios/queueRedeploy';
import { rpcChainRedeploy } from '../src/scenarios/rpcChainRedeploy';
import { expect, openApp, test } from './fixtures';
import { seriousA11yViolations } from './helpers/axe';
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

// Wider windows show the less-used actions in line, but only where the whole toolbar —
// challenges, Present and the room included — still fits in one row.
for (const width of [1366, 1440, 1600, 1920]) {
  test(`at ${width} px wide the toolbar is one row`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openEditor(page);
    await expect(toolbar(page).getByRole('button', { name: 'Room', exact: true })).toBeVisible();
    await expect(toolbar(page).getByRole('button', { name: 'Challenges', exact: true })).toBeVisible();
    const centres = await toolbarButtonCentres(page);
    expect(Math.max(...centres) - Math.min(...centres)).toBeLessThanOrEqual(2);
    expect((await toolbar(page).boundingBox())?.height).toBeLessThanOrEqual(60);
  });
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
    expect(await seriousA11yViolations(page)).toEqual([]);
    // From the keyboard: Tab into the list, Escape closes it and gives focus back to "More".
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'New', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'New', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'More' })).toBeFocused();

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
  // The node being edited stays in view beside the open drawer.
  await page.getByTestId('node-payments').click();
  await expect(inspector(page).getByLabel('Name')).toHaveValue('payments');
  await expect
    .poll(async () => {
      const area = (await canvas(page).boundingBox())!;
      const node = (await page.getByTestId('node-payments').boundingBox())!;
      return node.x >= area.x && node.x + node.width <= area.x + area.width;
    })
    .toBe(true);
  await toggle.click();
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
    await expect
      .poll(async () => {
        // The canvas's box is read each time: the lesson bar, loaded after startup, takes its room.
        const area = await canvas(page).boundingBox();
        if (!area) return false;
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

test.describe('a shared link opened on a phone', () => {
  test.use({ viewport: { width: 412, height: 915 }, hasTouch: true, isMobile: true });

  const rpcChain = (() => {
    const r = parseDocument(rpcChainRedeploy);
    if (!r.ok) throw new Error('the scenario does not parse');
    return encodeShareLink(r.doc);
  })();
  const player = (page: Page) => page.getByRole('application', { name: 'Diagram' });
  /** The diagram's pan and zoom, read from the transform React Flow gives its viewport. */
  const viewportTransform = (page: Page) =>
    page.getByRole('application', { name: 'Diagram' }).evaluate((el) => {
      const m = el.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
      const [x, y, zoom] = (m.match(/-?[\d.]+/g) ?? []).map(Number);
      return { x, y, zoom };
    });

  /** Touches the screen with one finger or two (Chromium's own touch events). */
  async function touch(page: Page, frames: { x: number; y: number; id?: number }[][]) {
    const cdp = await page.context().newCDPSession(page);
    const [first, ...rest] = frames;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: first });
    for (const points of rest)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  test('opens the player: the chain top to bottom and legible, a tapped node shows its numbers, Edit opens the editor', async ({
    page,
  }) => {
    await openApp(page, `/${rpcChain}`);
    const edit = page.getByRole('link', { name: 'Edit' });
    await expect(edit).toBeVisible();
    await expect(page.getByRole('button', { name: 'More' })).toHaveCount(0);

    // Fitted, whole, and read top to bottom.
    const area = await player(page).boundingBox();
    if (!area) throw new Error('no diagram');
    const boxes = await Promise.all(
      ['client', 'orders', 'payments'].map((id) => page.getByTestId(`node-${id}`).boundingBox()),
    );
    for (const b of boxes) {
      expect(b).not.toBeNull();
      expect(b!.x).toBeGreaterThanOrEqual(area.x);
      expect(b!.x + b!.width).toBeLessThanOrEqual(area.x + area.width);
      expect(b!.y + b!.height).toBeLessThanOrEqual(area.y + area.height);
    }
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height);
    expect(boxes[2]!.y).toBeGreaterThan(boxes[1]!.y + boxes[1]!.height);
    expect(await labelHeight(page, 'orders')).toBeGreaterThanOrEqual(LEGIBLE_LABEL_PX);

    // Tap a node for its numbers.
    await page.getByTestId('node-orders').tap();
    const numbers = page.getByRole('region', { name: 'orders: numbers' });
    await expect(numbers).toContainText('8 workers');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Play' }).tap();
    await expect(numbers).toContainText(/busy\s*\d+ of 8/);
    await page.getByRole('button', { name: 'Pause' }).tap();
    await numbers.getByRole('button', { name: 'Close the numbers' }).tap();
    await expect(numbers).toHaveCount(0);
    await page.getByRole('button', { name: 'Step one second' }).tap();
    await expect(page.getByRole('slider', { name: 'Simulated time' })).toBeVisible();
    // The charts below.
    const metrics = page.getByRole('heading', { name: 'Metrics' });
    await metrics.scrollIntoViewIfNeeded();
    await expect(metrics).toBeInViewport();

    await expect(edit).toHaveAttribute('href', /\?edit#d=/);
    await edit.tap();
    await expect(page.getByRole('application', { name: 'Diagram canvas' })).toBeVisible();
    const canvasBox = await page.getByRole('application', { name: 'Diagram canvas' }).boundingBox();
    expect(canvasBox!.height).toBeGreaterThan(300);
  });

  test('a finger pans the diagram and two fingers zoom it', async ({ page }) => {
    await openApp(page, `/${rpcChain}`);
    await expect(page.getByTestId('node-orders')).toBeVisible();
    const area = (await player(page).boundingBox())!;
    const x = area.x + area.width - 30;
    const y = area.y + 60;
    const before = await viewportTransform(page);
    await touch(page, [[{ x, y }], [{ x: x - 20, y: y + 20 }], [{ x: x - 60, y: y + 60 }]]);
    await expect.poll(() => viewportTransform(page)).not.toBe(before);
    const panned = await viewportTransform(page);
    const cx = area.x + area.width / 2;
    const cy = area.y + area.height / 2;
    await touch(page, [
      [
        { x: cx - 30, y: cy, id: 1 },
        { x: cx + 30, y: cy, id: 2 },
      ],
      [
        { x: cx - 60, y: cy, id: 1 },
        { x: cx + 60, y: cy, id: 2 },
      ],
      [
        { x: cx - 100, y: cy, id: 1 },
        { x: cx + 100, y: cy, id: 2 },
      ],
    ]);
    await expect.poll(async () => (await viewportTransform(page)).zoom).toBeGreaterThan(panned.zoom * 1.5);
  });
});

test('at 1280×720 "Larger panels" pulls the panel strip up over half the window, and back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openEditor(page);
  const panels = page.getByRole('region', { name: 'Simulation' });
  const small = (await panels.boundingBox())!.height;
  expect(small).toBeLessThanOrEqual(720 * 0.3);
  await page.getByRole('button', { name: 'Larger panels' }).click();
  await expect.poll(async () => (await panels.boundingBox())!.height).toBeGreaterThan(720 * 0.5);
  await expect(canvas(page)).toBeVisible();
  await page.getByRole('button', { name: 'Smaller panels' }).click();
  await expect.poll(async () => (await panels.boundingBox())!.height).toBe(small);
});
