import { expect, test } from './fixtures';
import { node, openEditor } from './helpers/editor';

/**
 * The installable app: once the first visit has registered the service worker (after it
 * was interactive), the shell is cached, so the app opens on its example with no network.
 */
test('the app installs and opens on its example offline', async ({ page, context }) => {
  await openEditor(page);
  await expect(node(page, 'orders')).toBeVisible();
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link ? ((await (await fetch(link.href)).json()) as { name: string; display: string }) : null;
  });
  expect(manifest).toMatchObject({ name: 'Faultline', display: 'standalone' });
  // The worker is registered after startup; wait until it controls the page (it claims it).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('application', { name: 'Diagram canvas' })).toBeVisible();
  await expect(node(page, 'orders')).toBeVisible();
  await context.setOffline(false);
});
