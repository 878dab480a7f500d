/**
 * The kiosk's presentation, read from one or two metres on a 1920×1080 screen and on the same
 * screen turned to portrait: type (quotes 40 px, names 28 px, nothing under 24 px), touch targets
 * (64 px), no sideways scroll, the kiosk bar that never covers the page, no website controls, and
 * the bar's Home, rooms, language, help and motion under a finger. axe finds nothing.
 */
import type { Locator, Page } from '@playwright/test';
import { axeViolations, waitForApp } from './a11y-helpers';
import { expect, readRoom, test, ui } from './fixtures';

const ORIENTATIONS = [
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
] as const;

/** The kiosk started as a venue starts it, and woken by a first touch on the attract loop. */
async function startKiosk(page: Page) {
  await page.goto('/?kiosk&idle=86400');
  await expect(page.locator('.attract__wake')).toBeVisible();
  const { width, height } = page.viewportSize()!;
  await page.touchscreen.tap(width / 2, height / 2);
  await expect(page.locator('.attract')).toHaveCount(0);
  await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
}

/** What a visitor sees on the page as it is: every text's size, every target's, the widest scroll. */
function measure(page: Page) {
  return page.evaluate(() => {
    const inDocument = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return (
        r.width > 0 &&
        r.height > 0 &&
        r.bottom + scrollY > 0 &&
        r.right > 0 &&
        r.left < innerWidth &&
        style.visibility !== 'hidden' &&
        !el.closest('.sr-only, [aria-hidden="true"]')
      );
    };
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> «${(el.textContent ?? '').trim().slice(0, 30)}»`;
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      if (!el || !walker.currentNode.textContent?.trim() || !inDocument(el)) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 24) small.push(`${name(el)} ${size}px`);
    }
    const targets = [...document.querySelectorAll('a[href], button, summary, [role="button"], input, select')]
      .filter((el) => inDocument(el) && !el.closest('[inert]'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 64 || r.height < 64)
      .map(({ el, r }) => `${name(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    const sizes = (selector: string) =>
      [...document.querySelectorAll(selector)].map((el) => parseFloat(getComputedStyle(el).fontSize));
    return {
      small: [...new Set(small)],
      targets: [...new Set(targets)],
      sideways: document.documentElement.scrollWidth - innerWidth,
      quotes: sizes('.voice .bubble blockquote, .bubble--open blockquote'),
      names: sizes('.voice__name, .caption__name'),
    };
  });
}

/** After scrolling to the very bottom, the page's last element (or the open card) ends above the bar. */
async function clearOfBar(page: Page, last: Locator) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const bar = (await page.locator('.kiosk-bar').boundingBox())!;
  await expect
    .poll(async () => (await last.boundingBox())!.y + (await last.boundingBox())!.height)
    .toBeLessThanOrEqual(bar.y + 0.5);
}

