/**
 * The visit: keyboard-only tour of the five rooms, tour by clicks, and browser history across
 * rooms and an opened card. Motion stays on here (the transitions between rooms are real).
 */
import type { Page } from '@playwright/test';
import {
  ROOM_IDS,
  cardDialog,
  cardPath,
  escapeRegExp,
  expect,
  readHall,
  readRooms,
  roomPath,
  settledScrollY,
  showBubble,
  speakerName,
  test,
  ui,
  urlOf,
  waitForApp,
  type Room,
} from './fixtures';

const rooms = readRooms();
const hall = readHall();

// Real transitions between rooms (about 0.7 s each) on a small machine: give the tours time.
test.describe.configure({ timeout: 120_000 });

test('the content lists the five rooms in tour order', () => {
  expect(rooms.map((r) => r.id)).toEqual([...ROOM_IDS]);
  expect(rooms.map((r) => r.order)).toEqual([1, 2, 3, 4, 5]);
});

function roomHeading(page: Page, room: Room) {
  return page.getByRole('heading', { level: 1, name: room.title, exact: true });
}

async function expectInRoom(page: Page, room: Room) {
  await expect(page).toHaveURL(urlOf(roomPath('fr', room.id)));
  await expect(roomHeading(page, room)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(room.title)} · `));
}

async function expectInHall(page: Page) {
  await expect(page).toHaveURL(urlOf('/fr/'));
  await expect(page.getByRole('heading', { level: 1, name: hall.title.text })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
}

test.describe('the floor plan', () => {
  /** The rows of the hall's doors: the doors' left edges, grouped by their top. */
  async function doorRows(page: Page) {
    await page.goto('/fr/');
    const doors = page.getByRole('navigation', { name: ui('fr', 'hall.planTitle') }).getByRole('listitem');
    await expect(doors).toHaveCount(rooms.length);
    const boxes = await doors.evaluateAll((all) => all.map((li) => li.getBoundingClientRect().toJSON() as DOMRect));
    const rows = new Map<number, DOMRect[]>();
    for (const box of boxes) rows.set(Math.round(box.top), [...(rows.get(Math.round(box.top)) ?? []), box]);
    return [...rows.values()];
  }
  const centre = (row: DOMRect[]) => (row[0]!.left + row.at(-1)!.right) / 2;

  test('on a laptop, three doors over two, both rows centred: never one door alone', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const rows = await doorRows(page);
    expect(rows.map((row) => row.length)).toEqual([3, 2]);
    expect(Math.abs(centre(rows[0]!) - centre(rows[1]!))).toBeLessThan(2);
  });

  test('on a wide screen, the five doors in one row', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    expect((await doorRows(page)).map((row) => row.length)).toEqual([5]);
  });
});

test('keyboard-only tour: Tab to "Commencer la visite", Enter, arrows through the rooms, h to the hall', async ({
  page,
}) => {
  await page.goto('/fr/');
  await expectInHall(page);

  // Tab until the start link has focus (a handful of header links come first).
  const start = page.getByRole('link', { name: 'Commencer la visite' });
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await start.evaluate((el) => el === document.activeElement);
  }
  expect(reached, '"Commencer la visite" is reachable with Tab').toBe(true);
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');

  const [first, ...others] = rooms;
  await expectInRoom(page, first!);
  // Arriving by a link moves focus to the room's title.
  await expect(roomHeading(page, first!)).toBeFocused();

  // ArrowLeft in the first room goes nowhere.
  await page.keyboard.press('ArrowLeft');
  await expectInRoom(page, first!);

  for (const room of others) {
    await page.keyboard.press('ArrowRight');
    await expectInRoom(page, room);
  }
  // ArrowRight in the last room goes nowhere.
  await page.keyboard.press('ArrowRight');
  await expectInRoom(page, rooms.at(-1)!);

  for (const room of [...rooms].reverse().slice(1)) {
    await page.keyboard.press('ArrowLeft');
    await expectInRoom(page, room);
  }

  await page.keyboard.press('h');
  await expectInHall(page);
});

test('tour by clicks: each door of the hall, then "Salle suivante" from the first room to the last', async ({
  page,
}) => {
  await page.goto('/fr/');
  const plan = page.getByRole('navigation', { name: "Plan de l'exposition : cinq salles" });
  await expect(plan.getByRole('link')).toHaveCount(rooms.length);

  for (const room of rooms) {
    await expectInHall(page);
    await plan.getByRole('link', { name: new RegExp(`^${escapeRegExp(room.title)}\\b`) }).click();
    await expectInRoom(page, room);
    await page
      .getByRole('navigation', { name: 'Salles voisines' })
      .getByRole('link', { name: 'Retour au hall' })
      .click();
  }

  await expectInHall(page);
  await page.getByRole('link', { name: 'Commencer la visite' }).click();
  await expectInRoom(page, rooms[0]!);
  for (let i = 0; i < rooms.length; i++) {
    const room = rooms[i]!;
    const neighbours = page.getByRole('navigation', { name: 'Salles voisines' });
    const previous = rooms[i - 1];
    const next = rooms[i + 1];
    if (previous) {
      await expect(neighbours.getByRole('link', { name: /^Salle précédente/ })).toContainText(previous.title);
    } else {
      await expect(neighbours.getByRole('link', { name: /^Salle précédente/ })).toHaveCount(0);
    }
    if (!next) {
      await expect(neighbours.getByRole('link', { name: /^Salle suivante/ })).toHaveCount(0);
      break;
    }
    await neighbours.getByRole('link', { name: new RegExp(`^Salle suivante\\s*${escapeRegExp(next.title)}$`) }).click();
    await expectInRoom(page, next);
    expect(room.id).not.toBe(next.id);
  }

  // And back by "Salle précédente" once.
  await page
    .getByRole('navigation', { name: 'Salles voisines' })
    .getByRole('link', { name: new RegExp(`^Salle précédente\\s*${escapeRegExp(rooms.at(-2)!.title)}$`) })
    .click();
  await expectInRoom(page, rooms.at(-2)!);
});

test("a door whose room's quotes are slow to come: a bar says it was heard, the room opens when they arrive", async ({
  page,
}) => {
  const room = rooms.find((r) => r.id === 'culture')!;
  // The room's quotes are a chunk of their own (src/content/room-content.ts): held back until released.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await page.route(new RegExp(`/assets/${room.id}-[\\w-]+\\.js$`), async (route) => {
    asked++;
    await released;
    await route.continue();
  });
  await page.goto('/fr/');
  await waitForApp(page);
  const plan = page.getByRole('navigation', { name: "Plan de l'exposition : cinq salles" });
  await plan.getByRole('link', { name: new RegExp(`^${escapeRegExp(room.title)}\\b`) }).click();

  const bar = page.locator('.app-waiting');
  await expect(bar).toBeVisible();
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true');
  await expectInHall(page);
  expect(asked).toBeGreaterThan(0);

  release();
  await expectInRoom(page, room);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(bar).toHaveCount(0);
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy');
});

test('back and forward across rooms and an opened card restore the URL and the view', async ({ page }) => {
  const [first, second] = rooms;
  const card = first!.cards[1]!;
  const speaker = speakerName(card);
  const dialog = cardDialog(page, speaker);

  await page.goto('/fr/');
  await page.getByRole('link', { name: 'Commencer la visite' }).click();
  await expectInRoom(page, first!);

  await page.locator(`#open-${card.id}`).click();
  await expect(page).toHaveURL(urlOf(cardPath('fr', first!.id, card.id)));
  await expect(dialog).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(urlOf(roomPath('fr', first!.id)));
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await expectInRoom(page, second!);

  // Back: first room, card closed.
  await page.goBack();
  await expectInRoom(page, first!);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Back: the card open again.
  await page.goBack();
  await expect(page).toHaveURL(urlOf(cardPath('fr', first!.id, card.id)));
  await expect(dialog).toBeVisible();
  await expect(roomHeading(page, first!)).toBeAttached();

  // Back: the room, closed.
  await page.goBack();
  await expectInRoom(page, first!);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Back: the hall.
  await page.goBack();
  await expectInHall(page);

  // Forward all the way.
  await page.goForward();
  await expectInRoom(page, first!);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.goForward();
  await expect(page).toHaveURL(urlOf(cardPath('fr', first!.id, card.id)));
  await expect(dialog).toBeVisible();

  await page.goForward();
  await expect(page).toHaveURL(urlOf(roomPath('fr', first!.id)));
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.goForward();
  await expectInRoom(page, second!);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the scroll: a card opens and closes where the reader is, the next room starts at its top, back finds the room where it was left', async ({
  page,
}) => {
  const [first, second] = rooms;
  const card = first!.cards.at(-2)!;
  const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
  await page.goto(roomPath('fr', first!.id));
  await waitForApp(page);
  await showBubble(page, card);
  const open = page.locator(`#open-${card.id}`);
  await open.scrollIntoViewIfNeeded();
  expect(await settledScrollY(page), 'a card far down the room').toBeGreaterThan(500);
  // Where the reader sees the bubble: the page may scroll meanwhile to keep it there (bubbles
  // above it laid out once near the view, see settledScrollY), the bubble does not move.
  const onScreen = () => open.evaluate((link) => Math.round(link.getBoundingClientRect().top));
  const seen = await onScreen();

  await open.click();
  await expect(cardDialog(page, speakerName(card))).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(open).toBeFocused();
  await settledScrollY(page);
  expect(Math.abs((await onScreen()) - seen), 'the bubble, where it was on screen').toBeLessThan(40);
  const before = await scrollY();

  await page.keyboard.press('ArrowRight');
  await expectInRoom(page, second!);
  await expect.poll(scrollY, { message: 'the next room, from its top' }).toBe(0);

  await page.goBack();
  await expectInRoom(page, first!);
  // As far down as the room now goes (its folded station folded again: a page of its own).
  const whereLeft = async () =>
    Math.min(before, await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight));
  await expect
    .poll(async () => (await scrollY()) - (await whereLeft()), { message: 'the room, where it was left' })
    .toBe(0);

  await page.goForward();
  await expectInRoom(page, second!);
  await expect.poll(scrollY, { message: 'the next room, where it was left: its top' }).toBe(0);
});

