import type { Page } from '@playwright/test';
import { parseDocument } from '../src/model';
import { encodeShareLink } from '../src/model/shareLink';
import { rpcChainRedeploy } from '../src/scenarios/rpcChainRedeploy';
import { expect, test } from './fixtures';
import { seriousA11yViolations } from './helpers/axe';

test.use({ viewport: { width: 400, height: 300 } });

const doc = (() => {
  const r = parseDocument(rpcChainRedeploy);
  if (!r.ok) throw new Error('invalid');
  return r.doc;
})();
const fragment = encodeShareLink(doc);

/** Records every storage access to the autosave or boot marker, and plants a sentinel autosave. */
async function watchStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __storageTouches: string[] };
    w.__storageTouches = [];
    for (const method of ['getItem', 'setItem', 'removeItem'] as const) {
      const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
      Storage.prototype[method] = function (this: Storage, ...args: unknown[]) {
        if (typeof args[0] === 'string' && /^faultline:(doc|booting)/.test(args[0]))
          w.__storageTouches.push(`${method} ${args[0]}`);
        return original.apply(this, args);
      } as never;
    }
  });
  await page.goto('/favicon.svg');
  await page.evaluate(() => {
    localStorage.clear();
    localStorage.setItem('faultline:doc', 'SENTINEL: the user’s own work');
  });
}

const clock = (page: Page) => page.getByTestId('embed-clock');
const post = (page: Page, data: unknown) => page.evaluate((d) => window.postMessage(d, '*'), data);

test('the embedded player plays at 400×300, obeys only player commands and never touches the autosave', async ({
  page,
}) => {
  await watchStorage(page);
  await page.goto(`/?embed${fragment}`);
  await expect(page.getByTestId('node-orders')).toBeVisible();
  await expect(clock(page)).toHaveText('0.0 s / 60.0 s');
  // Read-only: no editor chrome, nothing draggable.
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);
  await expect(page.getByText('Drag onto the canvas')).toHaveCount(0);
  await expect(page.locator('.react-flow__node.draggable')).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);

  const play = page.getByRole('button', { name: 'Play' });
  await expect(play).toBeInViewport();
  await play.click();
  await expect.poll(async () => clock(page).textContent()).not.toBe('0.0 s / 60.0 s');

  await post(page, { type: 'faultline:pause' });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await post(page, { type: 'faultline:seek', tMs: 30_000 });
  await expect(clock(page)).toHaveText('30.0 s / 60.0 s');

  // Anything outside the closed set is ignored.
  for (const junk of [
    'faultline:play',
    { type: 'faultline:play', extra: 1 },
    { type: 'faultline:load', doc: {} },
    null,
    42,
  ]) {
    await post(page, junk);
  }
  await page.waitForTimeout(700);
  await expect(clock(page)).toHaveText('30.0 s / 60.0 s');
  await post(page, { type: 'faultline:step', ms: 2000 });
  await expect(clock(page)).toHaveText('32.0 s / 60.0 s');

  const open = page.getByRole('link', { name: 'Open in Faultline' });
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', /noopener/);
  const href = new URL((await open.getAttribute('href'))!, page.url());
  expect(href.search).not.toContain('embed');
  expect(href.hash).toBe(fragment);

  // Read the record before looking at the slot ourselves (that read would be recorded too).
  expect(
    await page.evaluate(() => (window as unknown as { __storageTouches: string[] }).__storageTouches),
  ).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('faultline:doc'))).toBe(
    'SENTINEL: the user’s own work',
  );
});

test('?autoplay starts the run by itself', async ({ page }) => {
  await watchStorage(page);
  await page.goto(`/?embed&autoplay${fragment}`);
  await expect.poll(async () => clock(page).textContent(), { timeout: 10_000 }).not.toBe('0.0 s / 60.0 s');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('?linked outside a frame keeps the player controls', async ({ page }) => {
  await page.goto(`/?embed&linked${fragment}`);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.getByLabel('Simulated time')).toBeVisible();
});

test('a broken embed link explains itself', async ({ page }) => {
  await page.goto(`/?embed${fragment.slice(0, -30)}`);
  await expect(page.getByTestId('link-error')).toContainText('ask the sender for the whole link');
});

test('?step=N opens the player at that lesson step, with its caption', async ({ page }) => {
  const step = doc.lesson[2];
  await page.goto(`/?embed&step=3${fragment}`);
  await expect(clock(page)).toHaveText(`${step.atS!.toFixed(1)} s / 60.0 s`);
  await expect(page.getByTestId('embed-caption')).toHaveText(step.caption);
});
