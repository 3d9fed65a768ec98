import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { toolbarButton } from './helpers/editor';

async function closeGallery(page: Page): Promise<void> {
  await page.getByRole('dialog', { name: 'Scenarios' }).getByRole('button', { name: 'Close' }).click();
}

/** Exports through the menu and saves the file under its suggested name. */
async function exportAs(page: Page, item: RegExp): Promise<{ path: string; name: string }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const d = await download;
  const name = d.suggestedFilename();
  const path = test.info().outputPath(name);
  await d.saveAs(path);
  return { path, name };
}

test('an exported PNG reopens the diagram', async ({ page }) => {
  await openApp(page);
  await closeGallery(page);
  const png = await exportAs(page, /PNG/);
  expect(png.name).toBe('rpc-chain-under-redeploy.png');
  const bytes = await readFile(png.path);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.includes(Buffer.from('iTXtfaultline'))).toBe(true);

  await page.getByRole('button', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('button', { name: 'Open The same with a queue' }).click();
  await expect(page).toHaveTitle('The same with a queue — Faultline');

  await page.locator('input[type=file]').setInputFiles(png.path);
  const confirm = page.getByRole('dialog', { name: /Open “rpc-chain-under-redeploy.png”/ });
  await confirm.getByRole('button', { name: 'Open it' }).click();
  await expect(page).toHaveTitle('RPC chain under redeploy — Faultline');

  // Dropping the same PNG onto the canvas reopens it too.
  await page.getByRole('button', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('button', { name: 'Open The same with a queue' }).click();
  await expect(page).toHaveTitle('The same with a queue — Faultline');
  const dataTransfer = await page.evaluateHandle((b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([data], 'dropped.png', { type: 'image/png' }));
    return dt;
  }, bytes.toString('base64'));
  await page.locator('.react-flow__pane').dispatchEvent('drop', { dataTransfer });
  await page
    .getByRole('dialog', { name: /Open “dropped.png”/ })
    .getByRole('button', { name: 'Open it' })
    .click();
  await expect(page).toHaveTitle('RPC chain under redeploy — Faultline');
});

test('SVG escapes labels; JSON strips defaults; CSV has a row per simulated second', async ({ page }) => {
  await openApp(page);
  await closeGallery(page);
  const svg = await readFile((await exportAs(page, /SVG/)).path, 'utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('>payments</text>');

  const exported = await exportAs(page, /JSON/);
  // Save and Export → JSON write the same file, under the same name.
  expect(exported.name).toBe('RPC chain under redeploy.faultline.json');
  const saved = page.waitForEvent('download');
  await (await toolbarButton(page, 'Save')).click();
  expect((await saved).suggestedFilename()).toBe(exported.name);
  const json = JSON.parse(await readFile(exported.path, 'utf8'));
  expect(json.title).toBe('RPC chain under redeploy');
  expect(json.nodes[1]).not.toHaveProperty('backlogLimit');

  await page
    .getByRole('toolbar', { name: 'Run controls' })
    .getByRole('button', { name: 'Run to end' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Run summary' })).toBeVisible({ timeout: 30_000 });
  const csv = await readFile((await exportAs(page, /CSV/)).path, 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  // Columns by name, with the id beside it when they differ.
  expect(lines[0]).toMatch(/^t,spanS,Web client \[client\]\.sent,/);
  expect(lines[0]).toContain(',orders.received,');
  expect(lines.length).toBeGreaterThanOrEqual(61);
});
