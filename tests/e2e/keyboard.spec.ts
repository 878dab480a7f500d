/**
 * The whole exhibition with the keyboard alone (Tab, Shift+Tab, Enter, Escape, typing): skip
 * link, hall, each room in turn with a card opened and closed, back to the hall, a language
 * switch, the search and a card opened from its results. After every key, focus is somewhere
 * (never the page's body) and, on anything Tab reaches, visibly so (an outline or a box-shadow,
 * on the element or its ::before/::after). Open cards trap focus and release it on close, back
 * on the bubble they were opened from. Arrow keys between rooms are covered by tour.spec.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, readRooms, roomPath, test, ui, urlOf } from './fixtures';

const rooms = readRooms();

// Five rooms, ten cards, hundreds of key presses, real transitions, on a small machine.
test.describe.configure({ timeout: 240_000 });

interface Focus {
  /** A short description of the focused element, for messages. */
  what: string;
  body: boolean;
  /** Reachable by Tab (tabIndex ≥ 0): must show its focus. Targets of focus() (h1, main) need not. */
  tabbable: boolean;
  indicator: boolean;
  inDialog: boolean;
}

async function focusState(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement)
      return { what: 'the page body', body: true, tabbable: false, indicator: false, inDialog: false };
    const shows = (style: CSSStyleDeclaration) =>
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      (style.boxShadow !== 'none' && style.boxShadow !== '');
    const rect = el.getBoundingClientRect();
    const indicator =
      rect.width > 0 &&
      rect.height > 0 &&
      (shows(getComputedStyle(el)) ||
        shows(getComputedStyle(el, '::after')) ||
        shows(getComputedStyle(el, '::before')));
    const label = el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 50) ?? '';
    const classes = typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : '';
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes} "${label}"`,
      body: false,
      tabbable: el.tabIndex >= 0,
      indicator,
      inDialog: Boolean(el.closest('[role="dialog"]')),
    };
  });
}

/** Focus is not lost, and is visible when Tab put it there. */
async function expectFocusShown(page: Page, after: string): Promise<Focus> {
  const focus = await focusState(page);
  expect(focus.body, `focus lost (on the body) after ${after}`).toBe(false);
  if (focus.tabbable) expect(focus.indicator, `no visible focus indicator on ${focus.what} after ${after}`).toBe(true);
  return focus;
}

/** Presses a key, then checks the focus. */
async function press(page: Page, key: string, what = key): Promise<Focus> {
  await page.keyboard.press(key);
  return expectFocusShown(page, what);
}

/**
 * Presses Enter on a link; once the app has arrived where it leads (`arrived`), checks the focus.
 * (While a page swaps for another, focus passes through the body for an instant, as on any
 * page load; what counts is where it lands.)
 */
async function follow(page: Page, what: string, arrived: () => Promise<void>): Promise<Focus> {
  await page.keyboard.press('Enter');
  await arrived();
  return expectFocusShown(page, `Enter on ${what}`);
}

/** Tabs (forward, or backward with Shift+Tab) until `target` has focus, checking the focus at every step. */
async function tabTo(page: Page, target: Locator, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 150) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const focus = await press(page, key, `${key} towards ${name}`);
    if (await target.evaluate((el) => el === document.activeElement)) return;
    seen.push(focus.what);
  }
  throw new Error(`${name} not reached after ${max} × ${key}; focus went through:\n${seen.join('\n')}`);
}

function roomHeading(page: Page, title: string) {
  return page.getByRole('heading', { level: 1, name: title, exact: true });
}

/** Opens a card from its bubble with Enter, walks round its focus trap, closes it with Escape. */
async function openAndCloseCard(page: Page, roomId: string, cardId: string) {
  const opener = page.locator(`#open-${cardId}`);
  // A bubble of a folded station: its "n more from <name>" first, opened with Enter.
  if (await opener.evaluate((el) => Boolean(el.closest('details:not([open])')))) {
    const more = page
      .locator('.wall .voice', { has: page.locator(`#open-${cardId}`) })
      .locator('.voice__more > summary');
    await tabTo(page, more, `the "more" of the station of ${cardId}`);
    await press(page, 'Enter', `Enter on the "more" of the station of ${cardId}`);
    await expect(opener).toBeVisible();
  }
  await tabTo(page, opener, `the bubble of ${cardId}`);
  const dialog = page.getByRole('dialog');
  const close = dialog.getByRole('button', { name: ui('fr', 'card.close') });
  await follow(page, `the bubble of ${cardId}`, async () => {
    await expect(page).toHaveURL(urlOf(`/fr/${roomId}/${cardId}/`));
    await expect(close, 'an open card has focus on its close button').toBeFocused();
  });

  // Round the trap: as many Tabs as the card has stops brings focus back to the close button,
  // and focus never leaves the card on the way.
  const stops = await dialog.evaluate(
    (el) =>
      [
        ...el.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"]), input'),
      ].filter((item) => !item.closest('[hidden]') && item.getClientRects().length > 0).length,
  );
  expect(stops, 'the card has controls to tab through').toBeGreaterThan(2);
  for (let i = 0; i < stops; i++) {
    const focus = await press(page, 'Tab', `Tab ${i + 1} in the card ${cardId}`);
    expect(focus.inDialog, `Tab ${i + 1} of ${stops} in ${cardId} stays in the card (on ${focus.what})`).toBe(true);
  }
  await expect(close, `${stops} Tabs go round the card ${cardId}`).toBeFocused();
  const back = await press(page, 'Shift+Tab', `Shift+Tab from the first control of ${cardId}`);
  expect(back.inDialog, 'Shift+Tab from the first control goes to the last one, in the card').toBe(true);
  await expect(close).not.toBeFocused();

  // Escape closes it; focus returns to the bubble it was opened from, and is free again.
  await press(page, 'Escape', `Escape in ${cardId}`);
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(urlOf(roomPath('fr', roomId)));
  await expect(opener, `focus returns to the bubble of ${cardId}`).toBeFocused();
  await expectFocusShown(page, `closing ${cardId}`);
  const next = await press(page, 'Tab', `Tab after closing ${cardId}`);
  expect(next.inDialog, 'after closing, Tab goes on along the wall').toBe(false);
  await press(page, 'Shift+Tab', `Shift+Tab after closing ${cardId}`);
  await expect(opener).toBeFocused();
}

