/**
 * A room looks the same whichever way the visitor came in: opened by its address, or reached from
 * the hall. That every address opens as itself (every card in French by its own link) is
 * a11y-pages.spec's, and that following links from the hall reaches every card is checked on
 * the prerendered files (tests/dist/prerendered-pages.test.ts).
 */
import type { Page } from '@playwright/test';
import { cardPath, escapeRegExp, expect, readRooms, roomPath, test, urlOf, type Room, readTexts } from './fixtures';

const rooms = readRooms();

// Keep the trace light (actions and network, no DOM snapshots), and keep the service worker out:
// every load is then a first visit, as a shared link opened in a fresh browser (and the worker
// does not precache the whole exhibition in every test).
test.use({
  trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
  serviceWorkers: 'block',
  // Playwright's own notice when it blocks the registration; nothing else is allowed.
  allowedConsole: [/^Service Worker registration blocked by Playwright$/],
});

function roomHeading(page: Page, room: Room) {
  return page.getByRole('heading', { level: 1, name: room.title, exact: true });
}

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
