import type { Locator, Page } from '@playwright/test';

/** The run bar: Play/Pause, Step, Restart, Speed, Run to end. */
export const runControls = (page: Page): Locator => page.getByRole('toolbar', { name: 'Run controls' });

/** The run bar's clock: "12.3 s / 60.0 s · playing". */
export const simulatedClock = (page: Page): Locator => page.getByRole('status', { name: 'Simulated time' });

/** The clock's current simulated time in seconds. */
export async function clockSeconds(page: Page): Promise<number> {
  const text = (await simulatedClock(page).textContent()) ?? '';
  const m = /^([\d.]+) s/.exec(text);
  if (!m) throw new Error(`unexpected clock text: ${text}`);
  return Number(m[1]);
}

/**
 * The clock's time once it has stopped moving: after a pause, a frame already on its way from
 * the worker may still arrive and move the clock once more. Reads until two readings 250 ms
 * apart agree.
 */
export async function settledClockSeconds(page: Page): Promise<number> {
  let last = await clockSeconds(page);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const now = await clockSeconds(page);
    if (now === last) return now;
    last = now;
  }
  throw new Error(`the clock did not settle: last read ${last} s`);
}