test('keyboard only: skip link, hall, every room with a card opened and closed, language, search', async ({ page }) => {
  await page.goto('/fr/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The first Tab reaches the skip link, shown on screen; Enter moves focus to the content.
  const skip = page.getByRole('link', { name: ui('fr', 'layout.skipToContent') });
  await press(page, 'Tab', 'the first Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await press(page, 'Enter', 'Enter on the skip link');
  await expect(page.locator('main')).toBeFocused();
  // From the content, Tab goes on inside it (not back to the header).
  await press(page, 'Tab', 'Tab after the skip link');
  expect(
    await page.evaluate(() => Boolean(document.activeElement?.closest('main'))),
    'Tab continues in the content',
  ).toBe(true);

  // Hall → the first room by its door on the floor plan.
  const [first] = rooms;
  const plan = page.getByRole('navigation', { name: ui('fr', 'hall.planTitle') });
  await tabTo(page, plan.getByRole('link').first(), 'the first door of the floor plan');
  await follow(page, 'the first door', async () => {
    await expect(page).toHaveURL(urlOf(roomPath('fr', first!.id)));
    await expect(roomHeading(page, first!.title), 'arriving in a room puts focus on its title').toBeFocused();
  });

  for (const [index, room] of rooms.entries()) {
    // A different card in each room: the first in the first room, then further along the wall.
    const card = room.cards[Math.min(index, room.cards.length - 1)]!;
    await openAndCloseCard(page, room.id, card.id);
    const next = rooms[index + 1];
    if (!next) break;
    const door = page.getByRole('navigation', { name: ui('fr', 'room.navLabel') }).getByRole('link', {
      name: new RegExp(`^${ui('fr', 'room.next')}`),
    });
    await tabTo(page, door, `the door to ${next.id}`);
    await follow(page, `the door to ${next.id}`, async () => {
      await expect(page).toHaveURL(urlOf(roomPath('fr', next.id)));
      await expect(roomHeading(page, next.title), `arriving in ${next.id} puts focus on its title`).toBeFocused();
    });
  }

  // Back to the hall from the last room.
  const hallLink = page
    .getByRole('navigation', { name: ui('fr', 'room.navLabel') })
    .getByRole('link', { name: ui('fr', 'room.backToHall') });
  await tabTo(page, hallLink, 'the way back to the hall');
  await follow(page, '"back to the hall"', async () => {
    await expect(page).toHaveURL(urlOf('/fr/'));
    await expect(page.getByRole('heading', { level: 1 }), 'arriving in the hall puts focus on its title').toBeFocused();
  });

  // Language: English, back up in the header; focus stays on the switch.
  const english = page.getByRole('banner').getByRole('link', { name: 'English', exact: true });
  await tabTo(page, english, 'English in the language switch', 'Shift+Tab');
  await follow(page, 'English', async () => {
    await expect(page).toHaveURL(urlOf('/en/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(english, 'the language switch keeps focus').toBeFocused();
  });

  // Search, from the hall's other ways in.
  const search = page.getByRole('main').getByRole('link', { name: new RegExp(`^${ui('en', 'explore.search.name')}`) });
  await tabTo(page, search, 'the search link');
  await follow(page, 'the search link', async () => {
    await expect(page).toHaveURL(urlOf('/en/recherche/'));
    await expect(page.getByRole('heading', { level: 1 }), 'arriving on a page puts focus on its title').toBeFocused();
  });
  const box = page.getByRole('searchbox');
  await tabTo(page, box, 'the search field');
  await page.keyboard.type('travail');
  await expectFocusShown(page, 'typing a search');
  await expect(page).toHaveURL(/\/en\/recherche\/\?q=travail$/);
  const firstResult = page.locator('.search-hit__open').first();
  await expect(firstResult).toBeVisible();
  await tabTo(page, firstResult, 'the first result');
  const target = await firstResult.getAttribute('href');
  const dialog = page.getByRole('dialog');
  await follow(page, 'the first result', async () => {
    await expect(page).toHaveURL(urlOf(target!));
    await expect(dialog.getByRole('button', { name: ui('en', 'card.close') })).toBeFocused();
  });
  await press(page, 'Escape', 'Escape in the card opened from the search');
  await expect(dialog).toHaveCount(0);
  const cardId = target!.split('/').filter(Boolean).at(-1)!;
  await expect(page.locator(`#open-${cardId}`), 'closing a card opened by a link: focus on its bubble').toBeFocused();
  await expectFocusShown(page, 'closing the card opened from the search');
});
