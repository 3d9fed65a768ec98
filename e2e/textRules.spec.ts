import { expect, test } from './fixtures';
import { node, nodeIdsOnCanvas, openEditor, ROOMY_VIEWPORT } from './helpers/editor';
import { chooseFile, writeTestFile } from './helpers/files';

/**
 * Text that lies (docs/document-format.md "Text fields"): a file whose names read backwards,
 * drive a terminal or show nothing is refused with the field named, and the inspector
 * refuses such a name while keeping the old one.
 */

test.use({ viewport: ROOMY_VIEWPORT });

test('a file with a bidi-reversed label and a terminal escape in its title is refused by field', async ({
  page,
}, testInfo) => {
  await openEditor(page);
  const doc = {
    version: 2,
    title: 'Report\u001b]0;owned\u0007',
    nodes: [
      { id: 'client', kind: 'client', label: '\u202etneilc beW', position: { x: 0, y: 0 } },
      { id: 'svc', kind: 'service', label: '\u200b\u200b\u200b', position: { x: 300, y: 0 } },
    ],
    edges: [{ id: 'client-svc', kind: 'rpc', source: 'client', target: 'svc' }],
  };
  await chooseFile(page, await writeTestFile(testInfo, 'lying-names.json', doc));
  const notice = page.getByRole('alert').filter({ hasText: 'Could not open “lying-names.json”' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('title: must not contain control characters (U+001B');
  await expect(notice).toContainText('nodes[0].label: must not contain bidirectional override characters');
  await expect(notice).toContainText('nodes[1].label: must not contain invisible characters (U+200B');
  // The current diagram is untouched.
  expect((await nodeIdsOnCanvas(page)).sort()).toEqual(['client', 'orders', 'payments']);
});

test('the inspector refuses a name with nothing visible and keeps the old one', async ({ page }) => {
  await openEditor(page);
  await node(page, 'orders').click();
  const name = page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', { name: 'Name' });
  await name.fill('\u3164\u3164');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Name must have a visible character' }),
  ).toBeVisible();
  await expect(node(page, 'orders')).toContainText('orders');
});
