import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { node, openEditor, ROOMY_VIEWPORT, toolbarButton } from './helpers/editor';

/**
 * An axe scan of the editor: no serious or critical violation, with nothing
 * open, with a node in the inspector, and with each kind of dialog open.
 */

test.use({ viewport: ROOMY_VIEWPORT });

/** The serious and critical violations axe finds, each with its rule and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  // A scan that checked nothing would pass vacuously.
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the editor with the example has no serious or critical violations', async ({ page }) => {
  await openEditor(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the editor with a node in the inspector has no serious or critical violations', async ({ page }) => {
  await openEditor(page);
  await node(page, 'orders').click();
  await expect(
    page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', { name: 'Name' }),
  ).toHaveValue('orders');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the shortcuts dialog has no serious or critical violations', async ({ page }) => {
  await openEditor(page);
  await (await toolbarButton(page, 'Keyboard shortcuts')).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the scenario gallery has no serious or critical violations', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await expect(page.getByRole('dialog', { name: 'Scenarios' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the "start a new diagram?" question has no serious or critical violations', async ({ page }) => {
  await openEditor(page);
  // An edit first: New on the untouched example has nothing to lose and asks nothing.
  await page.getByTestId('node-payments').click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('node-payments')).toHaveCount(0);
  await (await toolbarButton(page, 'New')).click();
  await expect(page.getByRole('dialog', { name: 'Start a new diagram?' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the recent diagrams list has no serious or critical violations', async ({ page }) => {
  await openEditor(page);
  await page.getByTestId('node-payments').click();
  await page.keyboard.press('Delete');
  await (await toolbarButton(page, 'New')).click();
  await page
    .getByRole('dialog', { name: 'Start a new diagram?' })
    .getByRole('button', { name: 'Replace with a new diagram' })
    .click();
  await (await toolbarButton(page, 'Recent…')).click();
  const recent = page.getByRole('dialog', { name: 'Recent diagrams' });
  await expect(recent.getByRole('listitem')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a finished run (panels, summary, event log) has no serious or critical violations', async ({
  page,
}) => {
  await openEditor(page);
  await page
    .getByRole('toolbar', { name: 'Run controls' })
    .getByRole('button', { name: 'Run to end' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Run summary' })).toBeVisible({ timeout: 30_000 });
  expect(await seriousViolations(page)).toEqual([]);
});
