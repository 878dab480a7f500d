/**
 * The kiosk's staff screen (a long press in the top-end corner, then the PIN of a build made with
 * VITE_KIOSK_PIN) and its opening hours (outside them, a dim clock screen that wakes at opening).
 * A build of its own (tests/tools/build-staff.ts, a step of `npm test`), served by `vite preview`
 * as the kiosk's machine serves dist/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations } from './a11y-helpers';
import { controlledByServiceWorker, expect, test, ui } from './fixtures';
import { STAFF_PIN as PIN, ensureStaffBuild } from '../tools/build-staff';

const PORT = Number(process.env.E2E_PORT ?? 4174) + 30;
const origin = `http://127.0.0.1:${PORT}`;
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: origin });

test.beforeAll(async () => {
  // Built by `npm run build:staff` before the suite; here only when run alone.
  test.setTimeout(600_000);
  server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    cwd: ensureStaffBuild(),
    stdio: 'ignore',
    // Its own process group: npx and the server it starts end together (afterAll).
    detached: true,
  });
  await expect
    .poll(
      () =>
        fetch(`${origin}/`).then(
          (r) => r.ok,
          () => false,
        ),
      { timeout: 60_000 },
    )
    .toBe(true);
});

test.afterAll(() => {
  try {
    if (server?.pid) process.kill(-server.pid);
  } catch {
    // Already ended.
  }
});

const t = (key: string, vars?: Record<string, string | number>) => ui('fr', key, vars);

/** A finger held in the top-end corner until the staff screen's keypad comes (three seconds). */
async function longPressCorner(page: Page) {
  await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
  await page.mouse.move(1900, 20);
  await page.mouse.down();
  await expect(page.getByRole('dialog', { name: t('staff.title') })).toBeVisible({ timeout: 8000 });
  await page.mouse.up();
}

async function typePin(page: Page, pin: string) {
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: t('staff.enter') }).click();
}

/** The value the staff screen shows for a fact. */
const fact = (page: Page, label: string) =>
  page
    .getByTestId('staff-facts')
    .locator('.staff__fact')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');

test('a long press in the corner and the PIN open the staff screen, with what the machine runs', async ({ page }) => {
  await page.goto('/?kiosk&idle=600&hours=00:00-23:59&reload=03:30');
  // The service worker in charge first: the screen reports it.
  await controlledByServiceWorker(page);
  await longPressCorner(page);
  const staff = page.getByRole('dialog', { name: t('staff.title') });
  // A keypad a finger can use.
  for (const key of await staff.locator('.staff__key').all()) {
    const box = (await key.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(64);
  }
  await typePin(page, PIN);
  await expect(fact(page, t('staff.version'))).toHaveText(version);
  await expect(fact(page, t('staff.contentDate'))).toContainText(/20\d\d/);
  await expect(fact(page, t('staff.publicAddress'))).toHaveText(`${origin}/`);
  await expect(fact(page, t('staff.qrCodes'))).toHaveText(t('staff.qrHidden'));
  await expect(fact(page, t('staff.worker'))).toHaveText(t('staff.workerActive'));
  await expect(fact(page, t('staff.offline'))).toContainText(t('staff.offlineReady'));
  await expect(fact(page, t('staff.offline'))).toContainText(/workbox-precache\S*\s?: \d{2,} fichiers/);
  await expect(fact(page, t('staff.hours'))).toHaveText('00:00–23:59');
  await expect(fact(page, t('staff.nightly'))).toHaveText('03:30');
  await expect(fact(page, t('staff.lastReset'))).toHaveText(t('staff.noReset'));
  await expect(fact(page, t('staff.heap'))).toHaveText(/^\d+(\.\d)? Mo$/);
  // The voices of the machine (speech-dispatcher with espeak-ng: the kiosk's recipe, started before
  // the browsers by global-setup.ts). They come seconds after the first ask: the list is long.
  const voices = fact(page, t('staff.voices'));
  await expect(voices.locator('[data-lang="fr"]')).toContainText(/\d+ voix/, { timeout: 45_000 });
  await expect(voices.locator('[data-lang="ar"]')).toContainText(/\d+ voix/);
  await page.screenshot({ path: test.info().outputPath('staff-screen.png') });
  expect(await axeViolations(page)).toEqual([]);

  // "Restart now": a reset, and the screen tells it next time.
  await page.getByRole('button', { name: t('staff.restart') }).click();
  await expect(page.locator('.attract')).toBeVisible();
  await expect(staff).toHaveCount(0);
  await longPressCorner(page);
  await typePin(page, PIN);
  await expect(fact(page, t('staff.lastReset'))).toContainText(t('staff.reason.staff'));
});

test('a wrong PIN is refused, and five lock the keypad', async ({ page }) => {
  await page.goto('/?kiosk&idle=600');
  await expect(page.locator('.attract')).toBeVisible();
  await longPressCorner(page);
  await typePin(page, '1111');
  await expect(page.getByRole('alert')).toHaveText(t('staff.wrongPin', { n: 4 }));
  await expect(page.getByTestId('staff-facts')).toHaveCount(0);
  for (let i = 0; i < 4; i++) await typePin(page, '1357');
  // "Too many tries. Try again in N s."
  await expect(page.getByRole('alert')).toContainText(t('staff.locked', { n: '§' }).split('§')[0]!);
  await expect(page.getByRole('button', { name: '2', exact: true })).toBeDisabled();
  // Closed and opened again: still locked.
  await page.getByRole('button', { name: t('staff.close') }).click();
  await longPressCorner(page);
  await expect(page.getByRole('button', { name: t('staff.enter') })).toBeDisabled();
});

test('a short touch in the corner opens nothing, and the idle warning closes the staff screen', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?kiosk&idle=5');
  await expect(page.locator('.attract')).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
  await page.mouse.move(1900, 20);
  await page.mouse.down();
  await page.clock.runFor(2000);
  await page.mouse.up();
  await page.clock.runFor(2000);
  // The touch woke the kiosk: the attract loop went, and no staff screen came.
  await expect(page.locator('.attract')).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: t('staff.title') })).toHaveCount(0);
  await page.mouse.down();
  await page.clock.runFor(3100);
  await page.mouse.up();
  const staff = page.getByRole('dialog', { name: t('staff.title') });
  await expect(staff).toBeVisible();
  await page.clock.runFor(6000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expect(staff).toHaveCount(0);
});

