/**
 * Taking quotes home (issue 26, item 3): keep quotes on a card, see the count, open the collection
 * page in another language, carry it to another browser by its address (short codes), and a bad
 * address that says what it could not find. On the kiosk: a Keep button for a finger, no share
 * or print, and no QR code of a dead address.
 */
import type { Browser, Page } from '@playwright/test';
import { cardCode } from '../../src/content/short-code';
import { axeViolations, startKiosk } from './a11y-helpers';
import {
  cardDialog,
  cardPath,
  controlledByServiceWorker,
  expect,
  readRoom,
  speakerName,
  test,
  type Card,
  type Room,
  ui,
} from './fixtures';

const travail = readRoom('travail');
const culture = readRoom('culture');
const kept: { room: Room; card: Card }[] = [
  { room: travail, card: travail.cards[0]! },
  { room: travail, card: travail.cards[1]! },
  { room: culture, card: culture.cards[3]! },
];
const codes = kept.map(({ card }) => cardCode(card)).join('');

const entries = (page: Page) => page.locator('.collection__list > li');

/** The collection page shows these quotes, in this order, each with its speaker and its link. */
async function expectQuotes(page: Page, lang: string, quotes = kept) {
  await expect(entries(page)).toHaveCount(quotes.length);
  for (const [i, { room, card }] of quotes.entries()) {
    const entry = entries(page).nth(i);
    await expect(entry.locator('.caption__name')).toHaveText(speakerName(card, lang));
    await expect(entry.locator(`a[href="${cardPath(lang, room.id, card.id)}"]`)).toBeVisible();
  }
}

async function keepOn(page: Page, lang: string, { room, card }: { room: Room; card: Card }) {
  await page.goto(cardPath(lang, room.id, card.id));
  const keep = cardDialog(page).getByRole('button', { name: ui(lang, 'collection.keep') });
  await expect(keep).toHaveAttribute('aria-pressed', 'false');
  await keep.click();
  const pressed = cardDialog(page).getByRole('button', { name: ui(lang, 'collection.kept') });
  await expect(pressed).toHaveAttribute('aria-pressed', 'true');
}

async function phoneInEnglish(browser: Browser, baseURL: string) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  return { context, page };
}

test('keep three quotes in French, find them in Arabic, carry them to a phone in English', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  for (const quote of kept) await keepOn(page, 'fr', quote);

  // The wall marks the kept quote; the header counts three.
  await page.keyboard.press('Escape');
  const header = page.locator('.site-header');
  const count = header.getByRole('link', { name: ui('fr', 'collection.linkLabel_other', { count: 3 }) });
  await expect(count).toBeVisible();
  await expect(
    page.locator(`#card-${kept[2]!.card.id}`).getByRole('img', { name: ui('fr', 'collection.keptMark') }),
  ).toBeVisible();
  const box = await count.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);

  await count.click();
  await expect(page).toHaveURL(/\/fr\/collection\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('fr', 'collectionPage.title'));
  await expectQuotes(page, 'fr');

  // Another language: the same three quotes, with their speakers, the translation said as such.
  await header.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/collection\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('ar', 'collectionPage.title'));
  await expectQuotes(page, 'ar');
  await expect(entries(page).first().locator('.provenance__badge')).toHaveText(ui('ar', 'translation.badge'));
  expect(await axeViolations(page)).toEqual([]);

  // Its address: short codes, copied by the share button.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.getByRole('button', { name: ui('ar', 'collectionPage.shareLabel') }).click();
  await expect(page.getByText(ui('ar', 'share.copied'))).toBeVisible();
  const address = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(address.pathname).toBe('/ar/collection/');
  expect(address.search).toBe(`?c=${codes}`);

  // A fresh browser, a phone, in English: the three quotes are there, and can be kept.
  const phone = await phoneInEnglish(browser, baseURL!);
  try {
    // Nobody touches the page: the app starts at once on a collection (no prerendered page holds it).
    await phone.page.goto(`/en/collection/${address.search}`);
    await expect(phone.page.getByRole('heading', { level: 1 })).toHaveText(ui('en', 'collectionPage.sharedTitle'));
    await expectQuotes(phone.page, 'en');
    await expect(phone.page.getByRole('button', { name: /Remove/ })).toHaveCount(0);
    await phone.page.getByRole('button', { name: ui('en', 'collectionPage.keepAll') }).click();
    await expect(
      phone.page.getByRole('link', { name: ui('en', 'collection.linkLabel_other', { count: 3 }) }),
    ).toBeVisible();
    await expect(phone.page.getByRole('heading', { level: 1 })).toHaveText(ui('en', 'collectionPage.title'));
    const target = await phone.page
      .getByRole('link', { name: ui('en', 'collection.linkLabel_other', { count: 3 }) })
      .boundingBox();
    expect(Math.min(target!.width, target!.height)).toBeGreaterThanOrEqual(44);
  } finally {
    await phone.context.close();
  }
});

