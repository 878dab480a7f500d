/**
 * Addresses nobody should type, typed anyway: each lands on a helpful page or a sensible
 * default — never a blank screen, never a console error.
 */
import type { Page } from '@playwright/test';
import { expect, readRooms, testInOneTab as test, ui, urlOf } from './fixtures';

const rooms = readRooms();
const first = rooms[0]!;

// One tab per worker (fixtures.ts), each page loaded without the service worker. A missing page is
// a 404 the browser may report; nothing else may reach the console but Playwright's notice. (One
// expression each: a two-item array would read as [value, options].)
const NO_WORKER = 'Service Worker registration blocked by Playwright';

test.use({
  tabOptions: { reducedMotion: 'reduce', serviceWorkers: 'block' },
  allowedConsole: [
    new RegExp(`^(Failed to load resource: the server responded with a status of 404 \\(Not Found\\)|${NO_WORKER})$`),
  ],
});

/** The not-found page in `lang`: its title, a way back to the hall, the rooms. */
async function expectNotFound(page: Page, lang = 'fr') {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    new RegExp(`^(${ui(lang, 'notFound.roomTitle')}|${ui(lang, 'notFound.cardTitle')})$`),
  );
  await expect(page.getByRole('link', { name: ui(lang, 'notFound.backToHall') })).toBeVisible();
}

const unknown: { what: string; path: string; lang?: string }[] = [
  { what: 'an unknown language', path: '/xx/' },
  { what: 'a language in capitals', path: `/FR/${first.id}/` },
  { what: 'an unknown room', path: '/fr/cuisine/' },
  { what: 'an unknown room in English', path: '/en/kitchen/', lang: 'en' },
  { what: 'an unknown card', path: `/fr/${first.id}/pas-une-citation/` },
  { what: 'an unknown speaker', path: '/fr/intervenants/personne/' },
  { what: 'an unknown speaker in Arabic', path: '/ar/intervenants/personne/', lang: 'ar' },
  { what: 'a too-deep address', path: `/fr/${first.id}/${first.cards[0]!.id}/encore/plus/` },
  { what: 'a percent-encoded room id', path: `/fr/%C3%A9ducation/` },
  { what: 'an encoded slash', path: `/fr/${first.id}%2F${first.cards[0]!.id}/` },
  { what: 'markup in the address', path: `/fr/%3Cscript%3Ealert(1)%3C%2Fscript%3E/` },
  { what: 'an over-long address', path: `/fr/${'a'.repeat(2000)}/` },
  { what: 'dot segments', path: '/fr/../../etc/passwd' },
];

for (const { what, path, lang } of unknown) {
  test(`${what} (${path.slice(0, 60)}) shows the not-found page`, async ({ page }) => {
    await page.goto(path);
    await expectNotFound(page, lang);
    expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
  });
}

test('a room or a card without its trailing slash opens as itself', async ({ page }) => {
  await page.goto(`/fr/${first.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await page.goto(`/fr/${first.id}/${first.cards[0]!.id}`);
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('a doubled slash and query junk do not lose the visitor', async ({ page }) => {
  await page.goto(`/fr/${first.id}/?utm_source=chat&x=%FF&&=`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await page.goto(`/fr/recherche/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.getByRole('searchbox')).toHaveValue('<img src=x onerror=alert(1)>');
});

test.describe('kiosk settings', () => {
  test.use({
    allowedConsole: [new RegExp(`^(kiosk: ignoring |${NO_WORKER}$)`)],
  });

  test('junk in the query is ignored with a warning, and the kiosk starts with its defaults', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto('/?kiosk&idle=abc&lang=xx&tour=-5&extra=<b>');
    await expect(page).toHaveURL(urlOf('/fr/'));
    await expect(page.locator('.attract')).toBeVisible();
    expect(warnings.filter((w) => w.startsWith('kiosk: ignoring'))).toHaveLength(3);
  });
});
