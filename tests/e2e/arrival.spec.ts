/**
 * A page before the visitor acts on it (src/boot.ts): the prerendered room is there, readable,
 * and none of the app's code runs — its files are only fetched into the cache once the page has
 * loaded. The visitor's first act starts the app; what they did meanwhile (a tap on a card, a
 * key) is replayed once the app has the page, and a link is followed as a plain link when the
 * app cannot come. Pages that need the app at once (the kiosk, `/`) start it by themselves.
 */
import type { Page, Request } from '@playwright/test';
import { cardPath, expect, readRoom, roomPath, roomTitle, test, ui, wallFigure } from './fixtures';

test.use({ arriveAsVisitor: false });

const room = readRoom('travail');
const card = room.cards[0]!;

/** The documents, the app's main chunk and the room's quotes the page asked for, as they are requested. */
function record(page: Page) {
  const documents: string[] = [];
  const app: Request[] = [];
  const quotes: Request[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(new URL(request.url()).pathname);
    if (/\/assets\/main-[^/]+\.js$/.test(request.url())) app.push(request);
    if (new RegExp(`/assets/${room.id}-[\\w-]+\\.js$`).test(request.url())) quotes.push(request);
  });
  return { documents, app, quotes };
}

/** The Open link of the room's first card. */
const openLink = (page: Page, lang: 'fr' | 'en') =>
  wallFigure(page, card).getByRole('link', { name: new RegExp(ui(lang, 'card.open')) });

const taken = (page: Page) => page.evaluate(() => document.documentElement.dataset.hydrated === 'true');

/** Whether every file the page's `app-chunks` and `page-chunks` list has been downloaded. */
const prefetched = (page: Page) =>
  page.evaluate(() => {
    const hrefs = ['app-chunks', 'page-chunks'].flatMap(
      (name) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.split(' ') ?? [],
    );
    const done = (href: string) =>
      performance
        .getEntriesByName(new URL(href, document.baseURI).href)
        .some((entry) => (entry as PerformanceResourceTiming).responseEnd > 0);
    return hrefs.filter(Boolean).length > 0 && hrefs.filter(Boolean).every(done);
  });

test('a room is read without the app: its code is fetched once the page has loaded, and not run', async ({ page }) => {
  const seen = record(page);
  await page.goto(roomPath('fr', 'travail'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(roomTitle(room, 'fr'));
  await expect(wallFigure(page, card)).toBeVisible();
  // Fetched into the cache (a prefetch), not imported: nothing took the page over. The room's
  // quotes, which the app loads before it takes the page over, come with its code.
  await expect.poll(() => seen.app.length).toBeGreaterThan(0);
  await expect.poll(() => seen.quotes.length).toBeGreaterThan(0);
  // Every file the page lists (the app's code, the room's quotes) downloaded, then a moment the
  // page has nothing else to do: had the prefetch run the app, it would have taken the page by now.
  await expect.poll(() => prefetched(page), { message: 'the code is in the browser' }).toBe(true);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  expect(await taken(page), 'no act, no app').toBe(false);
  // The first act — here the mouse moving over the page — brings it.
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 220);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
});

test("a page in another language has its language's pack fetched with the app's code, before any act", async ({
  page,
}) => {
  const pack: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/en-[\w-]+\.js$/.test(request.url())) pack.push(request.url());
  });
  await page.goto(roomPath('en', 'travail'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(roomTitle(room, 'en'));
  await expect.poll(() => pack.length).toBeGreaterThan(0);
  expect(await taken(page), 'no act, no app').toBe(false);
});

