import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every spec runs with two watchers: uncaught page errors and Content-Security-Policy
 * violations. A spec passes only if both stay empty — a broken policy or a thrown error is a
 * failure even when the visible behaviour looked right.
 */
export const test = base.extend<{ pageErrors: string[]; cspViolations: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __cspViolations: string[] };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          w.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
        });
      });
      const violations: string[] = [];
      await use(violations);
      if (!page.isClosed()) {
        const found = await page
          .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
          .catch(() => []);
        violations.push(...found);
      }
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app with empty storage (a first visit) unless `keepStorage` is set. */
export async function openApp(page: Page, path = '/', { keepStorage = false } = {}): Promise<void> {
  if (!keepStorage) {
    await page.goto('/favicon.svg');
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  }
  await page.goto(path);
}
