import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseDocument } from '../src/model';
import { encodeShareLink } from '../src/model/shareLink';
import { rpcChainRedeploy } from '../src/scenarios/rpcChainRedeploy';
import { expect, openApp, test } from './fixtures';
import { seriousA11yViolations } from './helpers/axe';

/** A share fragment of the example under another title (so it is not the autosave's). */
function sharedFragment(title: string): string {
  const r = parseDocument({ ...rpcChainRedeploy, title });
  if (!r.ok) throw new Error('invalid');
  return encodeShareLink(r.doc);
}

async function closeGallery(page: Page): Promise<void> {
  const gallery = page.getByRole('dialog', { name: 'Scenarios' });
  await expect(gallery).toBeVisible();
  await gallery.getByRole('button', { name: 'Close' }).click();
  await expect(gallery).toBeHidden();
}

/** Runs to the end and returns the run summary's text (seed-determined, so equal runs read the same). */
async function runToEndSummary(page: Page): Promise<string> {
  await page
    .getByRole('toolbar', { name: 'Run controls' })
    .getByRole('button', { name: 'Run to end' })
    .click();
  const summary = page.getByRole('dialog', { name: 'Run summary' });
  await expect(summary).toBeVisible({ timeout: 30_000 });
  return (await summary.textContent()) ?? '';
}

async function savedDoc(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('faultline:doc');
    return raw === null ? null : JSON.parse(raw).doc;
  });
}

/** First visit, then a built-in scenario opened from the gallery and autosaved. */
async function withSavedQueueScenario(page: Page): Promise<unknown> {
  await openApp(page);
  await page
    .getByRole('dialog', { name: 'Scenarios' })
    .getByRole('button', { name: 'Open The same with a queue' })
    .click();
  await expect(page).toHaveTitle('The same with a queue — Faultline');
  await expect
    .poll(() => savedDoc(page).then((d) => (d as { title?: string } | null)?.title))
    .toBe('The same with a queue');
  return savedDoc(page);
}

test('share the example, then open the link in a fresh browser to the same run summary', async ({
  page,
  browser,
}) => {
  await openApp(page);
  await closeGallery(page);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  const link = await dialog.getByLabel('Link').inputValue();
  expect(new URL(link).hash).toMatch(/^#d=2\./);
  expect(new URL(link).hash.length).toBeLessThanOrEqual(600);
  await expect(dialog.getByTestId('share-link-length')).toHaveText(`${link.length} characters`);
  await expect(dialog.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
  await expect(dialog.getByLabel('Embed in a page')).toHaveValue(
    /^<iframe src="[^"]*\/\?embed#d=2\.[^"]+" width="\d+" height="\d+"/,
  );
  await expect(dialog.getByText(/This link is long/)).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  const here = await runToEndSummary(page);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  const errors: string[] = [];
  fresh.on('pageerror', (e) => errors.push(e.message));
  await fresh.goto(link);
  // Nothing saved in the fresh browser: the shared diagram opens at once, no gallery.
  await expect(fresh).toHaveTitle('RPC chain under redeploy — Faultline');
  await expect(fresh.getByRole('dialog', { name: 'Scenarios' })).toHaveCount(0);
  expect(await runToEndSummary(fresh)).toBe(here);
  expect(errors).toEqual([]);
  await context.close();
});

test('a link with saved work asks first: "Keep mine" keeps the autosave, "Open" replaces it', async ({
  page,
}) => {
  const before = await withSavedQueueScenario(page);
  const fragment = sharedFragment('Shared on purpose');

  await page.goto(`/?shared${fragment}`);
  const question = page.getByRole('dialog', { name: 'Open the shared diagram?' });
  await expect(question).toContainText(
    'Open the shared diagram “Shared on purpose”? Your current diagram stays saved.',
  );
  await question.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page).toHaveTitle('The same with a queue — Faultline');
  expect(new URL(page.url()).hash).toBe('');
  await page.waitForTimeout(1500);
  expect(await savedDoc(page)).toEqual(before);

  await page.goto(`/?again${fragment}`);
  await question.getByRole('button', { name: 'Open' }).click();
  await expect(page).toHaveTitle('Shared on purpose — Faultline');
  await expect
    .poll(() => savedDoc(page).then((d) => (d as { title?: string }).title))
    .toBe('Shared on purpose');
  // The previous diagram stays saved: kept in the recent diagrams, and one Undo away.
  const kept = await page.evaluate(() =>
    Object.entries(localStorage)
      .filter(([k]) => k.startsWith('faultline:recent:'))
      .map(([, v]) => JSON.parse(v).doc),
  );
  expect(kept).toEqual([before]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page).toHaveTitle('The same with a queue — Faultline');
});

test('a corrupted link explains itself and keeps the autosave', async ({ page }) => {
  const before = await withSavedQueueScenario(page);
  const fragment = sharedFragment('Never opened');
  const cut = fragment.slice(0, Math.floor(fragment.length * 0.8));
  const mid = Math.floor(fragment.length / 2);
  const changed = fragment.slice(0, mid) + (fragment[mid] === 'A' ? 'B' : 'A') + fragment.slice(mid + 1);

  for (const [i, bad] of [cut, changed].entries()) {
    // A new query string each time: a change of fragment alone would not reload the page.
    await page.goto(`/?broken=${i}${bad}`);
    const screen = page.getByRole('alert').filter({ hasText: 'This link cannot be opened' });
    await expect(screen).toContainText('ask the sender for the whole link');
    if (i === 0) expect(await seriousA11yViolations(page)).toEqual([]);
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);
    await page.waitForTimeout(800);
    expect(await savedDoc(page)).toEqual(before);
    await screen.getByRole('button', { name: 'Open my last diagram' }).click();
    await expect(page).toHaveTitle('The same with a queue — Faultline');
    expect(new URL(page.url()).hash).toBe('');
  }
  expect(await savedDoc(page)).toEqual(before);
});

test('a hostile label in a link stays literal text', async ({ page }) => {
  const r = parseDocument({
    ...rpcChainRedeploy,
    nodes: rpcChainRedeploy.nodes.map((n, i) =>
      i === 1 ? { ...n, label: '<img src=x onerror=alert(1)>' } : n,
    ),
  });
  if (!r.ok) throw new Error('invalid');
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openApp(page, `/${encodeShareLink(r.doc)}`);
  await expect(page.getByText('<img src=x onerror=alert(1)>').first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // …and in the exported picture.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /SVG/ }).click();
  const svg = await readFile((await (await download).path())!, 'utf8');
  expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(svg).not.toContain('<img');
  expect(dialogs).toBe(0);
});
