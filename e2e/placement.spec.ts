import type { Page } from '@playwright/test';
import type { StoredDocument } from '../src/model';
import { parseDocument } from '../src/model';
import { encodeShareLink } from '../src/model/shareLink';
import { rpcChainRedeploy } from '../src/scenarios/rpcChainRedeploy';
import { expect, test } from './fixtures';
import {
  canvasBox,
  dragFromPalette,
  nodeIdsOnCanvas,
  openEditor,
  ROOMY_VIEWPORT,
  toolbarButton,
  viewSettled,
} from './helpers/editor';

/**
 * Where new and moved nodes land: a node dropped after New stays under the pointer, a
 * clicked palette entry goes beside the selected node without covering another, and making
 * an edge async keeps every node on screen.
 */

test.use({ viewport: ROOMY_VIEWPORT });

/** Every node's box on screen, by id. */
async function nodeBoxes(page: Page) {
  const ids = await nodeIdsOnCanvas(page);
  const boxes = await Promise.all(ids.map((id) => page.getByTestId(`node-${id}`).boundingBox()));
  return new Map(ids.map((id, i) => [id, boxes[i]!]));
}

const overlapping = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('after New, the first node dropped lands where it is dropped, at 100 %', async ({ page }) => {
  await openEditor(page);
  // The example is untouched: New asks nothing.
  await (await toolbarButton(page, 'New')).click();
  await expect.poll(() => nodeIdsOnCanvas(page)).toEqual([]);
  // Wait for the view's own settling after New, then drop.
  await page.waitForTimeout(300);
  const box = await canvasBox(page);
  const at = { x: box.x + 300, y: box.y + 220 };
  await dragFromPalette(page, 'service', at);
  await expect.poll(async () => (await nodeIdsOnCanvas(page)).length).toBe(1);
  const [id] = await nodeIdsOnCanvas(page);
  // Long enough for any fit or zoom to have moved it.
  await page.waitForTimeout(600);
  const dropped = (await page.getByTestId(`node-${id}`).boundingBox())!;
  expect(Math.abs(dropped.width - 184)).toBeLessThanOrEqual(4);
  expect(Math.abs(dropped.x + dropped.width / 2 - at.x)).toBeLessThanOrEqual(8);
  expect(Math.abs(dropped.y + 32 - at.y)).toBeLessThanOrEqual(8);
});

test('clicking a palette entry puts the new node beside the selected one, covering none', async ({
  page,
}) => {
  await openEditor(page);
  // The end of the chain: its next step goes to its right.
  await page.getByTestId('node-payments').click();
  const before = await nodeBoxes(page);
  await page.getByRole('button', { name: 'Add database' }).click();
  await expect.poll(async () => (await nodeIdsOnCanvas(page)).length).toBe(before.size + 1);
  const after = await nodeBoxes(page);
  const [added] = [...after.keys()].filter((id) => !before.has(id));
  const payments = after.get('payments')!;
  const box = after.get(added)!;
  expect(Math.abs(box.y - payments.y)).toBeLessThanOrEqual(payments.height);
  expect(box.x).toBeGreaterThan(payments.x + payments.width);
  expect(box.x).toBeLessThanOrEqual(payments.x + payments.width * 2);
  for (const [id, other] of after) if (id !== added) expect(overlapping(box, other), id).toBe(false);
});

/** The RPC chain with a database after payments: making orders → payments async moves both. */
const chainWithDatabase = (() => {
  const stored = {
    ...rpcChainRedeploy,
    nodes: [
      ...rpcChainRedeploy.nodes,
      { id: 'ledger', kind: 'database', label: 'ledger', position: { x: 1140, y: 120 } },
    ],
    edges: [
      ...rpcChainRedeploy.edges,
      { id: 'payments-ledger', kind: 'rpc', source: 'payments', target: 'ledger' },
    ],
  } as StoredDocument;
  const r = parseDocument(stored);
  if (!r.ok) throw new Error('the test document does not parse');
  return encodeShareLink(r.doc);
})();

test('making an edge async keeps every node on screen, the pushed database too', async ({ page }) => {
  await openEditor(page, { path: `/${chainWithDatabase}`, keepStorage: true });
  await expect(page.getByTestId('node-ledger')).toBeVisible();
  // The view is fitted once the nodes are measured, possibly animated: click the edge where it ends up.
  await viewSettled(page);
  await page.getByTestId('edge-orders-payments').click({ force: true });
  await page.getByRole('button', { name: 'Make it async' }).click();
  await expect.poll(async () => (await nodeIdsOnCanvas(page)).length).toBe(5);
  const area = await canvasBox(page);
  await expect
    .poll(async () => {
      const boxes = await nodeBoxes(page);
      return [...boxes.values()].every(
        (b) =>
          b.x >= area.x &&
          b.y >= area.y &&
          b.x + b.width <= area.x + area.width &&
          b.y + b.height <= area.y + area.height,
      );
    })
    .toBe(true);
});

/** A client sending 2,500 requests a second for 5 s to a service that keeps up. */
const busyClient = (() => {
  const stored = {
    version: 2,
    title: 'Busy',
    nodes: [
      {
        id: 'client',
        kind: 'client',
        label: 'client',
        position: { x: 0, y: 0 },
        rate: 2500,
        arrival: 'constant',
      },
      {
        id: 'api',
        kind: 'service',
        label: 'api',
        position: { x: 380, y: 0 },
        workers: 64,
        serviceTime: { distribution: 'constant', meanMs: 5 },
      },
    ],
    edges: [{ id: 'client-api', kind: 'rpc', source: 'client', target: 'api' }],
    scenario: { durationS: 5, seed: 1, faults: [] },
  } as unknown as StoredDocument;
  const r = parseDocument(stored);
  if (!r.ok) throw new Error(`the test document does not parse: ${r.errors[0]?.message}`);
  return encodeShareLink(r.doc);
})();

test('a chart whose values reach thousands keeps its y-axis labels whole ("2,500", not ".500")', async ({
  page,
}) => {
  await openEditor(page, { path: `/${busyClient}`, keepStorage: true });
  await page
    .getByRole('toolbar', { name: 'Run controls' })
    .getByRole('button', { name: 'Run to end' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Run summary' })).toBeVisible({ timeout: 30_000 });
  const chart = page.getByRole('figure').filter({ hasText: 'Client requests per second' });
  await expect(chart.getByRole('img')).toHaveAttribute('aria-label', /succeeded \/s 2\d{3}/);
  const room = await chart.evaluate((figure) => {
    const plot = figure.querySelector<HTMLElement>('.u-over');
    const ctx = document.createElement('canvas').getContext('2d')!;
    // uPlot's axis font.
    ctx.font = '12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif';
    return { left: plot?.offsetLeft ?? 0, label: ctx.measureText('2,500').width };
  });
  // The label, the tick marks (10 px) and their gap (5 px).
  expect(room.left).toBeGreaterThanOrEqual(room.label + 15);
});
