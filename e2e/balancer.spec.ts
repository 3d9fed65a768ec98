import { expect, test } from './fixtures';
import { seriousA11yViolations } from './helpers/axe';
import {
  canvasBox,
  connectByMouse,
  dragFromPalette,
  edge,
  node,
  nodeIdsOnCanvas,
  openEditor,
  ROOMY_VIEWPORT,
  toolbarButton,
} from './helpers/editor';
import { runControls, simulatedClock } from './helpers/run';

/**
 * A load balancer, as a person builds and runs one: dragged from the palette, connected to
 * two services, run; both services get calls; a crashed one is ejected and its edge says so.
 */

test.use({ viewport: ROOMY_VIEWPORT });

test('a balancer from the palette splits the calls over two services and marks a crashed one ejected', async ({
  page,
}) => {
  await openEditor(page);
  await (await toolbarButton(page, 'New')).click();
  await expect.poll(() => nodeIdsOnCanvas(page)).toEqual([]);

  const box = await canvasBox(page);
  const x = (f: number) => box.x + box.width * f;
  const y = (f: number) => box.y + box.height * f;
  await dragFromPalette(page, 'client', { x: x(0.15), y: y(0.4) });
  await dragFromPalette(page, 'balancer', { x: x(0.4), y: y(0.4) });
  await dragFromPalette(page, 'service', { x: x(0.7), y: y(0.25) });
  await dragFromPalette(page, 'service', { x: x(0.7), y: y(0.6) });
  await expect(node(page, 'balancer-1')).toBeVisible();
  await expect(node(page, 'balancer-1')).toContainText('balancer');
  await expect(node(page, 'balancer-1')).toContainText('round robin');

  await connectByMouse(page, 'client-1', 'balancer-1');
  await expect(edge(page, 'client-1-balancer-1')).toBeAttached();
  await connectByMouse(page, 'balancer-1', 'service-1');
  await expect(edge(page, 'balancer-1-service-1')).toBeAttached();
  await connectByMouse(page, 'balancer-1', 'service-2');
  await expect(edge(page, 'balancer-1-service-2')).toBeAttached();

  // The inspector's fields come from the balancer's declarations: turn on outlier ejection.
  await node(page, 'balancer-1').click();
  const ejection = page.getByRole('checkbox', { name: 'Outlier ejection' });
  await ejection.check();
  await expect(ejection).toBeChecked();
  // Its settings appear once it is on.
  await expect(page.getByRole('spinbutton', { name: /Failures in a row to eject/ })).toHaveValue('5');
  // Ejected for ten minutes: the mark stays while we look, after the 10 s crash is over.
  const ejectionTime = page.getByRole('spinbutton', { name: /Ejection time/ });
  await ejectionTime.fill('600');
  await ejectionTime.blur();
  // Leaving the field shows what the document holds.
  await expect(ejectionTime).toHaveValue('600');
  await expect(node(page, 'balancer-1')).toContainText('ejection');

  await runControls(page).getByRole('button', { name: 'Play' }).click();
  await expect(simulatedClock(page)).toContainText('playing');
  // Both backends get calls: each edge's label shows its calls per second on hover.
  for (const backend of ['service-1', 'service-2']) {
    const label = page.getByTestId(`edgelabel-balancer-1-${backend}`);
    await label.hover();
    await expect(label.getByText(/^\d+\/s/)).toHaveText(/^[1-9]\d*\/s/);
  }
  await page.mouse.move(5, 5);
  await expect(page.getByTestId('backend-out-balancer-1-service-1')).toHaveCount(0);

  // service-1 crashes and refuses: after a few failures in a row the balancer ejects it.
  await node(page, 'service-1').click({ button: 'right' });
  await page
    .getByRole('menu', { name: /^Faults for / })
    .getByRole('menuitem', { name: 'Crash (refuse calls)' })
    .click();
  const out = page.getByTestId('backend-out-balancer-1-service-1');
  await expect(out).toHaveText('ejected');
  await expect(page.getByTestId('edgelabel-balancer-1-service-1')).toContainText('ejected');
  await expect(page.getByTestId('backend-out-balancer-1-service-2')).toHaveCount(0);
  // The balancer, its palette entry and the "ejected" label pass an accessibility scan.
  await runControls(page).getByRole('button', { name: 'Pause' }).click();
  await expect(out).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});
