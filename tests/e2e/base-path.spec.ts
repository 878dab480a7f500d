/**
 * The exhibition under a path of a host (a union's or a venue's site: https://example.org/expo/):
 * built with BASE_PATH=/expo/ and VITE_PUBLIC_URL (tests/tools/build-base-path.ts, a step of
 * `npm test` of its own; built here when E2E_BUILT does not say it is there), and served under
 * /expo/ by a plain static server (files only, no rewrite; a missing page answers 404 with the
 * build's 404.html, as GitHub Pages does for a project site). Every request stays under /expo/,
 * nothing fails, and every address the exhibition gives away (links, canonical, previews, sitemap,
 * manifest, QR codes) names the path.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { cardCode } from '../../src/content/short-code';
import { BASE, BASE_ORIGIN as origin, BASE_PORT as PORT, ensureBasePathBuild } from '../tools/build-base-path';
import { startKiosk } from './a11y-helpers';
import { decodeQr, expect, readRoom, test, ui } from './fixtures';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

let server: Server | undefined;

test.describe.configure({ mode: 'serial' });
// The not-found page answers 404 (its own load is logged as such); any other failure is caught by
// recordRequests() and by the manifest's check.
test.use({ allowedConsole: [/^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/] });

test.beforeAll(async () => {
  // Built by `npm run build:base` before the suite; here only when run alone.
  test.setTimeout(600_000);
  const dist = ensureBasePathBuild();
  const send = (res: ServerResponse, status: number, file: string) => {
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  };
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', origin).pathname);
    if (!path.startsWith(BASE)) return res.writeHead(404).end('outside the exhibition');
    const file = join(dist, normalize(path.slice(BASE.length - 1)));
    const isDir = existsSync(file) && statSync(file).isDirectory();
    if (isDir && !path.endsWith('/')) return res.writeHead(301, { location: `${path}/` }).end();
    const target = isDir ? join(file, 'index.html') : file;
    if (target.startsWith(dist) && existsSync(target) && statSync(target).isFile()) return send(res, 200, target);
    send(res, 404, join(dist, '404.html'));
  });
  await new Promise<void>((resolve) => server!.listen(PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** Every request the page makes, and every answer that is not a success. */
function recordRequests(page: Page) {
  const requested: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  // A request the page gave up (a prefetch overtaken, a move made) is not the host's failure.
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') failed.push(`${error} ${request.url()}`);
  });
  return { requested, failed };
}