test('the visitor’s own collection: a quote removed goes from the page, the header and the address', async ({
  page,
}) => {
  await page.goto('/fr/');
  await page.evaluate(
    (ids) => localStorage.setItem('contre-sommet.collection', JSON.stringify(ids)),
    kept.map(({ card }) => card.id),
  );
  await page.goto(`/fr/collection/?c=${codes}`);
  await expectQuotes(page, 'fr');
  const second = kept[1]!;
  // Two quotes of one speaker: the button of the second entry.
  await entries(page)
    .nth(1)
    .getByRole('button', { name: ui('fr', 'collectionPage.removeLabel', { speaker: speakerName(second.card, 'fr') }) })
    .click();
  await expectQuotes(page, 'fr', [kept[0]!, kept[2]!]);
  await expect(page).toHaveURL(new RegExp(`\\?c=${cardCode(kept[0]!.card)}${cardCode(kept[2]!.card)}$`));
  await expect(page.getByRole('link', { name: ui('fr', 'collection.linkLabel_other', { count: 2 }) })).toBeVisible();
  // Kept in the browser: a reload finds two.
  await page.goto('/fr/collection/');
  await expectQuotes(page, 'fr', [kept[0]!, kept[2]!]);
});

test('a bad address says what it could not find, kindly, with the way to the rooms', async ({ page }) => {
  await page.goto('/fr/collection/?c=%3Cscript%3E');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('fr', 'collectionPage.sharedTitle'));
  await expect(page.getByText(ui('fr', 'collectionPage.unknown_other', { count: 3 }))).toBeVisible();
  await expect(page.getByText(ui('fr', 'collectionPage.emptyAddress'))).toBeVisible();
  await page.getByRole('link', { name: ui('fr', 'collectionPage.toRooms') }).click();
  await expect(page).toHaveURL(/\/fr\/$/);

  // One known quote among unknown codes: shown, the others counted.
  await page.goto(`/fr/collection/?c=${cardCode(kept[0]!.card)}___zz`);
  await expectQuotes(page, 'fr', [kept[0]!]);
  await expect(page.getByText(ui('fr', 'collectionPage.unknown_other', { count: 2 }))).toBeVisible();

  // Nothing kept, no address: how to keep one.
  await page.goto('/fr/collection/');
  await expect(page.getByText(ui('fr', 'collectionPage.empty'))).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('offline after a first visit, a collection’s address still opens', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/fr/');
  await controlledByServiceWorker(page);
  await context.setOffline(true);
  await page.goto(`/de/collection/?c=${codes}`);
  await expectQuotes(page, 'de');
  await context.setOffline(false);
});

test('on the kiosk: Keep for a finger, no share or print, no QR code of a dead address', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await startKiosk(page);
  await keepOn(page, 'fr', kept[0]!);
  const keep = cardDialog(page).getByRole('button', { name: ui('fr', 'collection.kept') });
  const box = await keep.boundingBox();
  expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(64);
  // The kiosk keeps it for the session only.
  expect(await page.evaluate(() => localStorage.getItem('contre-sommet.collection'))).toBeNull();
  expect(await page.evaluate(() => sessionStorage.getItem('contre-sommet.collection'))).toContain(kept[0]!.card.id);

  await page.goto('/fr/collection/');
  await expectQuotes(page, 'fr', [kept[0]!]);
  await expect(page.getByRole('button', { name: ui('fr', 'collectionPage.print') })).toHaveCount(0);
  await expect(page.getByRole('button', { name: ui('fr', 'collectionPage.shareLabel') })).toHaveCount(0);
  // Served from 127.0.0.1 by a build without VITE_PUBLIC_URL: no public address, so no QR code.
  await expect(page.getByText(ui('fr', 'collectionPage.noPublicAddress'))).toBeVisible();
  await expect(page.locator('.qr-code')).toHaveCount(0);
});
