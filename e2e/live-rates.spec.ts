import { expect, test } from './fixtures';
import { openEditor, ROOMY_VIEWPORT } from './helpers/editor';
import { runControls, simulatedClock } from './helpers/run';

/**
 * An edge's calls per second during a run show when its label is hovered: the label is
 * where a person looks for them, and they are written into the page only then (the rates
 * change with nearly every refresh on every edge).
 */

test.use({ viewport: ROOMY_VIEWPORT });

test("hovering an edge's label during a run shows its calls per second; leaving it hides them", async ({
  page,
}) => {
  await openEditor(page);
  await runControls(page).getByRole('button', { name: 'Play' }).click();
  await expect(simulatedClock(page)).toContainText('playing');
  const label = page.getByTestId('edgelabel-client-orders');
  const rates = label.getByText(/^\d+\/s/);
  await expect(page.getByTestId('edge-run-client-orders')).toBeAttached();
  await expect(rates).toHaveCount(0);
  await label.hover();
  // The example's client sends 50 requests a second to orders.
  await expect(rates).toBeVisible();
  await expect(rates).toHaveText(/^[1-9]\d*\/s/);
  await page.mouse.move(5, 5);
  await expect(rates).toHaveCount(0);
});
