/**
 * Every address of the exhibition works when opened directly, every card can be reached by
 * following links from the hall, and a room looks the same whichever way the visitor came in.
 */
import type { Page } from '@playwright/test';
import {
  cardDialog,
  cardPath,
  displayedPrefix,
  escapeRegExp,
  expect,
  readRooms,
  roomPath,
  speakerName,
  test,
  urlOf,
  type Room,
  readTexts,
} from './fixtures';

const rooms = readRooms();

// About 150 page loads in this file: keep the trace light (actions and network, no DOM snapshots),
// and keep the service worker out: every load is then a first visit, as a shared link opened in a
// fresh browser (and the worker does not precache the whole exhibition in every test).
test.use({
  trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
  serviceWorkers: 'block',
  // Playwright's own notice when it blocks the registration; nothing else is allowed.
  allowedConsole: [/^Service Worker registration blocked by Playwright$/],
});

function roomHeading(page: Page, room: Room) {
  return page.getByRole('heading', { level: 1, name: room.title, exact: true });
}

test.describe('direct links', () => {
  // Nothing here is about motion: let every page land at once.
  test.use({ contextOptions: { reducedMotion: 'reduce' } });

  for (const room of rooms) {
    // Each card is a new document load (page.goto), as when a shared link is opened. Cards go
    // by batches of five, so that the workers share the long rooms.
    const BATCH = 5;
    for (let from = 0; from < room.cards.length; from += BATCH) {
      const batch = room.cards.slice(from, from + BATCH);
      test(`cards ${from + 1}–${from + batch.length} of ${room.id} opened directly`, async ({ page }) => {
        test.setTimeout(30_000 + batch.length * 15_000);
        for (const card of batch) {
          await test.step(card.id, async () => {
            const speaker = speakerName(card);
            await page.goto(cardPath('fr', room.id, card.id), { waitUntil: 'domcontentloaded' });
            await expect.soft(page).toHaveURL(urlOf(cardPath('fr', room.id, card.id)));
            await expect.soft(roomHeading(page, room)).toBeAttached();
            const dialog = cardDialog(page, speaker);
            await expect.soft(dialog).toBeVisible();
            await expect.soft(dialog.locator('blockquote')).toContainText(displayedPrefix(card));
            await expect.soft(dialog.locator('.verbatim')).toHaveText(card.text);
            await expect.soft(page).toHaveTitle(`${speaker} · ${room.title} · Contre-sommet de l'IA · l'exposition`);
          });
        }
      });
    }
  }
});

test('crawl from the hall: following links on /fr/ reaches every card of every room', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const origin = new URL(baseURL!).origin;
  const roomIds = rooms.map((r) => escapeRegExp(r.id)).join('|');
  const cardHref = new RegExp(`^/fr/(${roomIds})/[^/]+/$`);
  const queue = ['/fr/'];
  const visited = new Set<string>();
  const discovered = new Set<string>();
  const quotes = new Set<string>();

  while (queue.length > 0) {
    const path = queue.shift()!;
    if (visited.has(path)) continue;
    visited.add(path);
    const response = await page.goto(path);
    expect(response?.ok(), `${path} answers`).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }), `${path} has a title`).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 }), `${path} is no "not found"`).not.toHaveText(/introuvable/);

    for (const text of await readTexts(page.locator('.wall blockquote'))) {
      quotes.add((text ?? '').replace(/\s+/g, ' ').trim());
    }

    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin || !url.pathname.startsWith('/fr/')) continue;
      discovered.add(url.pathname);
      // Card pages are opened one by one in "direct links"; the crawl collects their addresses.
      if (!cardHref.test(url.pathname) && !visited.has(url.pathname)) queue.push(url.pathname);
    }
  }

  // Every room page was visited by following links.
  for (const room of rooms) expect(visited, `room ${room.id} reached`).toContain(roomPath('fr', room.id));

  const quoteList = [...quotes];
  const missing: string[] = [];
  for (const room of rooms) {
    for (const card of room.cards) {
      const href = cardPath('fr', room.id, card.id);
      if (!discovered.has(href)) missing.push(`${href} (no link)`);
      const prefix = displayedPrefix(card).replace(/\s+/g, ' ');
      if (!quoteList.some((q) => q.includes(prefix))) missing.push(`${href} (quote not shown: "${prefix}")`);
    }
  }
  expect(missing, 'cards not reached by the crawl').toEqual([]);
  // And no link leads to a card that is not in the content.
  const known = new Set(rooms.flatMap((room) => room.cards.map((card) => cardPath('fr', room.id, card.id))));
  const unknown = [...discovered].filter((p) => cardHref.test(p) && !known.has(p));
  expect(unknown, 'links to cards that do not exist').toEqual([]);
});

/** What the wall shows: each figure's caption and quote, as the visitor reads them. */
async function wallContents(page: Page, room: Room) {
  await expect(roomHeading(page, room)).toBeVisible();
  const figures = page.locator('.wall figure');
  await expect(figures).toHaveCount(room.cards.length);
  const captions = await readTexts(figures, 'figcaption');
  const quotes = await readTexts(figures, 'blockquote');
  return quotes.map((quote, i) => ({ caption: captions[i]?.trim(), quote: quote?.trim() }));
}

for (const room of rooms) {
  test(`room ${room.id}: opened directly, and the same wall when reached from the hall`, async ({ page, context }) => {
    await page.goto(roomPath('fr', room.id));
    await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(room.title)} · `));
    const direct = await wallContents(page, room);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(direct.every((f) => f.caption && f.quote)).toBe(true);
    // Each bubble's link opens its card, in the order of the content (folded stations too).
    const hrefs = await page
      .locator('.wall .bubble__open[aria-label^="Ouvrir la citation de "]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(room.cards.map((card) => cardPath('fr', room.id, card.id)));

    // A visitor walking in from the hall (with the room transition) sees the same wall.
    const visitor = await context.newPage();
    await visitor.goto('/fr/');
    await visitor
      .getByRole('navigation', { name: "Plan de l'exposition : cinq salles" })
      .getByRole('link', { name: new RegExp(`^${escapeRegExp(room.title)}\\b`) })
      .click();
    await expect(visitor).toHaveURL(urlOf(roomPath('fr', room.id)));
    const navigated = await wallContents(visitor, room);
    expect(navigated).toEqual(direct);
  });
}
