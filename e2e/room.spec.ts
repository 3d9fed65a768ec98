import type { Browser, BrowserContext, Page } from '@playwright/test';
import { E2E_ROOM_URL } from '../playwright.config';
import { expect, test } from './fixtures';
import { seriousA11yViolations } from './helpers/axe';
import { closeGallery, edge, node, ROOMY_VIEWPORT, viewSettled } from './helpers/editor';
import { runControls, settledClockSeconds, simulatedClock } from './helpers/run';

/**
 * The workshop room with the real room server (server/, started by playwright.config.ts):
 * a presenter and three followers, one on a phone, each in a browser context of its own.
 * Followers join by the link, follow play / pause / scrub / step, vote and see the tally
 * revealed; nothing on a follower's screen changes the room; a late joiner lands at the
 * presenter's moment; a live fault reaches the followers; a fixed copy handed back appears
 * on the presenter's board; a presenter's reload keeps the room.
 * docs/workshops.md describes the room.
 */

test.setTimeout(240_000);
// An action on something hidden or disabled fails with its reason instead of waiting for ever.
test.use({ actionTimeout: 20_000, navigationTimeout: 30_000 });

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Opens a page of its own (a person's own browser) at `url` on the room server. */
async function openPerson(browser: Browser, url: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, errors };
}

