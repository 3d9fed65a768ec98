import { expect, test } from './fixtures';
import { node, openEditor, openScenario, ROOMY_VIEWPORT, viewSettled } from './helpers/editor';
import { runControls } from './helpers/run';

/**
 * Queueing theory beside the numbers, as a learner meets it in the "Is the model honest?"
 * lesson: the help desk is an M/M/2 queue, so its Theory section predicts it and, once the
 * run ends, shows the measured figures beside the prediction; the desk whose callers retry
 * says why theory does not apply; the summary checks Little's law on both.
 */

test.use({ viewport: ROOMY_VIEWPORT });
test.setTimeout(120_000);

test('theory applies to the M/M/2 desk and matches the run; the retrying desk says why it does not', async ({
  page,
}) => {
  await openEditor(page);
  await openScenario(page, 'Is the model honest? Queueing theory beside the numbers');
  await viewSettled(page);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });

  await node(page, 'desk').click();
  const theory = inspector.getByRole('region', { name: 'Theory' });
  await expect(theory).toContainText('M/M/2: Poisson arrivals at 320/s, 2 workers serving 200/s each');
  const table = theory.getByRole('table', { name: 'Measured and predicted' });
  await expect(table.getByRole('row', { name: /^Utilisation/ })).toHaveText('Utilisation–80.0 %–');
  await expect(table.getByRole('row', { name: /^Mean wait for a worker/ })).toHaveText(
    'Mean wait for a worker–8.9 ms–',
  );
  await expect(theory).toContainText('The measured figures appear when the run reaches its end.');

  await node(page, 'retry-desk').click();
  const reasons = inspector.getByRole('list', { name: 'Why theory does not apply' });
  await expect(reasons.getByRole('listitem')).toHaveText([
    'a retry policy sends it repeats (calls from impatient customers are tried up to 3 times)',
  ]);
  await expect(inspector.getByRole('table', { name: 'Measured and predicted' })).toHaveCount(0);

  await runControls(page).getByRole('button', { name: 'Run to end' }).click();
  const summary = page.getByRole('dialog', { name: 'Run summary' });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const little = summary.getByRole('table', { name: "Little's law (L = λW) per node" });
  await expect(little.getByRole('row', { name: /^help desk/ })).toContainText(/holds$/);
  await expect(little.getByRole('row', { name: /^desk with retries/ })).toContainText(
    /off: [\d,]+ answers came after their caller gave up/,
  );
  await summary.getByRole('button', { name: 'Close summary' }).click();

  // Measured beside predicted: over 90 s the desk lands within a few percent of M/M/2.
  await node(page, 'desk').click();
  const utilisation = table.getByRole('row', { name: /^Utilisation/ });
  await expect(utilisation).toHaveText(/^Utilisation\d+\.\d %80\.0 %[+−]?\d+\.\d %$/);
  const difference = Number(
    (await utilisation.getByRole('cell').last().textContent())?.replace('−', '-').replace(' %', ''),
  );
  expect(Math.abs(difference)).toBeLessThan(5);
  await expect(theory).toContainText('Measured over the whole run');
});
