import { expect, test } from './fixtures';
import { node, openEditor, ROOMY_VIEWPORT } from './helpers/editor';

/**
 * The fault menu offers only faults that do something to what was right-clicked: the
 * model's fault-target rule (src/model/faultTargets.ts), which also refuses the others in a
 * document.
 */

test.use({ viewport: ROOMY_VIEWPORT });

test('the fault menu of a queue offers only crash and redeploy; a service has every node fault', async ({
  page,
}) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Add queue' }).click();
  await node(page, 'queue-1').click({ button: 'right' });
  const queueMenu = page.getByRole('menu', { name: /^Faults for / });
  await expect(queueMenu).toBeVisible();
  await expect(queueMenu.getByRole('menuitem')).toHaveText([
    'Crash (refuse calls)',
    'Crash (hang calls)',
    'Redeploy',
    'Cancel',
  ]);
  await page.keyboard.press('Escape');
  await expect(queueMenu).toBeHidden();

  await node(page, 'payments').click({ button: 'right' });
  const serviceMenu = page.getByRole('menu', { name: 'Faults for payments' });
  await expect(serviceMenu.getByRole('menuitem')).toHaveText([
    'Crash (refuse calls)',
    'Crash (hang calls)',
    'Redeploy',
    'Slow (×5 service time)',
    'Errors (50 % fail)',
    'Capacity (lose 50 % of workers)',
    'Cancel',
  ]);
});