test('a visitor tours the rooms and opens a card under /expo/, every request under the path', async ({ page }) => {
  const { requested, failed } = recordRequests(page);
  await page.goto(`${origin}${BASE}fr/travail/`);
  await expect(page.getByRole('heading', { level: 1, name: readRoom('travail').title })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(`${origin}${BASE}fr/culture/`);
  await expect(page.getByRole('heading', { level: 1, name: readRoom('culture').title })).toBeVisible();
  const card = readRoom('culture').cards[0]!;
  await page.locator(`#open-${card.id}`).click();
  await expect(page).toHaveURL(`${origin}${BASE}fr/culture/${card.id}/`);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(`${origin}${BASE}fr/culture/`);
  // Another language, from the page's own switch (at the top of the page, and again at its foot).
  await page.getByRole('link', { name: 'English', exact: true }).first().click();
  await expect(page).toHaveURL(`${origin}${BASE}en/culture/`);
  // Every link of the page stays under the path.
  const hrefs = await page.$$eval('a[href^="/"]', (links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((href) => !href.startsWith(BASE))).toEqual([]);
  expect(requested.filter((url) => url.startsWith(origin) && !url.startsWith(`${origin}${BASE}`))).toEqual([]);
  expect(failed).toEqual([]);
});

test('what the pages give away names the path: canonical, alternates, previews, sitemap, manifest', async ({
  request,
}) => {
  const html = await (await request.get(`${origin}${BASE}en/travail/`)).text();
  const addresses = [...html.matchAll(/<(?:link|meta)\b[^>]*?(?:href|content)="(http[^"]+)"/g)].map((m) => m[1]!);
  expect(addresses.length).toBeGreaterThanOrEqual(9);
  expect(addresses.filter((url) => !url.startsWith(`${origin}${BASE}`))).toEqual([]);
  expect(html).toContain(`<link rel="canonical" href="${origin}${BASE}en/travail/"/>`);
  const image = html.match(/<meta property="og:image" content="([^"]+)"/)![1]!;
  expect((await request.get(image)).status()).toBe(200);

  const sitemap = await (await request.get(`${origin}${BASE}sitemap.xml`)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(locs.length).toBeGreaterThan(100);
  expect(locs.filter((url) => !url.startsWith(`${origin}${BASE}`))).toEqual([]);

  const manifestUrl = `${origin}${BASE}manifest.webmanifest`;
  const manifest = await (await request.get(manifestUrl)).json();
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(`${origin}${BASE}`);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(`${origin}${BASE}`);
  for (const icon of manifest.icons) {
    const src = new URL(icon.src, manifestUrl).href;
    expect(src.startsWith(`${origin}${BASE}`), src).toBe(true);
    expect((await request.get(src)).status(), src).toBe(200);
  }
});

test('a kiosk under /expo/ hands off links with the path (QR codes decoded), and an unknown address finds the way back', async ({
  page,
}) => {
  await startKiosk(page, `${origin}${BASE}?kiosk&idle=600`);
  // A room and a card handed off to a phone: the QR codes decode to their public deep links.
  const card = readRoom('information').cards[2]!;
  for (const [path, where] of [
    [`en/information/`, page.locator('.room__aside')],
    [`en/information/${card.id}/`, page.getByRole('dialog')],
  ] as const) {
    await page.goto(`${origin}${BASE}${path}`);
    const qr = where.getByRole('img', { name: ui('en', 'kiosk.qrLabel', { url: `${origin}${BASE}${path}` }) });
    expect(await decodeQr(qr)).toBe(`${origin}${BASE}${path}`);
  }

  const response = await page.goto(`${origin}${BASE}fr/nulle-part/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const hrefs = await page.$$eval('a[href^="/"]', (links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !href.startsWith(BASE))).toEqual([]);
});

test('a kiosk draws a room’s QR code with the room, in the same frame (within 300 ms), and it decodes', async ({
  page,
}) => {
  await startKiosk(page, `${origin}${BASE}?kiosk&idle=600`);
  // When the room's aside and its QR code's modules first appear, read as the DOM changes.
  await page.evaluate(() => {
    const seen: Record<string, number> = {};
    (window as unknown as { qrSeen: Record<string, number> }).qrSeen = seen;
    new MutationObserver(() => {
      const now = performance.now();
      if (!seen.room && document.querySelector('.room__aside')) seen.room = now;
      if (!seen.qr && document.querySelector('.room__aside .qr-code path')) seen.qr = now;
    }).observe(document.body, { childList: true, subtree: true });
  });
  // The kiosk bar's next room, from the hall: the tour's first.
  await page
    .locator('.kiosk-bar')
    .getByRole('link', { name: new RegExp(ui('fr', 'room.next')) })
    .click();
  const first = readRoom('environnement');
  await expect(page).toHaveURL(`${origin}${BASE}fr/${first.id}/`);
  const seen = await expect
    .poll(() => page.evaluate(() => (window as unknown as { qrSeen: Record<string, number> }).qrSeen))
    .toMatchObject({ room: expect.any(Number), qr: expect.any(Number) })
    .then(() => page.evaluate(() => (window as unknown as { qrSeen: Record<string, number> }).qrSeen));
  expect(seen.qr! - seen.room!).toBeLessThanOrEqual(300);
  // In fact in the same change of the page: the room's aside arrives with its code drawn.
  expect(seen.qr).toBe(seen.room);
  const qr = page.locator('.room__aside .qr-code');
  expect(await decodeQr(qr)).toBe(`${origin}${BASE}fr/${first.id}/`);
});

test('a kiosk visitor keeps three quotes and takes them home: the QR code opens them on a phone, in English', async ({
  page,
  browser,
}) => {
  await startKiosk(page, `${origin}${BASE}?kiosk&idle=600`);
  const kept = [readRoom('travail').cards[0]!, readRoom('culture').cards[2]!, readRoom('information').cards[1]!];
  for (const card of kept) {
    const room = ['travail', 'culture', 'information'][kept.indexOf(card)]!;
    await page.goto(`${origin}${BASE}fr/${room}/${card.id}/`);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: ui('fr', 'collection.keep') })
      .click();
    await expect(page.getByRole('dialog').getByRole('button', { name: ui('fr', 'collection.kept') })).toBeVisible();
  }
  await page.goto(`${origin}${BASE}fr/collection/`);
  const address = `${origin}${BASE}fr/collection/?c=${kept.map(cardCode).join('')}`;
  const qr = page.getByRole('img', { name: ui('fr', 'kiosk.qrLabel', { url: address }) });
  expect(await decodeQr(qr)).toBe(address);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const visitor = await phone.newPage();
    await visitor.goto(address.replace('/fr/', '/en/'));
    await expect(visitor.locator('.collection__list > li')).toHaveCount(3);
    for (const [i, card] of kept.entries())
      await expect(visitor.locator('.collection__list > li').nth(i).locator(`a[href$="/${card.id}/"]`)).toBeVisible();
  } finally {
    await phone.close();
  }
});

test('the service worker is scoped to the path and the exhibition opens offline', async ({ page, context }) => {
  await page.goto(`${origin}${BASE}fr/`);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`${origin}${BASE}`);
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 })
    .toBe(true);
  await context.setOffline(true);
  await page.goto(`${origin}${BASE}de/culture/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('figure.bubble')).toHaveCount(readRoom('culture').cards.length);
  await context.setOffline(false);
});
