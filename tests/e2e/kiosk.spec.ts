/**
 * Kiosk mode on an unattended touch screen: the attract loop, the idle warning and reset, no QR
 * code without a public address (decoded where there is one: base-path.spec.ts), and the service worker keeping it alive offline; no trace of a
 * visitor after a reset, no way out, and no kiosk where it is not allowed.
 */
import type { Page } from '@playwright/test';
import { controlledByServiceWorker, expect, readRoom, test, ui } from './fixtures';

/**
 * A visitor's first touch: on the attract loop, once it is up (the kiosk's layer and every room
 * arrive after the page has loaded; a touch before it counts as someone already there, and the
 * loop does not come at all — the test below).
 */
async function wake(page: Page) {
  await expect(page.locator('.attract__wake')).toBeVisible();
  await page.touchscreen.tap(960, 540);
  await expect(page.locator('.attract')).toHaveCount(0);
}

/** The kiosk's layer is up on this page (its idle timer with it): only then may the clock run. */
async function kioskReady(page: Page) {
  await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
}

/**
 * A kiosk of 3 s of idle time on a paused clock, woken by a visitor. As the kiosk's Chromium
 * starts: its address is the tab's first and only page (a test's tab starts on about:blank, which
 * this replaces).
 */
async function startShortKiosk(page: Page, baseURL: string) {
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  await page.evaluate((url) => window.location.replace(url), new URL('/?kiosk&idle=3&lang=fr', baseURL).href);
  await wake(page);
}

