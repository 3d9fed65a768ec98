import { readFile, writeFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { parseDocument } from '../src/model';
import { encodeShareLink } from '../src/model/shareLink';
import { rpcChainRedeploy } from '../src/scenarios/rpcChainRedeploy';
import { expect, openApp, test } from './fixtures';
import {
  AUTOSAVE_KEY,
  closeGallery,
  edgeIdsOnCanvas,
  node,
  nodeIdsOnCanvas,
  openEditor,
  ROOMY_VIEWPORT,
  readAutosave,
  toolbarButton,
} from './helpers/editor';

/**
 * Nothing lost: autosave survives an immediate reload; a broken or oversized file is
 * explained and changes nothing; a damaged autosave is kept (once) and can be downloaded;
 * two tabs editing the same diagram, even saving at the same instant, are detected and
 * asked about and both versions stay; every diagram a link replaced stays in File → Recent;
 * a link or document pasted on the canvas asks before it opens.
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
  await (await toolbarButton(page, 'Open…')).click();
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

/** A share fragment of the example under another title (so it is not the autosave's). */
function sharedFragment(title: string): string {
  const r = parseDocument({ ...rpcChainRedeploy, title });
  if (!r.ok) throw new Error('invalid');
  return encodeShareLink(r.doc);
}

/** The File → Recent dialog, opened. */
async function openRecent(page: Page) {
  await (await toolbarButton(page, 'Recent…')).click();
  const dialog = page.getByRole('dialog', { name: 'Recent diagrams' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The titles listed in File → Recent, newest first. */
async function recentTitles(page: Page): Promise<string[]> {
  const dialog = await openRecent(page);
  const titles = await dialog.getByRole('listitem').locator('strong').allTextContents();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return titles;
}

test('New on the untouched example asks nothing: nothing would be lost', async ({ page }) => {
  await openEditor(page);
  await (await toolbarButton(page, 'New')).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await nodeIdsOnCanvas(page)).toEqual([]);
});

test('a chain of links: every diagram a link replaced is in File → Recent, after reloads too', async ({
  page,
}) => {
  await openEditor(page);
  await setWorkers(page, 'orders', 13);
  await expect
    .poll(async () => (await readAutosave(page))?.doc.nodes.find((n) => n.id === 'orders')?.workers)
    .toBe(13);

  for (const [i, title] of ['First link', 'Second link'].entries()) {
    await page.goto(`/?link=${i}${sharedFragment(title)}`);
    const question = page.getByRole('dialog', { name: 'Open the shared diagram?' });
    await question.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('banner')).toContainText(title);
    await expect.poll(async () => (await readAutosave(page))?.doc.title).toBe(title);
  }

  // After a reload, the work both links replaced is still one click away, newest first.
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Second link');
  expect(await recentTitles(page)).toEqual(['First link', 'RPC chain under redeploy']);

  // Opening the original work keeps the one on screen in its turn.
  const recent = await openRecent(page);
  const original = recent.getByRole('listitem').filter({ hasText: 'RPC chain under redeploy' });
  await expect(original).toContainText('replaced by a shared link');
  await original.getByRole('button', { name: /^Open/ }).click();
  await expect(recent).toBeHidden();
  await expect(node(page, 'orders')).toContainText('13 workers');
  expect(await recentTitles(page)).toEqual(['Second link', 'First link', 'RPC chain under redeploy']);
});

test('a link with the key in upper case (#D=1.) is read, not ignored', async ({ page }) => {
  await openEditor(page);
  await setWorkers(page, 'orders', 13);
  await expect.poll(async () => (await readAutosave(page))?.doc.title).toBe('RPC chain under redeploy');
  const upper = sharedFragment('Upper-case link').replace('#d=', '#D=');
  await page.goto(`/?upper${upper}`);
  const question = page.getByRole('dialog', { name: 'Open the shared diagram?' });
  await expect(question).toContainText('Upper-case link');
  await question.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('banner')).toContainText('Upper-case link');

  // The embedded player plays the linked diagram, not the example.
  await page.goto(`/?embed${upper}`);
  await expect(page.getByText('Upper-case link').first()).toBeVisible();
});

test('a damaged autosave loaded again and again is kept aside once; Start fresh then saves', async ({
  page,
}) => {
  await openApp(page);
  const garbage = `not json ${'x'.repeat(1024 * 1024)}`;
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [AUTOSAVE_KEY, garbage]);
  for (let i = 0; i < 4; i++) {
    await openApp(page, `/?load=${i}`, { keepStorage: true });
    await expect(
      page.getByRole('alert').filter({ hasText: 'Your saved diagram could not be opened.' }),
    ).toBeVisible();
  }
  const aside = await page.evaluate(
    (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length,
    `${AUTOSAVE_KEY}:damaged:`,
  );
  expect(aside).toBe(1);

  const notice = page.getByRole('alert').filter({ hasText: 'Your saved diagram could not be opened.' });
  await notice.getByRole('button', { name: 'Start fresh and save' }).click();
  await expect(notice).toBeHidden();
  await expect.poll(async () => (await readAutosave(page))?.doc.title).toBe('RPC chain under redeploy');
});

/**
 * Two tabs of one browser at the same autosave revision, each with a new node, and
 * `pagehide` in both at the same wall-clock millisecond (as closing the browser does).
 */
async function simultaneousSave(context: BrowserContext) {
  const a = await context.newPage();
  const errors: string[] = [];
  a.on('pageerror', (e) => errors.push(e.message));
  await openApp(a);
  await closeGallery(a);
  await setWorkers(a, 'orders', 12);
  await expect
    .poll(async () => (await readAutosave(a))?.doc.nodes.find((n) => n.id === 'orders')?.workers)
    .toBe(12);
  const b = await context.newPage();
  b.on('pageerror', (e) => errors.push(e.message));
  await b.goto('/');
  await expect(node(b, 'orders')).toContainText('12 workers');

  // Each tab adds a node and leaves at the same instant, before its autosave's debounce.
  const at = await a.evaluate(() => Date.now() + 400);
  const addAndLeave = (page: Page, kind: string) =>
    page.evaluate(
      async ([when, label]) => {
        while (Date.now() < when) await new Promise((r) => setTimeout(r, 1));
        document.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)?.click();
        window.dispatchEvent(new Event('pagehide'));
      },
      [at, `Add ${kind}`] as const,
    );
  await Promise.all([addAndLeave(a, 'service'), addAndLeave(b, 'database')]);
  return { a, b, errors };
}

