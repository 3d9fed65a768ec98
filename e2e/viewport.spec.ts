import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { canvasBox, nodeIdsOnCanvas, openScenario } from './helpers/editor';

/**
 * One owner decides the editor's viewport (src/canvas/viewportController.ts): a document
 * opened while presenting is fitted once, at once — not once per part of the page that
 * noticed — and the person's own zoom afterwards is not taken back by a late move.
 */

// Narrow enough that presenter mode lays both diagrams out closer together (displayLayout.ts).
test.use({ viewport: { width: 1000, height: 800 } });

/** Starts noting every change of the canvas's transform (the React Flow viewport layer, which has no role). */
async function watchViewport(page: Page): Promise<void> {
  await page.evaluate(() => {
    const layer = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!layer) throw new Error('no viewport layer');
    const w = window as unknown as { __viewMoves: string[] };
    w.__viewMoves = [];
    new MutationObserver(() => w.__viewMoves.push(layer.style.transform)).observe(layer, {
      attributes: true,
      attributeFilter: ['style'],
    });
  });
}

const viewMoves = (page: Page) =>
  page.evaluate(() => (window as unknown as { __viewMoves: string[] }).__viewMoves);

const transform = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '');

/** Waits until the view has not moved for half a second; returns its transform. */
async function settled(page: Page): Promise<string> {
  let last = await transform(page);
  for (;;) {
    await page.waitForTimeout(500);
    const now = await transform(page);
    if (now === last) return now;
    last = now;
  }
}

const zoomOf = (t: string) => Number(/scale\(([\d.]+)\)/.exec(t)?.[1]);

test('a document opened while presenting is fitted once, and the zoom the person chooses then stays', async ({
  page,
}) => {
  await openApp(page, '/?present');
  await expect(page.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('node-orders')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lesson' })).toBeVisible();
  await settled(page);

  await watchViewport(page);
  await openScenario(page, 'The same with a queue');
  await expect(page.getByTestId('node-payments-queue')).toBeVisible();
  const fitted = await settled(page);
  // One move, straight to the fitted view: no second fit, no animation fighting it.
  expect(await viewMoves(page)).toEqual([fitted]);
  const area = await canvasBox(page);
  for (const id of await nodeIdsOnCanvas(page)) {
    const b = (await page.getByTestId(`node-${id}`).boundingBox())!;
    expect(b.x, id).toBeGreaterThanOrEqual(area.x);
    expect(b.x + b.width, id).toBeLessThanOrEqual(area.x + area.width);
  }

  // The person zooms in with the wheel; nothing moves the view after that.
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 3);
  await page.mouse.wheel(0, -300);
  const chosen = await settled(page);
  expect(zoomOf(chosen)).toBeGreaterThan(zoomOf(fitted));
  await page.waitForTimeout(1000);
  expect(await transform(page)).toBe(chosen);
});