test('→ pressed again while a room leaves goes one room further, on a phone-speed CPU', async ({ page }) => {
  const [first, second, third] = rooms;
  await page.goto(roomPath('fr', first!.id));
  await waitForApp(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.keyboard.press('ArrowRight');
  // The address changes as the room starts leaving: the next room is not there yet.
  await expect(page).toHaveURL(urlOf(roomPath('fr', second!.id)));
  await page.keyboard.press('ArrowRight');
  await expectInRoom(page, third!);
  await expect(page.locator('.page')).toHaveCount(1);
});

test('rooms changed faster than they arrive, on a phone-speed CPU, end whole on the room of the URL', async ({
  page,
}) => {
  // A room reached inside the app shows its header at once and its bubbles after it, one in each
  // frame. Pressing on while the bubbles of the room being left have not all arrived must not
  // leave that room on screen (its leaving waited for bubbles that came in after it began).
  await page.goto(roomPath('fr', rooms[0]!.id));
  await waitForApp(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Each press given as soon as the next room's title is there: its bubbles are still to come.
  const walk = [...rooms.slice(1), ...rooms.slice(-2, -1), ...rooms.slice(-3, -2)];
  for (const [i, next] of walk.entries()) {
    await page.keyboard.press(i < rooms.length - 1 ? 'ArrowRight' : 'ArrowLeft');
    await expect(roomHeading(page, next)).toBeVisible();
  }
  await page.keyboard.press('ArrowLeft');
  await page.goBack();
  const id = new URL(page.url()).pathname.split('/')[2];
  const room = rooms.find((r) => r.id === id)!;
  expect(room, `a room's URL: ${page.url()}`).toBeTruthy();
  await expectInRoom(page, room);
  await expect(page.locator('.page')).toHaveCount(1);
  const bubbles = page.locator('.bubble-slot');
  await expect(bubbles).toHaveCount(room.cards.length);
  // Every bubble ends fully shown (none left faded out by an entrance cut short).
  await expect
    .poll(() => bubbles.evaluateAll((els) => els.filter((el) => getComputedStyle(el).opacity !== '1').length), {
      timeout: 15_000,
    })
    .toBe(0);
});
