import { expect, test } from '../e2e/fixtures';
import { openEditor, ROOMY_VIEWPORT } from '../e2e/helpers/editor';
import { openDiagramFile, writeTestFile } from '../e2e/helpers/files';
import { runControls, simulatedClock } from '../e2e/helpers/run';
import { meshOf100Services } from './benchDocuments';
import { countDomChanges, formatDomChanges, installDomProbe, renderingMsPerS } from './domChanges';
import { openFrameBudgetDiagram } from './frameBudgetDiagram';

/**
 * What changes the page, per second, while the 30-service diagram of the frame budget plays
 * at 10× under 4× CPU throttling: DOM mutations and React renders by part of the page, and
 * the main thread's rendering work from a trace. Counts, not timings: they hold on a loaded
 * machine, and every mutation is a frame the browser lays out and paints again.
 */

test.use({ viewport: ROOMY_VIEWPORT });

test('DOM changes and rendering work per second: the 30-service diagram at 10×, 4× throttled', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await installDomProbe(page);
  await openEditor(page);
  const doc = await openFrameBudgetDiagram(page, testInfo);
  if (process.env.BENCH_CSS)
    await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, process.env.BENCH_CSS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await runControls(page).getByLabel('Speed').selectOption({ label: '10×' });
  await runControls(page).getByRole('button', { name: 'Play' }).click();
  await expect(simulatedClock(page)).toContainText('playing');
  await page.waitForTimeout(2000);
  const changes = await countDomChanges(page, 5000);
  const rendering = await renderingMsPerS(page, 5000);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(
    [
      ...formatDomChanges(
        `UI bench — ${doc.nodes.length} nodes, ${doc.edges.length} edges at 10×, CPU 4×`,
        changes,
      ),
      '  main thread, ms per second (trace):',
      ...Object.entries(rendering).map(([k, v]) => `    ${String(v).padStart(7)}  ${k}`),
    ].join('\n'),
  );
});

test('DOM changes per second: the 100-service mesh at 1×, sampled ("1 dot = N")', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await installDomProbe(page);
  await openEditor(page);
  const doc = meshOf100Services();
  await openDiagramFile(page, await writeTestFile(testInfo, 'mesh.json', doc), doc.title);
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await runControls(page).getByRole('button', { name: 'Play' }).click();
  // Past the first simulated seconds, when the mesh has filled with messages and is sampled.
  await expect(simulatedClock(page)).toContainText(/^(?:[3-9]|\d\d+)\.\d s/, { timeout: 60_000 });
  const changes = await countDomChanges(page, 5000);
  console.log(
    formatDomChanges(`UI bench — ${doc.nodes.length} nodes, ${doc.edges.length} edges at 1×`, changes).join(
      '\n',
    ),
  );
});
