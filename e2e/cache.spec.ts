import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousA11yViolations } from './helpers/axe';
import {
  canvasBox,
  connectByMouse,
  dragFromPalette,
  edge,
  edgeIdsOnCanvas,
  handlePoint,
  node,
  nodeIdsOnCanvas,
  openEditor,
  openScenario,
  ROOMY_VIEWPORT,
  statusLine,
  toolbarButton,
} from './helpers/editor';
import { runControls, simulatedClock } from './helpers/run';

/**
 * A cache, as a person meets it: dropped on the call between a service and its database
 * (it goes between them), run, its hit ratio read off its badge and chart, then flushed
 * from the fault menu — the misses surge onto the database edge.
 */

test.use({ viewport: ROOMY_VIEWPORT });
test.setTimeout(120_000);

/** The calls per second shown on an edge's label while it is hovered. */
async function edgeRate(page: Page, id: string): Promise<number> {
  const label = page.getByTestId(`edgelabel-${id}`);
  await label.hover();
  const rates = label.getByText(/^\d+\/s/);
  await expect(rates).toBeVisible();
  const text = (await rates.textContent()) ?? '';
  await page.mouse.move(5, 5);
  return Number(text.match(/^(\d+)\/s/)?.[1]);
}

test('a cache dragged between a service and its database hits; a flush sends every lookup to the database', async ({
  page,
}) => {
  await openEditor(page);
  await (await toolbarButton(page, 'New')).click();
  await expect.poll(() => nodeIdsOnCanvas(page)).toEqual([]);

  // client → service → database, drawn with the mouse.
  const box = await canvasBox(page);
  const y = box.y + box.height * 0.4;
  const at = (share: number) => ({ x: box.x + box.width * share, y });
  await dragFromPalette(page, 'client', at(0.12));
  await expect(node(page, 'client-1')).toBeVisible();
  await dragFromPalette(page, 'service', at(0.36));
  await expect(node(page, 'service-1')).toBeVisible();
  await dragFromPalette(page, 'database', at(0.86));
  await expect(node(page, 'database-1')).toBeVisible();
  await connectByMouse(page, 'client-1', 'service-1');
  await connectByMouse(page, 'service-1', 'database-1');
  await expect(edge(page, 'service-1-database-1')).toBeAttached();

  // The cache is dropped on the call from the service to the database: it goes between them.
  const from = await handlePoint(page, 'service-1', 'right');
  const to = await handlePoint(page, 'database-1', 'left');
  await dragFromPalette(page, 'cache', { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 });
  await expect(node(page, 'cache-1')).toBeVisible();
  await expect(node(page, 'cache-1')).toContainText('cache');
  await expect(statusLine(page)).toContainText('Added Cache 1 in front of Database 1.');
  expect((await edgeIdsOnCanvas(page)).sort()).toEqual([
    'cache-1-database-1',
    'client-1-service-1',
    'service-1-cache-1',
  ]);
  // Undo takes the cache out again in one step; redo puts it back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(node(page, 'cache-1')).toHaveCount(0);
  expect((await edgeIdsOnCanvas(page)).sort()).toEqual(['client-1-service-1', 'service-1-database-1']);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(node(page, 'cache-1')).toBeVisible();
  await expect(page.getByRole('group', { name: 'RPC call from Cache 1 to Database 1' })).toBeAttached();

  // Its parameters come from the inspector: a small keyspace warms within a second or two.
  await node(page, 'cache-1').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByRole('spinbutton', { name: 'Distinct keys' }).fill('100');
  await expect(node(page, 'cache-1')).toContainText('of 100 keys');

  // Run: the badge shows the hit ratio climbing, and few calls reach the database.
  await runControls(page).getByRole('button', { name: 'Play' }).click();
  await expect(simulatedClock(page)).toContainText('playing');
  const badge = page.getByTestId('node-run-cache-1');
  await expect(badge).toContainText(/(9\d|100) % hits · 9\d\/100 entries/, { timeout: 30_000 });
  await expect(page.getByRole('figure', { name: 'Cache hit ratio' })).toBeAttached();
  const warm = await edgeRate(page, 'cache-1-database-1');
  expect(warm).toBeLessThan(15);

  // Flush it from its fault menu, for 10 s: empty, every lookup a miss.
  await node(page, 'cache-1').click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Faults for Cache 1' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Flush (empty it, bypass while it lasts)', 'Cancel']);
  await menu.getByRole('menuitemradio', { name: '10 s' }).click();
  await menu.getByRole('menuitem', { name: /^Flush/ }).click();
  await expect(badge).toContainText('0 % hits · 0/100 entries', { timeout: 10_000 });
  // The misses surge: the database now gets the client's whole load (50 requests a second).
  await expect.poll(() => edgeRate(page, 'cache-1-database-1'), { timeout: 10_000 }).toBeGreaterThan(35);
  await expect(
    page
      .getByRole('log')
      .getByText(/Cache 1 flushed/)
      .first(),
  ).toBeAttached();
  // The cache's shape, badge and chart are readable by everyone (contrast, names).
  await runControls(page).getByRole('button', { name: 'Pause' }).click();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('the cold cache lessons open from the gallery; with single flight the summary shows the coalesced misses', async ({
  page,
}) => {
  await openEditor(page);
  await openScenario(page, 'The cold cache, with single flight');
  await expect(node(page, 'cache')).toContainText('1,000 of 10,000 keys');
  await runControls(page).getByRole('button', { name: 'Run to end' }).click();
  const summary = page.getByRole('dialog', { name: 'Run summary' });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const table = summary.getByRole('table', { name: 'Per cache' });
  await expect(table.getByRole('rowheader', { name: 'cache' })).toBeVisible();
  // Thousands of misses shared a query during the flush, and no client request failed.
  const cells = await table.getByRole('row').nth(1).getByRole('cell').allTextContents();
  expect(Number(cells[3])).toBeGreaterThan(2000);
  await expect(summary).toContainText('No failures.');
});
