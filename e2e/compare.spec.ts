import { type FaultlineDocument, parseDocument } from '../src/model';
import { encodeCompareLink } from '../src/model/shareLink';
import { queueRedeploy } from '../src/scenarios/queueRedeploy';
import { rpcChainRedeploy } from '../src/scenarios/rpcChainRedeploy';
import { expect, openApp, test } from './fixtures';
import { seriousA11yViolations } from './helpers/axe';
import { openEditor } from './helpers/editor';
import { writeTestFile } from './helpers/files';

/** The summary's "client failures" line, once both runs are done. */
const CLIENT_FAILURES = /client failures: (\d+) vs (\d+)/;

async function failuresOf(page: import('@playwright/test').Page): Promise<[number, number]> {
  const summary = page.getByTestId('compare-summary');
  await expect(summary).toContainText(CLIENT_FAILURES, { timeout: 45_000 });
  const m = CLIENT_FAILURES.exec((await summary.textContent()) ?? '');
  return [Number(m?.[1]), Number(m?.[2])];
}

/** Opens "Compare with…" from the editor's toolbar. */
async function compareWith(page: import('@playwright/test').Page) {
  await page.getByRole('button', { name: 'Compare with…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with…' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The lesson's queue diagram as someone might have drawn it: the same names, the editor's own ids. */
function handDrawnQueue(labels: Record<string, string> = {}) {
  const ids: Record<string, string> = {
    client: 'client-1',
    orders: 'service-1',
    'payments-queue': 'queue-1',
    payments: 'service-2',
  };
  const to = (id: string) => ids[id] ?? id;
  return {
    ...queueRedeploy,
    title: 'My queue version',
    nodes: queueRedeploy.nodes.map((n) => ({ ...n, id: to(n.id), label: labels[n.id] ?? n.label })),
    edges: queueRedeploy.edges.map((e) => ({
      ...e,
      id: `${to(e.source)}-${to(e.target)}`,
      source: to(e.source),
      target: to(e.target),
    })),
    scenario: { durationS: 60, seed: 1, faults: [] },
    lesson: [],
  };
}

test('?compare shows both runs and the diff of their summaries', async ({ page }) => {
  await page.goto('/?compare=rpc-chain-redeploy,queue-redeploy');
  await expect(
    page.getByRole('heading', { name: /Compare: RPC chain under redeploy vs The same with a queue/ }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Left: RPC chain under redeploy' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Right: The same with a queue' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Summary of both runs' });
  await expect(table).toBeVisible({ timeout: 45_000 });
  // The RPC chain loses requests to the redeploy; the queue absorbs it.
  await expect(page.getByTestId('compare-summary')).toContainText(/client failures: [1-9]\d* vs 0/);
  await expect(table.getByRole('row', { name: /^p99 latency: \d+ ms vs \d+ ms$/ })).toBeVisible();
  await expect(page.getByTestId('moment-left')).toContainText('failed so far');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('one clock plays, pauses, steps and scrubs both live players together', async ({ page }) => {
  await page.goto('/?compare=rpc-chain-redeploy,queue-redeploy');
  const left = page.frameLocator('iframe[title="Left player: RPC chain under redeploy"]');
  const right = page.frameLocator('iframe[title="Right player: The same with a queue"]');
  // Each side is the live player: its diagram, with no time controls of its own.
  await expect(left.getByTestId('rf__node-payments')).toBeVisible();
  await expect(right.getByTestId('rf__node-payments')).toBeVisible();
  await expect(left.getByRole('button', { name: 'Play' })).toHaveCount(0);
  const clock = page.getByTestId('shared-clock');
  await expect(clock).toHaveText('0.0 s / 60.0 s');

  await page.getByLabel('Speed').selectOption('10');
  await page.getByRole('button', { name: 'Play both' }).click();
  await expect(page.getByRole('button', { name: 'Pause both' })).toBeVisible();
  await expect.poll(async () => parseFloat((await clock.textContent()) ?? '0')).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Pause both' }).click();
  // Paused, both sides rest at the same instant.
  const clocks = async () => [
    await left.getByTestId('embed-clock').textContent(),
    await right.getByTestId('embed-clock').textContent(),
    await clock.textContent(),
  ];
  await expect.poll(async () => new Set(await clocks()).size).toBe(1);
  const pausedAt = parseFloat((await clock.textContent()) ?? '0');

  await page.getByRole('button', { name: 'Step both 1 s' }).click();
  await expect(clock).toHaveText(`${(pausedAt + 1).toFixed(1)} s / 60.0 s`);
  await expect(left.getByTestId('embed-clock')).toHaveText(`${(pausedAt + 1).toFixed(1)} s / 60.0 s`);
  await expect(right.getByTestId('embed-clock')).toHaveText(`${(pausedAt + 1).toFixed(1)} s / 60.0 s`);

  // Scrub both into the redeploy: payments restarts on both sides; only the queue holds work.
  await page.getByLabel(/One clock for both runs/).fill('25');
  await expect(clock).toHaveText('25.0 s / 60.0 s');
  await expect(left.getByTestId('embed-clock')).toHaveText('25.0 s / 60.0 s');
  await expect(right.getByTestId('embed-clock')).toHaveText('25.0 s / 60.0 s');
  await expect(page.getByTestId('moment-left')).toContainText('At 25 s');
  await expect(page.getByTestId('moment-right')).toContainText('waiting in queues');
});

test('"Compare RPC vs queue" opens the pair in one click from the first-visit gallery', async ({ page }) => {
  await openApp(page);
  await page
    .getByRole('dialog', { name: 'Scenarios' })
    .getByRole('button', { name: 'Compare RPC vs queue' })
    .click();
  await expect(page.getByTestId('compare-summary')).toContainText(/client failures: [1-9]\d* vs 0/, {
    timeout: 45_000,
  });
  await page.getByRole('button', { name: 'Back to the editor' }).click();
  await expect(page.getByTestId('compare-summary')).toHaveCount(0);
  await expect(page).toHaveTitle('RPC chain under redeploy — Faultline');
});

test('the current diagram against its async variant, at an address that survives a reload', async ({
  page,
}) => {
  await openEditor(page);
  const dialog = await compareWith(page);
  const variant = dialog.getByLabel('Make async');
  // The example's RPC edges, by caller and callee, and all of them.
  await expect(variant.getByRole('option')).toHaveText([
    'Web client → orders',
    'orders → payments',
    'all RPC edges',
  ]);
  await variant.selectOption({ label: 'orders → payments' });
  await dialog.getByRole('button', { name: 'Compare with the async variant' }).click();

  await expect(
    page.getByRole('heading', {
      name: 'Compare: RPC chain under redeploy vs RPC chain under redeploy, with orders → payments async',
    }),
  ).toBeVisible();
  const faults = page.getByTestId('compare-faults');
  await expect(faults).toHaveText(
    'Both run with seed 1 for 60 s and the same faults: redeploy of payments at 20 s for 10 s.',
  );
  // The redeploy fails client requests over RPC; the queue absorbs it.
  const [rpc, async] = await failuresOf(page);
  expect(rpc).toBeGreaterThan(300);
  expect(async).toBe(0);
  const summary = await page.getByTestId('compare-summary').textContent();

  // The page has its own address, with both diagrams in the fragment.
  expect(new URL(page.url()).search).toBe('?compare');
  expect(new URL(page.url()).hash).toMatch(/^#d=2\.[\w-]+&b=2\.[\w-]+$/);
  await page.reload();
  await expect(
    page.getByRole('heading', {
      name: 'Compare: RPC chain under redeploy vs RPC chain under redeploy, with orders → payments async',
    }),
  ).toBeVisible();
  await expect(page.getByTestId('compare-faults')).toHaveText(
    'Both run with seed 1 for 60 s and the same faults: redeploy of payments at 20 s for 10 s.',
  );
  await expect(page.getByTestId('compare-summary')).toHaveText(summary ?? '', { timeout: 45_000 });
  // Reloaded, the page stands alone: the editor is a link away, its work kept in the autosave.
  await expect(page.getByRole('link', { name: 'Open the editor' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back to the editor' })).toHaveCount(0);
});

test('Copy link copies the address the page is at; Back returns to the editor', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEditor(page);
  const editorUrl = page.url();
  const dialog = await compareWith(page);
  await dialog.getByLabel('Make async').selectOption({ label: 'all RPC edges' });
  await dialog.getByRole('button', { name: 'Compare with the async variant' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /with every RPC call async$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await page.goBack();
  await expect(page.getByRole('heading', { name: /^Compare:/ })).toHaveCount(0);
  expect(page.url()).toBe(editorUrl);
  await expect(page.getByRole('application', { name: 'Diagram canvas' })).toBeVisible();
  // Forward again: the comparison, as its address shows it.
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: /with every RPC call async$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the editor' })).toBeVisible();
});

test('the current diagram against a file: faults carried over by name, the missing ones listed', async ({
  page,
}, testInfo) => {
  await openEditor(page);
  let dialog = await compareWith(page);
  const drawn = await writeTestFile(testInfo, 'my-queue.json', handDrawnQueue());
  await dialog.getByLabel('A diagram file').setInputFiles(drawn);
  await expect(
    page.getByRole('heading', { name: 'Compare: RPC chain under redeploy vs My queue version' }),
  ).toBeVisible();
  // payments is "service-2" in the file: the redeploy still hits it, named, never by id.
  const faults = page.getByTestId('compare-faults');
  await expect(faults).toHaveText(
    'Both run with seed 1 for 60 s and the same faults: redeploy of payments at 20 s for 10 s.',
  );
  const [rpc, queue] = await failuresOf(page);
  expect(rpc).toBeGreaterThan(300);
  expect(queue).toBe(0);
  // Scrubbed into the redeploy (once both players are up), the right side names the node that is down.
  // (The editor registered the service worker: the players' frames must still come from the network.)
  await expect(
    page.frameLocator('iframe[title^="Right player"]').getByTestId('rf__node-service-2'),
  ).toBeVisible();
  await expect(page.getByTestId('shared-clock')).toHaveText('0.0 s / 60.0 s');
  await page.getByLabel(/One clock for both runs/).fill('25');
  await expect(page.getByTestId('shared-clock')).toHaveText('25.0 s / 60.0 s');
  await expect(page.getByTestId('moment-right')).toContainText('down: payments.');

  await page.getByRole('button', { name: 'Back to the editor' }).click();
  dialog = await compareWith(page);
  const renamed = await writeTestFile(testInfo, 'billing.json', handDrawnQueue({ payments: 'billing' }));
  await dialog.getByLabel('A diagram file').setInputFiles(renamed);
  await expect(page.getByTestId('compare-faults')).toContainText('with no fault in common');
  await expect(page.getByRole('list', { name: 'Not matched on the right' })).toHaveText(
    'Not matched: redeploy of payments at 20 s for 10 s (no node named “payments” on the right); the right side runs without it.',
  );
});

test('a bad file or link in "Compare with…" is explained and changes nothing', async ({ page }, testInfo) => {
  await openEditor(page);
  const dialog = await compareWith(page);
  expect(await seriousA11yViolations(page)).toEqual([]);
  const notJson = await writeTestFile(testInfo, 'notes.json', 'not a diagram');
  await dialog.getByLabel('A diagram file').setInputFiles(notJson);
  await expect(dialog.getByRole('alert')).toHaveText(
    'notes.json: This file is not a Faultline diagram: it is not JSON.',
  );
  await dialog.getByLabel('Or a Faultline link').fill('https://x.test/#d=1.AAAA');
  await dialog.getByRole('button', { name: 'Compare with this link' }).click();
  await expect(dialog.getByRole('alert')).toContainText('This link');
  await expect(dialog).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
});

test('a damaged comparison link names the bad side', async ({ page }) => {
  await openEditor(page);
  const dialog = await compareWith(page);
  await dialog.getByRole('button', { name: 'Compare RPC vs queue' }).click();
  await expect(page.getByRole('heading', { name: /^Compare:/ })).toBeVisible();
  // The comparison's link is written to the address once the page shows it.
  await expect(page).toHaveURL(/#d=.*&b=/);
  const url = page.url();
  // Cut short, as a chat app might: a new visit (not a change of fragment on the same page).
  await page.goto('about:blank');
  await page.goto(url.slice(0, url.indexOf('&b=') + 20));
  await expect(page.getByTestId('link-error')).toHaveText(
    /^The right diagram \(the second in the link\) cannot be opened\. This link is incomplete/,
  );
});

test("?compare&embed is the comparison for another page's iframe", async ({ page }) => {
  await page.goto('/?compare=rpc-chain-redeploy,queue-redeploy&embed');
  await expect(
    page.getByRole('heading', { name: /Compare: RPC chain under redeploy vs The same with a queue/ }),
  ).toBeVisible();
  const open = page.getByRole('link', { name: 'Open in Faultline' });
  await expect(open).toHaveAttribute('target', '_blank');
  const href = new URL((await open.getAttribute('href')) ?? '');
  expect(href.search).toBe('?compare');
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Play both' })).toBeVisible();
});

test('two diagrams in the fragment open the comparison even without "?compare"', async ({ page }) => {
  const parsed = (stored: unknown): FaultlineDocument => {
    const r = parseDocument(stored);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.doc;
  };
  const [left, right] = [parsed(rpcChainRedeploy), parsed(handDrawnQueue())];
  await page.goto(`/${encodeCompareLink(left, right)}`);
  await expect(
    page.getByRole('heading', { name: 'Compare: RPC chain under redeploy vs My queue version' }),
  ).toBeVisible();
  await expect(page.getByTestId('compare-faults')).toHaveText(
    'Both run with seed 1 for 60 s and the same faults: redeploy of payments at 20 s for 10 s.',
  );
});
