/**
 * A page as it arrives: the prerendered room is there, readable, its links plain links to
 * prerendered pages, before any of the app's code has run; the app takes it over as soon as its
 * script has run (src/main.tsx: React hydrates the page, replaying a tap or a key given meanwhile),
 * with nobody acting on it. A link followed before then, or when the app cannot come, is followed
 * as a plain link: its page exists.
 */
import type { Page } from '@playwright/test';
import { cardPath, expect, holdTheApp, readRoom, roomPath, roomTitle, test, ui, wallFigure } from './fixtures';

test.use({ arriveAsVisitor: false });

const room = readRoom('travail');
const card = room.cards[0]!;

/** The documents the page asked for, as they are requested. */
function documents(page: Page) {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

/** The Open link of the room's first card. */
const openLink = (page: Page, lang: 'fr' | 'en') =>
  wallFigure(page, card).getByRole('link', { name: new RegExp(ui(lang, 'card.open')) });

const taken = (page: Page) => page.evaluate(() => document.documentElement.dataset.hydrated === 'true');

test('a room is readable before the app, which then takes it over by itself, with nobody acting', async ({ page }) => {
  const release = await holdTheApp(page);
  // Not waiting for the load event: the page's script, held back, delays it.
  await page.goto(roomPath('fr', 'travail'), { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(roomTitle(room, 'fr'));
  await expect(wallFigure(page, card)).toBeVisible();
  expect(await taken(page), 'the app has not run').toBe(false);
  release();
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(roomTitle(room, 'fr'));
});

test("a page in another language fetches its language's pack with the app's code, before it runs", async ({ page }) => {
  const pack: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/en-[\w-]+\.js$/.test(request.url())) pack.push(request.url());
  });
  const release = await holdTheApp(page);
  await page.goto(roomPath('en', 'travail'), { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(roomTitle(room, 'en'));
  await expect.poll(() => pack.length).toBeGreaterThan(0);
  expect(await taken(page), 'the app has not run').toBe(false);
  release();
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
});

test('a tap on a card once the app has the page opens it in the app', async ({ page, isMobile }) => {
  const seen = documents(page);
  await page.goto(roomPath('fr', 'travail'));
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  const open = openLink(page, 'fr');
  if (isMobile) await open.tap();
  else await open.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${cardPath('fr', 'travail', card.id)}$`));
  // Opened by the app (no second page load): the room is still behind the card.
  expect(seen).toEqual([roomPath('fr', 'travail')]);
  await expect(page.locator('.wall')).toHaveCount(1);
});

test('a link followed before the app has run is followed as a plain link: its page opens', async ({ page }) => {
  await holdTheApp(page);
  const seen = documents(page);
  await page.goto(roomPath('fr', 'travail'), { waitUntil: 'commit' });
  await openLink(page, 'fr').click();
  await expect(page).toHaveURL(new RegExp(`${cardPath('fr', 'travail', card.id)}$`));
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(seen).toEqual([roomPath('fr', 'travail'), cardPath('fr', 'travail', card.id)]);
});

test('the service worker is registered only once the app has the page: its install does not delay the take-over', async ({
  page,
}) => {
  // Whether the page had been taken over when the service worker was registered, as it happened.
  await page.addInitScript(() => {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
      (window as unknown as { registeredWhen: string }).registeredWhen =
        document.documentElement.dataset.hydrated === 'true' ? 'after' : 'before';
      return register(...args);
    };
  });
  await page.goto(roomPath('fr', 'travail'));
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { registeredWhen?: string }).registeredWhen))
    .toBe('after');
  await expect
    .poll(() => page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())))
    .toBe(true);
});

test.describe('when the app cannot come', () => {
  test.use({
    serviceWorkers: 'block',
    allowedConsole: [
      /^Failed to load resource: net::ERR_FAILED$|Failed to fetch dynamically imported module|error loading dynamically imported module/,
    ],
  });

  test('a link is followed as a plain link', async ({ page }) => {
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort('failed'));
    const seen = documents(page);
    await page.goto(roomPath('fr', 'travail'));
    expect(await taken(page)).toBe(false);
    await openLink(page, 'fr').click();
    await expect(page).toHaveURL(new RegExp(`${cardPath('fr', 'travail', card.id)}$`));
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(seen).toEqual([roomPath('fr', 'travail'), cardPath('fr', 'travail', card.id)]);
  });
});

test('the kiosk starts by itself, with nobody in front of it', async ({ page }) => {
  await page.goto('/?kiosk&idle=86400');
  await expect(page.locator('.attract')).toBeVisible();
  expect(await taken(page)).toBe(true);
});

test('/ opens the hall of a language by itself', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/(fr|en|es|de|ar)\/$/);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
});

test('a search given in its address shows its results by itself: no page holds them before the app', async ({
  page,
}) => {
  await page.goto('/fr/recherche/?q=travail');
  await expect(page.getByRole('searchbox', { name: ui('fr', 'search.label') })).toHaveValue('travail');
  // Whatever the count, the status names it: the results are on the page, with nobody acting on it.
  await expect(page.getByRole('status')).toHaveText(
    new RegExp(`^\\d+ ${ui('fr', 'search.results_other', { count: '' }).trim()}`),
  );
  await expect(
    page
      .getByRole('region', { name: roomTitle(room, 'fr') })
      .getByRole('listitem')
      .first(),
  ).toBeVisible();
  expect(await taken(page)).toBe(true);
});