test('leaving kiosk mode gives the website back', async ({ page }) => {
  await page.goto('/?kiosk&idle=600&lang=fr');
  await expect(page.locator('.attract')).toBeVisible();
  await longPressCorner(page);
  await typePin(page, PIN);
  await page.getByRole('button', { name: t('staff.leave') }).click();
  // The hall loaded afresh, as anyone's: no kiosk class, no kiosk setting kept.
  await expect(page.locator('html')).not.toHaveClass(/\bkiosk\b/);
  await expect(page).toHaveURL(`${origin}/fr/`);
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes('kiosk')))).toEqual([]);
  // A website's page waits for its visitor to act before its app starts: a mouse moving over it.
  await page.mouse.move(600, 400);
  await page.mouse.move(640, 420);
  await expect(page.locator('html[data-hydrated]')).toBeAttached();
  await expect(page.getByRole('navigation', { name: t('hall.planTitle') })).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/\bkiosk\b/);
  await expect(page.locator('.attract, .staff-corner, .motion-switch')).toHaveCount(0);
});

test('outside opening hours, a dim clock screen that wakes at opening time', async ({ page }) => {
  await page.clock.install({ time: new Date(2025, 1, 10, 8, 58) });
  await page.goto('/?kiosk&idle=600&hours=09:00-18:00');
  const clock = page.getByRole('region', { name: t('staff.clockTitle') });
  await expect(clock).toBeVisible();
  await expect(clock).toContainText('08:58');
  await expect(clock).toContainText(t('staff.openFrom', { time: '09:00' }));
  await expect(clock).toContainText(ui('ar', 'staff.openFrom', { time: '09:00' }));
  await expect(page.locator('.attract')).toHaveCount(0);
  // Nothing else on screen: the clock covers it all.
  const covered = await page.evaluate(() => document.elementFromPoint(1880, 1050)?.closest('.kiosk-clock') !== null);
  expect(covered).toBe(true);
  await page.screenshot({ path: test.info().outputPath('clock-screen.png') });
  expect(await axeViolations(page)).toEqual([]);
  // A touch does not wake it before opening time.
  await page.touchscreen.tap(960, 540);
  await page.clock.runFor(60_000);
  await expect(clock).toContainText('08:59');
  await page.clock.runFor(70_000);
  await expect(clock).toHaveCount(0);
  await expect(page.locator('.attract')).toBeVisible();
});

test('the attract loop drifts a few pixels, slowly, and with less motion only jumps now and then', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?kiosk&idle=600&tour=600');
  const invite = page.locator('.attract__invite');
  await expect(invite).toBeVisible();
  const place = () =>
    invite.evaluate((element) => {
      const style = getComputedStyle(element);
      return { translate: style.translate, transition: style.transitionDuration };
    });
  const before = await place();
  await page.clock.runFor(61_000);
  await expect.poll(async () => (await place()).translate).not.toBe(before.translate);
  const { translate, transition } = await place();
  for (const px of translate.split(' ').map(parseFloat)) expect(Math.abs(px)).toBeLessThanOrEqual(6);
  // A glide as slow as the step: a minute.
  expect(transition).toContain('60s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(async () => (await place()).transition).toContain('0s');
});
