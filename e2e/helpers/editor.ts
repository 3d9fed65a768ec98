import type { Locator, Page } from '@playwright/test';
import { expect, openApp } from '../fixtures';

/**
 * Shared steps of the editor specs, written the way a person works the app: by role,
 * label and the `node-<id>` / `edge-<id>` test ids — never by CSS class.
 */

/** A window large enough that the canvas is not covered by the bottom panels or the minimap. */
export const ROOMY_VIEWPORT = { width: 1600, height: 1000 } as const;

/** The autosave slot in localStorage (src/app/persistence/storageAccess.ts). */
export const AUTOSAVE_KEY = 'faultline:doc';

/**
 * Opens the editor. On a first visit (storage cleared) the scenario gallery opens by
 * itself; it is closed so the example diagram is in front of us.
 */
export async function openEditor(page: Page, options: { keepStorage?: boolean; path?: string } = {}) {
  await openApp(page, options.path ?? '/', { keepStorage: options.keepStorage ?? false });
  await expect(page.getByRole('application', { name: 'Diagram canvas' })).toBeVisible();
  if (!options.keepStorage) await closeGallery(page);
  await viewSettled(page);
}

/**
 * Waits until the canvas's view has stopped moving: after a document loads, the view is
 * fitted once its nodes are measured (canvas/viewportController.ts), possibly a few frames
 * later and animated. A click aimed before that lands where the thing was, not where it is.
 */
export async function viewSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const read = () => document.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '';
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = read();
    let still = 0;
    // Still for 10 frames in a row (about 170 ms), or give up after about 5 s.
    for (let i = 0; i < 300 && still < 10; i++) {
      await frame();
      const now = read();
      still = now === last ? still + 1 : 0;
      last = now;
    }
  });
}

/** Closes the scenario gallery shown on a first visit. */
export async function closeGallery(page: Page): Promise<void> {
  const gallery = page.getByRole('dialog', { name: 'Scenarios' });
  await expect(gallery).toBeVisible();
  await gallery.getByRole('button', { name: 'Close' }).click();
  await expect(gallery).toBeHidden();
}

/** A node of the diagram by id. */
export const node = (page: Page, id: string): Locator => page.getByTestId(`node-${id}`);
/** An edge of the diagram by id. */
export const edge = (page: Page, id: string): Locator => page.getByTestId(`edge-${id}`);

/** The ids of the nodes on the canvas, in document order. */
export async function nodeIdsOnCanvas(page: Page): Promise<string[]> {
  const ids = await page
    .getByTestId(/^node-/)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  return ids
    .filter((id): id is string => id !== null && !id.startsWith('node-run-'))
    .map((id) => id.slice(5));
}

/** The ids of the edges on the canvas. */
export async function edgeIdsOnCanvas(page: Page): Promise<string[]> {
  const ids = await page
    .getByTestId(/^edge-/)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  return ids
    .filter((id): id is string => id !== null && !id.startsWith('edge-run-'))
    .map((id) => id.slice(5));
}

/** The canvas's visible box in page coordinates. */
export async function canvasBox(page: Page) {
  const box = await page.getByRole('application', { name: 'Diagram canvas' }).boundingBox();
  if (!box) throw new Error('the canvas is not on screen');
  return box;
}

/** Drags a palette entry ("Add service") onto the canvas at `at` (page coordinates). */
export async function dragFromPalette(
  page: Page,
  kind: 'client' | 'service' | 'queue' | 'database' | 'cache' | 'balancer',
  at: { x: number; y: number },
): Promise<void> {
  const canvas = page.getByRole('application', { name: 'Diagram canvas' });
  const box = await canvasBox(page);
  await page
    .getByRole('button', { name: `Add ${kind}` })
    .dragTo(canvas, { targetPosition: { x: at.x - box.x, y: at.y - box.y } });
}

/** Where the handle on `side` of a node sits (handles are on the middle of the left and right borders). */
export async function handlePoint(page: Page, id: string, side: 'left' | 'right') {
  const box = await settledBox(page, id);
  return { x: side === 'right' ? box.x + box.width : box.x, y: box.y + box.height / 2 };
}

/**
 * The node's box once it has stopped moving: adding a node can pan the view to reveal it
 * (an animation of a quarter second), and a drag aimed at a moving handle misses it.
 */
async function settledBox(page: Page, id: string) {
  let last = await node(page, id).boundingBox();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(50);
    const box = await node(page, id).boundingBox();
    if (box && last && box.x === last.x && box.y === last.y && box.width === last.width) return box;
    last = box;
  }
  if (!last) throw new Error(`node ${id} is not on screen`);
  return last;
}

/** Drags with the mouse from `source`'s outgoing handle to `target`'s incoming handle. */
export async function connectByMouse(page: Page, source: string, target: string): Promise<void> {
  const from = await handlePoint(page, source, 'right');
  const to = await handlePoint(page, target, 'left');
  await dragBetween(page, from, to);
}

/** A mouse drag in small steps, so React Flow sees a real gesture. */
export async function dragBetween(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** The status line under the canvas (what an action did, or why it was refused). */
export const statusLine = (page: Page): Locator => page.getByTestId('status-line');

/** The parsed autosave envelope in localStorage, or null. */
export async function readAutosave(page: Page): Promise<{ revision: number; doc: StoredDocLike } | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY);
  return raw === null ? null : (JSON.parse(raw) as { revision: number; doc: StoredDocLike });
}

/** The parts of a stored document the specs read. */
export interface StoredDocLike {
  title?: string;
  nodes: { id: string; kind: string; label?: string; workers?: number }[];
  edges: { id: string; kind: string; source: string; target: string }[];
}

/**
 * A toolbar button as a person reaches it: on windows narrower than the roomy layout the
 * less-used ones (New, Open, Save, shortcuts, theme) sit behind "More", which is opened first.
 */
export async function toolbarButton(page: Page, name: string): Promise<Locator> {
  const button = page.getByRole('banner').getByRole('button', { name, exact: true });
  if (!(await button.isVisible())) await page.getByRole('button', { name: 'More' }).click();
  return button;
}

/** Opens a built-in scenario from the toolbar's Scenarios gallery, by its title (nothing to replace without asking). */
export async function openScenario(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const gallery = page.getByRole('dialog', { name: 'Scenarios' });
  await gallery.getByRole('button', { name: `Open ${title}` }).click();
  await expect(gallery).toBeHidden();
}
