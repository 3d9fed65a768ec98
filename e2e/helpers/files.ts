import { writeFile } from 'node:fs/promises';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from '../fixtures';
import { toolbarButton } from './editor';

/** Writes `content` (a value as JSON, or raw text) to a file in the test's output folder. */
export async function writeTestFile(testInfo: TestInfo, name: string, content: unknown): Promise<string> {
  const path = testInfo.outputPath(name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Chooses `path` in the file chooser that "Open…" shows. */
export async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await (await toolbarButton(page, 'Open…')).click();
  await (await chooser).setFiles(path);
}

/** Opens a valid diagram file through "Open…", answering the "replace the current diagram?" question. */
export async function openDiagramFile(page: Page, path: string, title: string): Promise<void> {
  await chooseFile(page, path);
  const ask = page.getByRole('dialog', { name: /^Open “/ });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Open it' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('banner')).toContainText(title);
}
