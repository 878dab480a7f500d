/**
 * Runtime faults: the code of a page that fails to arrive (network down, a version replaced on
 * the server) — simulated by blocking its chunk. The code is asked for a second time first; then
 * a visitor gets a calm page with "Try again"; the kiosk shows its restarting screen and recovers
 * by itself.
 */
import { expect, test, ui, waitForApp } from './fixtures';

test.use({
  // The blocked request and the error it causes are the point of these tests.
  allowedConsole: [
    /^Failed to load resource: net::ERR_FAILED$|Failed to fetch dynamically imported module|error loading dynamically imported module/,
  ],
  contextOptions: { reducedMotion: 'reduce' },
});

const FIGURES_CHUNK = '**/assets/figures-page-*.js';

test('a visitor: the figures page whose code cannot load says so, and "Try again" brings it', async ({ page }) => {
  await page.goto('/fr/');
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await page.route(FIGURES_CHUNK, (route) => route.abort('failed'));
  await page.getByRole('link', { name: new RegExp(ui('fr', 'explore.figures.name')) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('fr', 'notFound.brokenTitle'));
  await expect(page.getByRole('link', { name: ui('fr', 'notFound.backToHall') })).toBeVisible();
  await page.unroute(FIGURES_CHUNK);
  await page.getByRole('button', { name: ui('fr', 'notFound.retry') }).click();
  await expect(page).toHaveURL(/\/fr\/chiffres\/$/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(ui('fr', 'notFound.brokenTitle'));
  // "Try again" reloads the page: the app takes it over again.
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
});

test('a page whose code fails to arrive once opens at the second try, without an error page', async ({ page }) => {
  await page.goto('/fr/');
  let failures = 0;
  await page.route(FIGURES_CHUNK, (route) => (failures++ === 0 ? route.abort('failed') : route.continue()));
  await page.getByRole('link', { name: new RegExp(ui('fr', 'explore.figures.name')) }).click();
  await expect(page).toHaveURL(/\/fr\/chiffres\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('fr', 'figures.title'));
  expect(failures, 'its code was asked for twice').toBe(2);
});

test('a room whose quotes fail to arrive once is taken over at the second try, its text there all along', async ({
  page,
}) => {
  let failures = 0;
  await page.route('**/assets/travail-*.js', (route) => (failures++ === 0 ? route.abort('failed') : route.continue()));
  await page.goto('/fr/travail/');
  expect(failures, 'the quotes were asked for twice').toBe(2);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test.describe('the kiosk', () => {
  // Its service worker would serve the precached chunk: the fault is simulated without it.
  test.use({
    serviceWorkers: 'block',
    allowedConsole: [
      /^Failed to load resource: net::ERR_FAILED$|Failed to fetch dynamically imported module|error loading dynamically imported module|^Service Worker registration blocked by Playwright$/,
    ],
  });

  test('the same fault shows the restarting screen, then the kiosk recovers by itself', async ({ page }) => {
    await page.goto('/?kiosk&idle=86400');
    await expect(page.locator('.attract')).toBeVisible();
    await page.mouse.click(640, 400);
    await expect(page.locator('.attract')).toHaveCount(0);
    await page.route(FIGURES_CHUNK, (route) => route.abort('failed'));
    await page.getByRole('link', { name: new RegExp(ui('fr', 'explore.figures.name')) }).click();
    await expect(page.getByRole('status').filter({ hasText: ui('fr', 'kiosk.restarting') })).toBeVisible();
    await page.unroute(FIGURES_CHUNK);
    // No touch, no key: it reloads by itself, and the page is there.
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
    await expect(page).toHaveURL(/\/fr\/chiffres\/$/);
    await expect(page.getByRole('status').filter({ hasText: ui('fr', 'kiosk.restarting') })).toHaveCount(0);
  });

  test.describe('without its app', () => {
    // The page before the app is the point: goto does not wait for the app.
    test.use({ arriveAsVisitor: false });

    test("whose app's own code cannot load reloads by itself until it can (public/kiosk-watchdog.js)", async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const ENTRY = '**/assets/index-*.js';
      await page.route(ENTRY, (route) => route.abort('failed'));
      await page.goto('/fr/travail/?kiosk&idle=86400', { waitUntil: 'load' });
      // The prerendered room stays readable, without its app.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');
      // The network comes back; nobody touches the screen: the page reloads, and the app has it.
      await page.unroute(ENTRY);
      await page.waitForEvent('framenavigated', { timeout: 30_000 });
      await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
      await expect(page).toHaveURL(/\/fr\/travail\//);
    });
  });
});