test('two tabs saving at the same moment: the tab whose version lost is told, and both versions stay', async ({
  browser,
}) => {
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ viewport: ROOMY_VIEWPORT });
    const { a, b, errors } = await simultaneousSave(context);
    await expect(node(a, 'service-1')).toBeVisible();
    await expect(node(b, 'database-1')).toBeVisible();

    // The slot holds one tab's version; that tab's id decides which one lost.
    await expect.poll(async () => (await readAutosave(a))?.doc.nodes.length).toBe(4);
    const saved = (await readAutosave(a))?.doc.nodes.map((n) => n.id) ?? [];
    const [winner, loser, loserNode] = saved.includes('service-1')
      ? [a, b, 'database-1']
      : [b, a, 'service-1'];
    expect(saved).not.toContain(loserNode);
    await expect(
      loser.getByRole('alert').filter({ hasText: 'This diagram was changed in another tab.' }),
    ).toBeVisible();

    // A new tab finds the version that lost the slot in File → Recent, and can open it.
    const c = await context.newPage();
    c.on('pageerror', (e) => errors.push(e.message));
    await c.goto('/');
    await expect(c.getByRole('application', { name: 'Diagram canvas' })).toBeVisible();
    const recent = await openRecent(c);
    const entry = recent.getByRole('listitem').first();
    await expect(entry).toContainText(/another tab|a tab’s last version/);
    await entry.getByRole('button', { name: /^Open/ }).click();
    await expect(node(c, loserNode)).toBeVisible();
    expect(errors, `run ${run}`).toEqual([]);
    // Whether both writes reached storage before either tab heard of the other (then both are told).
    const both = await winner
      .getByRole('alert')
      .filter({ hasText: 'This diagram was changed in another tab.' })
      .count();
    console.log(
      `simultaneous save, run ${run}: ${both ? 'both tabs wrote the same revision' : 'one tab wrote first'}`,
    );
    await context.close();
  }
});

test('Ctrl+V of a share link on the canvas asks, then opens it; copied nodes paste as "orders 2"', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEditor(page);
  await setWorkers(page, 'orders', 13);

  // Nodes: copy and paste on the canvas gives a named, offset copy.
  await node(page, 'orders').click();
  await page.keyboard.press('Control+C');
  await page.keyboard.press('Control+V');
  await expect(node(page, 'service-1')).toContainText('orders 2');

  // A link on the clipboard: pasted on the canvas, it asks first.
  const link = `http://127.0.0.1/${sharedFragment('Pasted link')}`;
  await page.evaluate((text) => navigator.clipboard.writeText(text), link);
  await page.getByRole('application', { name: 'Diagram canvas' }).click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+V');
  const ask = page.getByRole('dialog', { name: 'Open the pasted diagram?' });
  await expect(ask).toContainText('“Pasted link”');
  await ask.getByRole('button', { name: 'Open it' }).click();
  await expect(page.getByRole('banner')).toContainText('Pasted link');
  expect(await recentTitles(page)).toEqual(['RPC chain under redeploy']);

  // Text that claims to be a diagram but is not one is explained; nothing changes.
  await page.evaluate(() => navigator.clipboard.writeText('{"version": 2, "nodes": ['));
  await page.getByRole('application', { name: 'Diagram canvas' }).click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+V');
  await expect(page.getByRole('alert').filter({ hasText: 'Could not open the pasted text.' })).toContainText(
    'not JSON',
  );
  await expect(page.getByRole('banner')).toContainText('Pasted link');
});