test('a tap or click on a card before the app opens it in the app, as if the app had been there', async ({
  page,
  isMobile,
}) => {
  const seen = record(page);
  await page.goto(roomPath('fr', 'travail'));
  const open = openLink(page, 'fr');
  if (isMobile) await open.tap();
  else await open.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${cardPath('fr', 'travail', card.id)}$`));
  expect(await taken(page)).toBe(true);
  // Opened by the app (no second page load): the room is still behind the card.
  expect(seen.documents).toEqual([roomPath('fr', 'travail')]);
  await expect(page.locator('.wall')).toHaveCount(1);
});

test('a tap that waits for the app is shown as heard: a bar along the top, gone when the card opens', async ({
  page,
}) => {
  // A slow network: the app's first chunk takes a second and a half to arrive.
  await page.route('**/assets/main-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(roomPath('fr', 'travail'));
  await openLink(page, 'fr').click();
  await expect(page.locator('.app-waiting')).toBeVisible();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.locator('.app-waiting')).toHaveCount(0);
});

/** Resolves once every file of the app's code (the page's `app-chunks`) has been downloaded. */
async function codeDownloaded(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const chunks = document.querySelector<HTMLMetaElement>('meta[name="app-chunks"]')!.content.split(' ');
        const done = new Set(
          performance
            .getEntriesByType('resource')
            .filter((entry) => (entry as PerformanceResourceTiming).responseEnd > 0)
            .map((entry) => new URL(entry.name).pathname),
        );
        return chunks.filter((href) => !done.has(href));
      }),
    )
    .toEqual([]);
}

test('a link whose app is too slow to start is followed as a plain link after ten seconds', async ({ page }) => {
  test.setTimeout(60_000);
  // The app's code is there, but the English pack it needs to start takes a dozen seconds.
  await page.route('**/assets/en-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    await route.continue().catch(() => {});
  });
  const seen = record(page);
  await page.goto(roomPath('en', 'travail'));
  // The app's code is in the browser's cache (prefetched once the room is painted): a code slower
  // than 3 s to come, on a busy machine, would rightly be followed at 3 s, not what is tested here.
  await codeDownloaded(page);
  const tapped = Date.now();
  await openLink(page, 'en').click();
  await expect(page).toHaveURL(new RegExp(`${cardPath('en', 'travail', card.id)}$`), { timeout: 15_000 });
  expect(Date.now() - tapped, 'followed once the app had ten seconds').toBeGreaterThan(9000);
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(seen.documents).toEqual([roomPath('en', 'travail'), cardPath('en', 'travail', card.id)]);
});

test('a link whose app is downloaded but slow to run waits for the app past three seconds', async ({ page }) => {
  test.setTimeout(30_000);
  // A slow phone: the app's code has arrived, but running it takes five seconds (its main chunk
  // ends on a five-second wait). The link is not the network's to give up on: the app answers it.
  await page.route('**/assets/main-*.js', async (route) => {
    const response = await route.fetch();
    const body = `${await response.text()}\nawait new Promise((resolve) => setTimeout(resolve, 5000));\n`;
    await route.fulfill({ response, body });
  });
  const seen = record(page);
  await page.goto(roomPath('fr', 'travail'));
  await codeDownloaded(page);
  const tapped = Date.now();
  await openLink(page, 'fr').click();
  await expect(page.getByRole('dialog')).toBeVisible({ timeout: 15_000 });
  expect(Date.now() - tapped, 'answered by the app once it had run').toBeGreaterThan(4000);
  await expect(page).toHaveURL(new RegExp(`${cardPath('fr', 'travail', card.id)}$`));
  // Opened by the app: no second page load.
  expect(seen.documents).toEqual([roomPath('fr', 'travail')]);
});

test('the service worker is registered only once the app has the page: its install does not delay the first tap', async ({
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
  await openLink(page, 'fr').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { registeredWhen?: string }).registeredWhen))
    .toBe('after');
  await expect
    .poll(() => page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())))
    .toBe(true);
});

test('a key pressed before the app is answered once the app is there', async ({ page }) => {
  await page.goto(roomPath('fr', 'travail'));
  await page.keyboard.press('ArrowRight');
  const next = readRoom('culture');
  await expect(page).toHaveURL(new RegExp(`${roomPath('fr', next.id)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(roomTitle(next, 'fr'));
});

test.describe('when the app cannot come', () => {
  test.use({
    serviceWorkers: 'block',
    allowedConsole: [
      /^Failed to load resource: net::ERR_FAILED$|Failed to fetch dynamically imported module|error loading dynamically imported module/,
    ],
  });

  test('a link followed before the app is followed as a plain link', async ({ page }) => {
    await page.route('**/assets/main-*.js', (route) => route.abort('failed'));
    const seen = record(page);
    await page.goto(roomPath('fr', 'travail'));
    await openLink(page, 'fr').click();
    await expect(page).toHaveURL(new RegExp(`${cardPath('fr', 'travail', card.id)}$`));
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(seen.documents).toEqual([roomPath('fr', 'travail'), cardPath('fr', 'travail', card.id)]);
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