test.describe('kiosk', () => {
  test.use({ hasTouch: true, viewport: { width: 1920, height: 1080 } });
  test.describe.configure({ timeout: 90_000 });

  test('opens on the attract loop, inviting a touch in every language', async ({ page }) => {
    await page.goto('/?kiosk&idle=600&tour=2');
    await expect(page).toHaveURL(/\/fr\/$/);
    const attract = page.locator('.attract');
    await expect(attract).toBeVisible();
    for (const lang of ['fr', 'en', 'es', 'de', 'ar'])
      await expect(attract.locator('.attract__invite').getByText(ui(lang, 'kiosk.touchToStart'))).toBeVisible();
    const step = Number(await attract.getAttribute('data-step'));
    await expect(attract).not.toHaveAttribute('data-step', String(step), { timeout: 8000 });
    await page.touchscreen.tap(960, 540);
    await expect(attract).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: ui('fr', 'hall.planTitle') })).toBeVisible();
  });

  test('warns after the idle time, then resets to the default language and the hall', async ({ page }) => {
    // The idle timer waits on a paused clock: the test decides when time passes.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await page.goto('/?kiosk&idle=3&lang=fr');
    await wake(page);
    // The languages are in the kiosk bar's menu.
    await page.locator('.kiosk-bar .lang-switcher__toggle').tap();
    await page.getByRole('link', { name: 'English', exact: true }).tap();
    await expect(page).toHaveURL(/\/en\/$/);
    const travail = readRoom('travail');
    await page.goto(`/en/travail/${travail.cards[0]!.id}/`);
    await expect(page.getByRole('dialog')).toBeVisible();
    await kioskReady(page);
    await page.clock.runFor(4000);
    const warning = page.getByRole('alertdialog');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(ui('en', 'kiosk.stillThere'));
    await page.clock.runFor(21_000);
    await expect(page).toHaveURL(/\/fr\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('.attract')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('contre-sommet.lang'))).not.toBe('en');
  });

  test('leaves no trace of a visit: after a reset, Back finds only the hall, the search is gone', async ({
    page,
    baseURL,
  }) => {
    await startShortKiosk(page, baseURL!);
    const typed = 'Marie Dupont 06 12 34 56 78';
    // The hall's way to the search (the header has none on a kiosk).
    await page.locator('.explore__link[href$="/recherche/"]').tap();
    await expect(page).toHaveURL(/\/fr\/recherche\/$/);
    await page.getByRole('searchbox').fill(typed);
    await expect(page).toHaveURL(/[?&]q=Marie/);
    await page
      .locator('.kiosk-bar')
      .getByRole('link', { name: ui('fr', 'kioskBar.home') })
      .tap();
    await expect(page).toHaveURL(/\/fr\/$/);
    // Each move took the place of the one before: nothing to go back to, even mid-visit.
    expect(await page.evaluate(() => window.history.length)).toBe(1);
    await kioskReady(page);
    await page.clock.runFor(4000);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.clock.runFor(21_000);
    await expect(page.locator('.attract')).toBeVisible();
    await expect(page).toHaveURL(/\/fr\/$/);
    expect(await page.evaluate(() => window.history.length)).toBe(1);
    await page.goBack();
    await expect(page).toHaveURL(/\/fr\/$/);
    const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
    expect(stored).not.toContain('Marie');
    // The next visitor opens the search on an empty field.
    await wake(page);
    await page.locator('.explore__link[href$="/recherche/"]').tap();
    await expect(page.getByRole('searchbox')).toHaveValue('');
  });

  test('forgets the quotes a visitor kept: after a reset, no count and an empty collection', async ({
    page,
    baseURL,
  }) => {
    await startShortKiosk(page, baseURL!);
    const card = readRoom('travail').cards[0]!;
    await page.goto(`/fr/travail/${card.id}/`);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: ui('fr', 'collection.keep') })
      .tap();
    await expect(page.getByRole('dialog').getByRole('button', { name: ui('fr', 'collection.kept') })).toBeVisible();
    await page.goto('/fr/');
    // On a kiosk the count is in the bar (always there, so that a visitor learns of it).
    const count = page.locator('.kiosk-bar .kiosk-bar__count');
    await expect(count).toHaveText('1');
    await kioskReady(page);
    await page.clock.runFor(4000);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.clock.runFor(21_000);
    await expect(page.locator('.attract')).toBeVisible();
    const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
    expect(stored).not.toContain(card.id);
    await wake(page);
    await expect(count).toHaveText('0');
    await page.goto('/fr/collection/');
    await expect(page.getByText(ui('fr', 'collectionPage.empty'))).toBeVisible();
  });

  test('offers no print or share control, and ignores the browser’s ways out', async ({ page }) => {
    // Whether each key press was caught (read after the kiosk's own listener has run).
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { keysSeen: string[] }).keysSeen = []);
      const modifiers = ['Control', 'Meta', 'Alt', 'Shift'];
      window.addEventListener(
        'keydown',
        (e) => modifiers.includes(e.key) || setTimeout(() => seen.push(`${e.key}:${e.defaultPrevented}`)),
        true,
      );
    });
    await page.goto('/?kiosk&idle=600');
    await wake(page);
    await page.goto(`/fr/travail/${readRoom('travail').cards[0]!.id}/`);
    const card = page.getByRole('dialog');
    await expect(card).toBeVisible();
    await kioskReady(page);
    await expect(card.locator('.share')).toHaveCount(0);
    await page.goto('/fr/catalogue/');
    await expect(page.getByRole('heading', { level: 1, name: ui('fr', 'catalogue.title') })).toBeVisible();
    await expect(page.getByRole('button', { name: ui('fr', 'catalogue.print') })).toHaveCount(0);
    const keys = [
      'Control+p',
      'Control+s',
      'Control+o',
      'Control+l',
      'Meta+p',
      'F12',
      'Alt+ArrowLeft',
      'Alt+ArrowRight',
    ];
    for (const key of keys) await page.keyboard.press(key);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen))
      .toEqual(['p:true', 's:true', 'o:true', 'l:true', 'p:true', 'F12:true', 'ArrowLeft:true', 'ArrowRight:true']);
    await expect(page).toHaveURL(/\/fr\/catalogue\/$/);
  });

  test.describe('on a public address', () => {
    // The app fetches the other rooms once idle; a fetch still on its way when the test lets go of
    // the stand-in host (unrouteAll, below) fails to resolve "expo.test": after the checks, and
    // nothing of the page's.
    test.use({ allowedConsole: [/^Failed to load resource: net::ERR_NAME_NOT_RESOLVED$/] });

    test('is no kiosk on a public address: ?kiosk there opens the exhibition as for anyone', async ({
      page,
      baseURL,
    }) => {
      // A public host name (no loopback, a build without VITE_KIOSK) answered by this build.
      const publicOrigin = 'http://expo.test';
      await page.route(`${publicOrigin}/**`, async (route) =>
        route.fulfill({ response: await route.fetch({ url: route.request().url().replace(publicOrigin, baseURL!) }) }),
      );
      await page.clock.install();
      await page.clock.pauseAt(Date.now() + 1000);
      await page.goto(`${publicOrigin}/?kiosk&idle=3&tour=1&lang=fr`);
      // `/` has decided (a kiosk would have been started before this move): no kiosk, nothing kept.
      await expect(page).toHaveURL(/^http:\/\/expo\.test\/(fr|en)\/$/);
      expect(await page.evaluate(() => sessionStorage.getItem('contre-sommet.kiosk'))).toBeNull();
      await expect(page.locator('html')).not.toHaveClass(/\bkiosk\b/);
      await page.clock.runFor(30_000);
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      await expect(page.locator('.attract, .kiosk-bar')).toHaveCount(0);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    });
  });

  test.describe('a touch before the attract loop is up', () => {
    test.use({ arriveAsVisitor: false });

    test('counts as a visitor: no attract loop comes over their page, the idle time runs', async ({ page }) => {
      // The page's first script is there (a module script runs before DOMContentLoaded); the
      // kiosk's layer, its rooms and its attract loop come a second or more later.
      await page.goto('/?kiosk&idle=3&lang=fr', { waitUntil: 'domcontentloaded' });
      await page.touchscreen.tap(960, 540);
      await expect(page).toHaveURL(/\/fr\/$/);
      await kioskReady(page);
      // The visitor's idle time runs from there: the warning, which the attract loop never shows.
      await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 15_000 });
      await expect(page.locator('.attract')).toHaveCount(0);
    });
  });

  test('keeps the visitor’s room when they touch "I’m still here"', async ({ page }) => {
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await page.goto('/?kiosk&idle=3');
    await wake(page);
    await page.goto('/fr/culture/');
    await kioskReady(page);
    await page.clock.runFor(4000);
    const stay = page.getByRole('button', { name: ui('fr', 'kiosk.stay') });
    await expect(stay).toBeVisible();
    const box = (await stay.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    // A finger on the button (the warning closes on the touch itself, before any click).
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await page.clock.runFor(2000);
    await expect(page).toHaveURL(/\/fr\/culture\/$/);
  });

  test('gives no QR code where it has no public address to give (localhost, no VITE_PUBLIC_URL)', async ({ page }) => {
    // The QR codes of a build with its public address are decoded in base-path.spec.ts.
    await page.goto('/?kiosk&idle=600');
    await wake(page);
    const card = readRoom('information').cards[2]!;
    const ownAddress = ['localhost', '127.0.0.1']
      .flatMap((host) => [`[aria-label*="${host}"]`, `[data-value*="${host}"]`, `a[href*="${host}"]`])
      .join(', ');
    for (const [path, where] of [
      [`/en/information/`, page.locator('.room__aside')],
      [`/en/information/${card.id}/`, page.getByRole('dialog')],
    ] as const) {
      await page.goto(path);
      await kioskReady(page);
      await expect(where).toBeVisible();
      await expect(where.locator('.take-away, .qr-code')).toHaveCount(0);
      await expect(page.locator(ownAddress)).toHaveCount(0);
    }
  });

  test('keeps working offline after a first visit, reload included', async ({ page, context }) => {
    await page.goto('/?kiosk&idle=600');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    // Wait until the worker controls the page and the precache is complete.
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 })
      .toBe(true);
    // Pages are kept by path: a search typed in the address leaves no trace in the cache.
    await page.goto('/fr/recherche/?q=Marie+Dupont');
    const cached = () =>
      page.evaluate(async () => (await (await caches.open('pages')).keys()).map((request) => request.url));
    await expect.poll(cached).toContainEqual(expect.stringMatching(/\/fr\/recherche\/$/));
    expect((await cached()).filter((url) => url.includes('?'))).toEqual([]);
    await context.setOffline(true);
    await page.goto('/de/travail/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('figure.bubble')).toHaveCount(readRoom('travail').cards.length);
    await page.reload();
    await expect(page.locator('figure.bubble').first()).toBeVisible();
    await context.setOffline(false);
  });

  test('comes back to the attract loop after a reset with the network down', async ({ page, context }) => {
    await page.goto('/?kiosk&idle=3');
    await controlledByServiceWorker(page);
    // A visitor on a room (a reload is no reset: no attract loop), and the network goes down.
    await context.setOffline(true);
    await page.goto('/fr/culture/');
    await kioskReady(page);
    // The idle warning, then the reset's reload, served by the service worker.
    await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 15_000 });
    await expect(page).toHaveURL(/\/fr\/$/, { timeout: 40_000 });
    await expect(page.locator('.attract')).toBeVisible({ timeout: 15_000 });
    await context.setOffline(false);
  });
});
