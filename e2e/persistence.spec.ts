import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import {
  AUTOSAVE_KEY,
  edgeIdsOnCanvas,
  node,
  nodeIdsOnCanvas,
  openEditor,
  ROOMY_VIEWPORT,
  readAutosave,
} from './helpers/editor';

/**
 * Nothing lost (SAFETY.md, issue 2): autosave survives an immediate reload; a broken or
 * oversized file is explained and changes nothing; a damaged autosave is kept and can be
 * downloaded; two tabs editing the same diagram are detected and asked about.
 */

test.use({ viewport: ROOMY_VIEWPORT });

const EXAMPLE_NODES = ['client', 'orders', 'payments'];
const EXAMPLE_EDGES = ['client-orders', 'orders-payments'];

/** Sets the selected service's workers in the inspector. */
async function setWorkers(page: Page, id: string, workers: number) {
  await node(page, id).click();
  const field = page
    .getByRole('complementary', { name: 'Inspector' })
    .getByRole('spinbutton', { name: 'Workers per instance' });
  await field.fill(String(workers));
  await expect(node(page, id)).toContainText(`${workers} workers`);
}

/** Chooses `path` in the file chooser opened by "Open…". */
async function openFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(path);
}

/** The example is still on the canvas, as it was. */
async function expectExampleUnchanged(page: Page) {
  expect((await nodeIdsOnCanvas(page)).sort()).toEqual(EXAMPLE_NODES);
  expect((await edgeIdsOnCanvas(page)).sort()).toEqual(EXAMPLE_EDGES);
  await expect(page.getByRole('banner')).toContainText('RPC chain under redeploy');
  await expect(node(page, 'orders')).toContainText('8 workers');
}

test('an edit followed at once by a reload is restored', async ({ page }) => {
  await openEditor(page);
  await setWorkers(page, 'orders', 13);
  // No wait for the debounce: the flush on pagehide must save it.
  await page.reload();
  await expect(node(page, 'orders')).toContainText('13 workers');
  // Not a first visit any more: no gallery, and the autosave holds the edit.
  await expect(page.getByRole('dialog', { name: 'Scenarios' })).toHaveCount(0);
  const saved = await readAutosave(page);
  expect(saved?.doc.nodes.find((n) => n.id === 'orders')?.workers).toBe(13);
});

test('a file with an invalid field is refused with its path; the diagram is unchanged', async ({
  page,
}, testInfo) => {
  await openEditor(page);
  const path = testInfo.outputPath('broken.json');
  const broken = {
    version: 2,
    title: 'Broken',
    nodes: [{ id: 'a', kind: 'service', label: 'A', position: { x: 0, y: 0 }, workers: 0 }],
    edges: [],
    scenario: { durationS: 60, seed: 1, faults: [] },
  };
  await writeFile(path, JSON.stringify(broken));
  await openFile(page, path);

  const notice = page.getByRole('alert').filter({ hasText: 'Could not open “broken.json”' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('nodes[0].workers');
  await expect(notice).toContainText('must be a whole number from 1 to 10000');
  await expect(notice).toContainText('The current diagram is unchanged.');
  await expect(page.getByRole('dialog', { name: /Open/ })).toHaveCount(0);
  await expectExampleUnchanged(page);
});

test('a file that is not JSON is refused and says so', async ({ page }, testInfo) => {
  await openEditor(page);
  const path = testInfo.outputPath('truncated.json');
  await writeFile(path, '{"version": 2, "nodes": [');
  await openFile(page, path);
  const notice = page.getByRole('alert').filter({ hasText: 'Could not open “truncated.json”' });
  await expect(notice).toContainText('it is not JSON');
  await expectExampleUnchanged(page);
});

test('a 50 MB file is refused by its size before being read', async ({ page }, testInfo) => {
  await openEditor(page);
  const path = testInfo.outputPath('huge.json');
  // Valid-looking JSON all the way, so only the size can be the reason.
  const filler = 'x'.repeat(50 * 1024 * 1024 - 20);
  await writeFile(path, `{"title":"${filler}"}`);
  await openFile(page, path);
  const notice = page.getByRole('alert').filter({ hasText: 'Could not open “huge.json”' });
  await expect(notice).toContainText('This file is 50.0 MB; the limit is 5 MB.');
  await expectExampleUnchanged(page);
});

test('a corrupt autosave gives the notice, is kept in storage, and can be downloaded', async ({ page }) => {
  const garbage = '{"revision": 3, "doc": {"nodes": [ this is not json';
  await openApp(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [AUTOSAVE_KEY, garbage]);
  await openApp(page, '/', { keepStorage: true });

  const notice = page.getByRole('alert').filter({ hasText: 'Your saved diagram could not be opened.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('not valid JSON');
  await expect(notice).toContainText('Nothing was deleted');
  // The example is shown instead, and the damaged value is where it was, plus a copy aside.
  await expectExampleUnchanged(page);
  const stored = await page.evaluate(() => ({ ...localStorage }));
  expect(stored[AUTOSAVE_KEY]).toBe(garbage);
  const aside = Object.entries(stored).filter(([k]) => k.startsWith(`${AUTOSAVE_KEY}:damaged:`));
  expect(aside.map(([, v]) => v)).toEqual([garbage]);

  // Autosave is paused: an edit does not overwrite the damaged data.
  await setWorkers(page, 'orders', 11);
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  expect(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY)).toBe(garbage);

  // "Download the damaged data" gives back exactly what was stored.
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the damaged data' }).click();
  const file = await download;
  expect(await readFile(await file.path(), 'utf8')).toBe(garbage);
});

test('two tabs editing: the conflict is detected and asked about, nothing overwritten', async ({
  page,
  context,
}) => {
  await openEditor(page);
  await setWorkers(page, 'orders', 12);
  await expect
    .poll(async () => (await readAutosave(page))?.doc.nodes.find((n) => n.id === 'orders')?.workers)
    .toBe(12);

  // A second tab of the same browser opens the saved diagram and edits it.
  const other = await context.newPage();
  const otherErrors: string[] = [];
  other.on('pageerror', (e) => otherErrors.push(e.message));
  await other.goto('/');
  await expect(node(other, 'orders')).toContainText('12 workers');
  await setWorkers(other, 'orders', 14);
  await expect
    .poll(async () => (await readAutosave(other))?.doc.nodes.find((n) => n.id === 'orders')?.workers)
    .toBe(14);

  // The first tab is told, and asked.
  const conflict = page.getByRole('alert').filter({ hasText: 'This diagram was changed in another tab.' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('button', { name: 'Load theirs' })).toBeVisible();
  await expect(conflict.getByRole('button', { name: 'Keep mine as a copy' })).toBeVisible();

  // An edit here does not silently overwrite the other tab's save.
  await setWorkers(page, 'orders', 20);
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  expect((await readAutosave(page))?.doc.nodes.find((n) => n.id === 'orders')?.workers).toBe(14);

  // "Load theirs" shows the other tab's version here.
  await conflict.getByRole('button', { name: 'Load theirs' }).click();
  await expect(node(page, 'orders')).toContainText('14 workers');
  await expect(conflict).toBeHidden();
  expect(otherErrors).toEqual([]);
  await other.close();
});
