import type { Page, TestInfo } from '@playwright/test';
import { openDiagramFile, writeTestFile } from '../e2e/helpers/files';
import { generateMesh } from '../scripts/bench/generateMesh';

/**
 * Opens the frame budget's diagram (docs/performance.md): 30 services and 46 edges at
 * 1,000 requests a second, for an hour, fitted to the view. Returns the document opened.
 */
export async function openFrameBudgetDiagram(page: Page, testInfo: TestInfo) {
  const doc = generateMesh({ services: 30, rate: 1000, durationS: 3600, seed: 34 });
  doc.title = 'bench: 30 services, 46 edges';
  await openDiagramFile(page, await writeTestFile(testInfo, 'mesh30.json', doc), doc.title);
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  return doc;
}