const roomClock = (page: Page) => page.getByTestId('room-clock');
const lessonBar = (page: Page) => page.getByRole('region', { name: 'Lesson' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Workshop room' });

/** The presenter opens the editor on the room server, starts a room, and reads its join link. */
async function startRoom(page: Page): Promise<string> {
  await page.setViewportSize(ROOMY_VIEWPORT);
  await page.goto(`${E2E_ROOM_URL}/`);
  await expect(page.getByRole('application', { name: 'Diagram canvas' })).toBeVisible();
  await closeGallery(page);
  await page.getByRole('button', { name: 'Room' }).click();
  await panel(page).getByRole('button', { name: 'Start a room' }).click();
  await expect(panel(page).getByTestId('room-presenter-status')).toHaveText('Live');
  return panel(page).getByTestId('room-link').inputValue();
}

/** The follower's clock reads `seconds` (of the 60 s run). */
async function followerAt(page: Page, seconds: number) {
  await expect(roomClock(page)).toHaveText(`${seconds.toFixed(1)} s / 60.0 s`, { timeout: 20_000 });
}

/** The seconds a clock shows ("12.3 s / 60.0 s…"). */
async function secondsOf(page: Page, testId: 'room-clock' | null): Promise<number> {
  const text = (await (testId ? page.getByTestId(testId) : simulatedClock(page)).textContent()) ?? '';
  return Number(/^([\d.]+) s/.exec(text)?.[1] ?? Number.NaN);
}

test('a presenter and three followers: follow, vote, a late joiner, a submission', async ({
  page,
  browser,
}) => {
  const contexts: BrowserContext[] = [];
  try {
    // The presenter opens the editor on the room server and starts a room.
    const link = await startRoom(page);
    await expect(panel(page).getByTestId('room-code')).toHaveText(/^[A-Z0-9]{6}$/);
    await expect(panel(page).getByRole('img', { name: 'QR code of the join link' })).toBeVisible();
    expect(link).toMatch(/\/\?room=[A-Za-z0-9_-]{22}$/);
    // The join link never carries the presenter's secret.
    const token = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('faultline.room.presenter') ?? '{}').presenterToken as string,
    );
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link).not.toContain(token);

    // Three followers join by the link: two laptops and a phone.
    const a = await openPerson(browser, link);
    const b = await openPerson(browser, link);
    const phone = await openPerson(browser, link, PHONE);
    contexts.push(a.context, b.context, phone.context);
    for (const f of [a, b, phone]) {
      await expect(f.page.getByTestId('room-status')).toHaveText('Following');
      await expect(f.page.getByText('RPC chain under redeploy')).toBeVisible();
      await followerAt(f.page, 0);
    }

    // The presenter steps through the lesson at 10×: the followers stop where it stops.
    await runControls(page).getByLabel('Speed').selectOption('10');
    await lessonBar(page).getByRole('button', { name: 'Next step' }).click();
    await expect(simulatedClock(page)).toHaveText('10.0 s / 60.0 s · paused', { timeout: 30_000 });
    for (const f of [a, b, phone]) {
      await followerAt(f.page, 10);
      await expect(f.page.getByTestId('room-caption')).toHaveText(
        'Requests flow client → orders → payments. Everything succeeds.',
      );
    }

    // Step 2 asks a question: each follower votes on their own screen.
    await lessonBar(page).getByRole('button', { name: 'Next step' }).click();
    await expect(simulatedClock(page)).toHaveText('21.0 s / 60.0 s · paused', { timeout: 30_000 });
    const question = (p: Page) => p.getByRole('region', { name: 'Question' });
    for (const f of [a, b, phone]) {
      await followerAt(f.page, 21);
      await expect(question(f.page).getByRole('heading')).toHaveText(
        'Payments is being redeployed. What happens to orders?',
      );
    }
    // On the phone the choices are big enough for a thumb.
    const phoneChoice = question(phone.page).getByRole('button', { name: 'Nothing: orders is healthy' });
    const box = await phoneChoice.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    // The follower's page and the presenter's panel pass the accessibility scan.
    expect(await seriousA11yViolations(phone.page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await phoneChoice.tap();
    await question(a.page).getByRole('button', { name: 'Orders fails too' }).click();
    await question(b.page).getByRole('button', { name: 'Orders fails too' }).click();
    // One vote each: the buttons take no second one.
    await expect(question(a.page).getByRole('button', { name: 'Nothing: orders is healthy' })).toBeDisabled();
    await expect(question(a.page).getByRole('status')).toHaveText('Your vote is in. Wait for the reveal.');
    // The presenter sees the tally live: counts only.
    await expect(panel(page).getByTestId('tally-row')).toHaveText([
      /Nothing: orders is healthy\s*1$/,
      /Orders slows down but succeeds\s*0$/,
      /Orders fails too\s*2$/,
    ]);

    // A follower cannot change anything: no run controls, and the keys do nothing.
    await expect(a.page.getByRole('button', { name: 'Play' })).toHaveCount(0);
    await expect(a.page.getByRole('slider')).toHaveCount(0);
    await a.page.getByRole('application').first().click();
    for (const key of ['Space', 'ArrowRight', 'PageDown', 'Delete']) await a.page.keyboard.press(key);
    await a.page.waitForTimeout(500);
    await followerAt(a.page, 21);
    await expect(simulatedClock(page)).toHaveText('21.0 s / 60.0 s · paused');

    // The presenter plays on: that is the reveal; the followers play along. (At 1×: at 10×
    // the run would reach its end while the checks below are made on a busy machine.)
    await runControls(page).getByLabel('Speed').selectOption('1');
    await runControls(page).getByRole('button', { name: 'Play' }).click();
    for (const f of [a, b, phone]) {
      await expect(f.page.getByTestId('room-playing')).toHaveText('Playing · 1×');
      await expect(question(f.page).getByRole('status')).toHaveText('Revealed: watch what happens.');
    }
    await expect(question(phone.page).getByTitle('2 of 3 votes')).toHaveText('2');
    await page.waitForTimeout(1500);
    await runControls(page).getByRole('button', { name: 'Pause' }).click();
    const pausedAt = await settledClockSeconds(page);
    for (const f of [a, b, phone]) {
      await expect(f.page.getByTestId('room-playing')).toHaveText('Paused');
      await followerAt(f.page, pausedAt);
    }

    // Scrub back and step: the followers land exactly where the presenter is.
    await page.getByRole('slider', { name: 'Timeline' }).fill('15000');
    await expect(simulatedClock(page)).toHaveText('15.0 s / 60.0 s · paused', { timeout: 20_000 });
    for (const f of [a, b, phone]) await followerAt(f.page, 15);
    await runControls(page).getByRole('button', { name: 'Step 100 ms' }).click();
    await expect(simulatedClock(page)).toHaveText('15.1 s / 60.0 s · paused');
    for (const f of [a, b, phone]) await followerAt(f.page, 15.1);

    // A late joiner lands at the presenter's current moment, paused and then playing.
    const late = await openPerson(browser, link);
    contexts.push(late.context);
    await followerAt(late.page, 15.1);
    await runControls(page).getByRole('button', { name: 'Play' }).click();
    await expect(late.page.getByTestId('room-playing')).toHaveText('Playing · 1×');
    await page.waitForTimeout(2000);
    // Read close together: within half a second of simulated time at 1× (the room keeps 250 ms).
    const [presenterS, lateS] = await Promise.all([
      secondsOf(page, null),
      secondsOf(late.page, 'room-clock'),
    ]);
    expect(Math.abs(presenterS - lateS)).toBeLessThan(0.6);
    // A fault the presenter fires live reaches the followers' runs.
    await page.getByTestId('node-orders').click({ button: 'right' });
    await page
      .getByRole('menu', { name: 'Faults for orders' })
      .getByRole('menuitem', { name: /Crash \(refuse/ })
      .click();
    await expect(page.getByTestId('node-run-orders')).toContainText('down');
    await expect(late.page.getByTestId('node-run-orders')).toContainText('down');
    await runControls(page).getByRole('button', { name: 'Pause' }).click();

    // Try it yourself: the presenter hands out the diagram; a follower opens an editable
    // copy, checks it and submits it; it appears on the presenter's board, scored.
    await panel(page).getByRole('button', { name: 'Hand out “fix this diagram”' }).click();
    const handout = a.page.getByRole('region', { name: 'Try it yourself' });
    await expect(handout).toBeVisible();
    const [copy] = await Promise.all([
      a.context.waitForEvent('page'),
      handout.getByRole('link', { name: 'Open my copy' }).click(),
    ]);
    // This browser has no work of its own saved, so the copy opens at once (with saved work,
    // the editor would ask first, as for any link).
    await expect(copy.getByRole('application', { name: 'Diagram canvas' })).toBeVisible();
    const bar = copy.getByRole('region', { name: 'Workshop room copy' });
    await bar.getByLabel('Your name (optional)').fill('Ada');
    await bar.getByRole('button', { name: 'Submit to the room' }).click();
    await expect(bar.getByTestId('room-submit-note')).toContainText('Submitted', { timeout: 20_000 });
    const row = panel(page).getByTestId('submission');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Ada');
    await expect(row).toContainText(/% of client requests succeed over 5 seeds/, { timeout: 60_000 });

    // The presenter reloads the page: the tab takes its room back (same code, the board
    // kept), and the followers follow the reloaded run, back at its start.
    const code = await panel(page).getByTestId('room-code').textContent();
    await page.reload();
    await expect(panel(page).getByTestId('room-code')).toHaveText(code ?? '', { timeout: 30_000 });
    await expect(panel(page).getByTestId('room-presenter-status')).toHaveText('Live');
    await expect(panel(page).getByTestId('submission')).toContainText('Ada');
    await expect(a.page.getByTestId('room-status')).toHaveText('Following');
    await followerAt(a.page, 0);

    for (const f of [a, b, phone, late]) expect(f.errors, 'uncaught errors on a follower').toEqual([]);
  } finally {
    for (const c of contexts) await c.close();
  }
});

test('the presenter hands out a challenge; a follower solves it in challenge mode and submits it; the board ranks it by its scorecard', async ({
  page,
  browser,
}) => {
  const contexts: BrowserContext[] = [];
  try {
    const link = await startRoom(page);

    // The presenter hands out the campaign's first level.
    await panel(page).getByLabel('What to hand out').selectOption({ label: 'Level 1: Survive a redeploy' });
    await panel(page).getByRole('button', { name: 'Hand out the challenge' }).click();
    await expect(panel(page)).toContainText('A challenge is handed out');

    // A follower opens it: their own copy, in challenge mode.
    const a = await openPerson(browser, link, { viewport: ROOMY_VIEWPORT });
    contexts.push(a.context);
    const handout = a.page.getByRole('region', { name: 'Try it yourself' });
    await expect(handout).toBeVisible({ timeout: 20_000 });
    const [copy] = await Promise.all([
      a.context.waitForEvent('page'),
      handout.getByRole('link', { name: 'Open my copy' }).click(),
    ]);
    const challengeBar = copy.getByRole('region', { name: 'Challenge' });
    await expect(challengeBar.getByRole('heading', { name: /Survive a redeploy/ })).toBeVisible();
    const roomBar = copy.getByRole('region', { name: 'Workshop room copy' });
    // The challenge's own Check grades the copy: the room's five-seed check is not offered.
    await expect(roomBar.getByRole('button', { name: 'Check' })).toHaveCount(0);

    // The fix, by mouse: orders → payments made async.
    await copy.getByRole('banner').getByRole('button', { name: 'Fit view' }).click();
    await viewSettled(copy);
    await edge(copy, 'orders-payments').click({ force: true });
    await copy
      .getByRole('complementary', { name: 'Inspector' })
      .getByRole('button', { name: 'Make it async' })
      .click();
    await expect(node(copy, 'queue-1')).toBeVisible();
    await challengeBar.getByRole('button', { name: 'Check', exact: true }).click();
    const scorecard = challengeBar.getByRole('region', { name: 'Scorecard' });
    await expect(scorecard.getByRole('heading', { level: 3 })).toContainText('Goals met', {
      timeout: 60_000,
    });
    const earned =
      (await scorecard.getByRole('img', { name: /[123] of 3 stars/ }).getAttribute('aria-label')) ?? '';

    await roomBar.getByLabel('Your name (optional)').fill('Grace');
    await roomBar.getByRole('button', { name: 'Submit to the room' }).click();
    await expect(roomBar.getByTestId('room-submit-note')).toContainText('Submitted', { timeout: 20_000 });

    // The board grades it with the same check and shows its stars; it opens in challenge mode.
    const row = panel(page).getByTestId('submission');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Grace');
    await expect(row).toContainText(/3 of 3 goals met · \$[\d,]+ per month/, { timeout: 90_000 });
    await expect(row.getByRole('img', { name: earned })).toBeVisible();
    await expect(row.getByRole('link', { name: 'Open' })).toHaveAttribute(
      'href',
      /#c=survive-redeploy&d=2\./,
    );
    expect(a.errors, 'uncaught errors on the follower').toEqual([]);
  } finally {
    for (const c of contexts) await c.close();
  }
});

test('a follower follows the presenter’s view: the presenter zooms in on a node and it grows on the follower’s screen', async ({
  page,
  browser,
}) => {
  const contexts: BrowserContext[] = [];
  try {
    const link = await startRoom(page);

    // A follower on a laptop (of another size than the presenter's screen) follows the view.
    const a = await openPerson(browser, link);
    contexts.push(a.context);
    await expect(a.page.getByTestId('room-status')).toHaveText('Following');
    await expect(a.page.getByLabel('Follow the presenter’s view')).toBeChecked();
    const followerNode = node(a.page, 'orders');
    await expect(followerNode).toBeVisible();
    await a.page.waitForTimeout(1000);
    const before = (await followerNode.boundingBox())?.width ?? 0;
    expect(before).toBeGreaterThan(0);

    // The presenter zooms in on orders with the mouse wheel.
    const target = await node(page, 'orders').boundingBox();
    if (!target) throw new Error('orders is not on the presenter’s canvas');
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2);
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, -200);
      await page.waitForTimeout(100);
    }
    await expect
      .poll(async () => ((await followerNode.boundingBox())?.width ?? 0) / before, { timeout: 15_000 })
      .toBeGreaterThan(1.4);
    // The presenter's last wheel turn reaches the follower within a throttle interval and a
    // short animation: wait until the follower's view has settled.
    let last = -1;
    await expect
      .poll(
        async () => {
          const width = (await followerNode.boundingBox())?.width ?? 0;
          const settled = Math.abs(width - last) < 0.5;
          last = width;
          return settled;
        },
        { timeout: 15_000, intervals: [600] },
      )
      .toBe(true);

    // Not following: the follower's view stays where it is when the presenter zooms out.
    await a.page.getByLabel('Follow the presenter’s view').uncheck();
    const kept = (await followerNode.boundingBox())?.width ?? 0;
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, 200);
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(1500);
    expect(Math.abs(((await followerNode.boundingBox())?.width ?? 0) - kept)).toBeLessThan(2);
    expect(a.errors, 'uncaught errors on the follower').toEqual([]);
  } finally {
    for (const c of contexts) await c.close();
  }
});