for (const { name, viewport } of ORIENTATIONS) {
  test.describe(`kiosk presentation, ${name}`, () => {
    test.use({ viewport, hasTouch: true });

    for (const lang of ['fr', 'ar']) {
      test(`hall, room and open card read from a metre (${lang})`, async ({ page }) => {
        await startKiosk(page);
        const card = readRoom('travail').cards[0]!;
        for (const [what, path] of [
          ['hall', `/${lang}/`],
          ['room', `/${lang}/travail/`],
          ['open card', `/${lang}/travail/${card.id}/`],
        ] as const) {
          await page.goto(path);
          await waitForApp(page);
          await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
          const bar = page.getByRole('navigation', { name: ui(lang, 'kioskBar.label') });
          await expect(bar).toBeVisible();
          if (what === 'open card') await expect(page.getByRole('dialog')).toBeVisible();
          await page.evaluate(() => document.fonts.ready);
          // Read once the page has settled (an open card grows out of its bubble).
          await expect.poll(async () => (await measure(page)).targets, `${what}: targets under 64 px`).toEqual([]);
          const seen = await measure(page);
          expect(seen.small, `${what}: text under 24 px`).toEqual([]);
          expect(seen.sideways, `${what}: sideways scroll`).toBeLessThanOrEqual(0);
          if (what !== 'hall') {
            expect(seen.quotes.length).toBeGreaterThan(0);
            expect(Math.min(...seen.quotes), `${what}: quotes`).toBeGreaterThanOrEqual(40);
            expect(Math.min(...seen.names), `${what}: names`).toBeGreaterThanOrEqual(28);
          }
          // No website control on a public screen: share, copy link, print, search.
          await expect(page.locator('.share, .site-header__search, .site-header .lang-switcher')).toHaveCount(0);
          await expect(page.getByRole('button', { name: ui(lang, 'catalogue.print') })).toHaveCount(0);
          await clearOfBar(page, what === 'open card' ? page.getByRole('dialog') : page.locator('.site-footer'));
          expect(await axeViolations(page), `${what}: axe`).toEqual([]);
        }
      });
    }

    test('the bar under a finger: rooms, Home, language, help, less motion', async ({ page }) => {
      await startKiosk(page);
      const bar = page.getByRole('navigation', { name: ui('fr', 'kioskBar.label') });
      const [first, second] = [readRoom('environnement'), readRoom('education')];
      // In the hall: the tour's first room is next, and there is no previous.
      await expect(bar.getByRole('link', { name: new RegExp(ui('fr', 'room.previous')) })).toHaveCount(0);
      await bar.getByRole('link', { name: new RegExp(ui('fr', 'room.next')) }).tap();
      await expect(page).toHaveURL(/\/fr\/environnement\/$/);
      await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
      await bar.getByRole('link', { name: new RegExp(ui('fr', 'room.next')) }).tap();
      await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeVisible();
      await bar.getByRole('link', { name: new RegExp(ui('fr', 'room.previous')) }).tap();
      await expect(page).toHaveURL(/\/fr\/environnement\/$/);
      await bar.getByRole('link', { name: ui('fr', 'kioskBar.home') }).tap();
      await expect(page).toHaveURL(/\/fr\/$/);
      await expect(bar.getByRole('link', { name: ui('fr', 'kioskBar.home') })).toHaveAttribute('aria-current', 'page');

      // Help: a dialog in large type; the focus in it, and back on Help once closed.
      const help = bar.getByRole('button', { name: ui('fr', 'kioskBar.help') });
      await help.tap();
      const dialog = page.getByRole('dialog', { name: ui('fr', 'kioskBar.helpTitle') });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(ui('fr', 'kioskBar.helpRestart'));
      await expect(dialog.locator(':focus')).toHaveCount(1);
      const close = dialog.getByRole('button', { name: ui('fr', 'kioskBar.close') });
      expect((await close.boundingBox())!.height).toBeGreaterThanOrEqual(64);
      await close.tap();
      await expect(dialog).toHaveCount(0);
      await expect(help).toBeFocused();

      // Less motion: a switch, pressed and released.
      const motion = bar.getByRole('button', { name: ui('fr', 'kiosk.lessMotion') });
      await expect(motion).toHaveAttribute('aria-pressed', 'false');
      await motion.tap();
      await expect(motion).toHaveAttribute('aria-pressed', 'true');
      await motion.tap();
      await expect(motion).toHaveAttribute('aria-pressed', 'false');

      // Language: the menu opens above the bar; Arabic mirrors the bar.
      await bar.locator('.lang-switcher__toggle').tap();
      await bar.getByRole('link', { name: 'العربية', exact: true }).tap();
      await expect(page).toHaveURL(/\/ar\/$/);
      const arBar = page.getByRole('navigation', { name: ui('ar', 'kioskBar.label') });
      const home = (await arBar.getByRole('link', { name: ui('ar', 'kioskBar.home') }).boundingBox())!;
      expect(home.x).toBeGreaterThan(viewport.width / 2);
    });
  });
}
