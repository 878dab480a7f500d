/**
 * On a phone (project "phone": 390×844, touch): pages fit the width, a swipe on the wall changes
 * room, an open card fits the screen and its controls are large enough to touch.
 */
import type { CDPSession, Page } from '@playwright/test';
import {
  cardPath,
  escapeRegExp,
  expect,
  holdTheApp,
  readHall,
  readRooms,
  roomPath,
  speakerName,
  test,
  urlOf,
} from './fixtures';

const rooms = readRooms();
const hall = readHall();

// The laptop project runs every file: these tests are for the phone (touch, 390 px) only.
test.skip(({ hasTouch, viewport }) => !hasTouch || viewport?.width !== 390, 'phone project only');
const WIDTH = 390;
const MIN_TARGET = 44;

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    // The elements that stick out on the right, to say what overflows.
    culprits: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > 390 + 1)
      .filter((el) => getComputedStyle(el).visibility !== 'hidden' && !el.closest('.sr-only'))
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`,
      ),
  }));
}

async function expectNoHorizontalScroll(page: Page, what: string, soft = false) {
  // On a phone, a page wider than the screen makes the browser zoom out (innerWidth grows too):
  // what counts is the width of the document.
  const { scrollWidth, culprits } = await horizontalOverflow(page);
  (soft ? expect.soft : expect)(
    scrollWidth,
    `${what}: no horizontal scroll (wider: ${culprits.join(', ')})`,
  ).toBeLessThanOrEqual(WIDTH);
}

/** A quick horizontal finger movement on the wall, as real touch events (Chromium's input pipeline). */
async function swipe(page: Page, cdp: CDPSession, direction: 'left' | 'right') {
  const wall = page.locator('.wall');
  // A point of the wall on screen, away from the edges (Android's back gesture) and from links.
  await wall.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const box = (await wall.boundingBox())!;
  const y = Math.max(box.y + 40, 120);
  const [from, to] = direction === 'left' ? [WIDTH - 60, 60] : [60, WIDTH - 60];
  const point = (x: number) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  // The finger's own clock: a quick swipe, 30 ms a step, however long a busy test machine takes
  // to deliver each event (else a swipe reads as a slow drag, which is no swipe).
  const start = Date.now() / 1000;
  const at = (step: number) => start + step * 0.03;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from), timestamp: at(0) });
  const steps = 6;
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: point(from + ((to - from) * i) / steps),
      timestamp: at(i),
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: at(steps + 1) });
}

/**
 * From now on, counts the touch gestures that end on the page (a finger lifted, or a gesture the
 * browser took over as a scroll) and the navigations the page makes (the Navigation API sees
 * every history.pushState). The app's handlers run before these listeners on window: once a
 * gesture has ended here, the app has had its say on it.
 */
async function watchGestures(page: Page) {
  await page.evaluate(() => {
    const seen = { ended: 0, navigations: 0 };
    (window as unknown as { gestures: typeof seen }).gestures = seen;
    for (const type of ['pointerup', 'pointercancel'])
      window.addEventListener(type, (event) => {
        if ((event as PointerEvent).pointerType === 'touch') seen.ended++;
      });
    (window as unknown as { navigation: EventTarget }).navigation.addEventListener(
      'navigate',
      () => seen.navigations++,
    );
  });
}
const gestures = (page: Page) =>
  page.evaluate(() => ({ ...(window as unknown as { gestures: { ended: number; navigations: number } }).gestures }));

test.describe('fit and touch targets', () => {
  test.use({ contextOptions: { reducedMotion: 'reduce' } });

  test('the hall fits 390 px with no horizontal scroll', async ({ page }) => {
    await page.goto('/fr/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hall.title.text);
    await expect(
      page.getByRole('navigation', { name: "Plan de l'exposition : cinq salles" }).getByRole('link'),
    ).toHaveCount(rooms.length);
    await expectNoHorizontalScroll(page, 'hall');
  });

  for (const lang of ['fr', 'ar'] as const) {
    test(`the header is one row of 64 px at most, the languages a menu (${lang})`, async ({ page }) => {
      await page.goto(roomPath(lang, rooms[1]!.id));
      const header = page.locator('.site-header');
      expect((await header.boundingBox())!.height, 'header height').toBeLessThanOrEqual(64);
      const languages = header.getByRole('navigation');
      const links = languages.getByRole('link');
      // Closed: one button names the language shown.
      await expect(links.first()).toBeHidden();
      const toggle = languages.getByRole('button');
      await expect(toggle).toContainText(lang === 'fr' ? 'Français' : 'العربية');
      await toggle.click();
      // Open: each language in its own name, each a target of 44 px at least.
      await expect(links).toHaveCount(5);
      for (const [code, name] of [
        ['fr', 'Français'],
        ['en', 'English'],
        ['es', 'Español'],
        ['de', 'Deutsch'],
        ['ar', 'العربية'],
      ] as const) {
        const link = links.and(page.locator(`[lang="${code}"]`));
        await expect(link).toHaveText(name);
        await expect(link).toBeInViewport();
        const box = (await link.boundingBox())!;
        expect(Math.min(box.width, box.height), `${name}: target size`).toBeGreaterThanOrEqual(MIN_TARGET);
      }
      await expectNoHorizontalScroll(page, `room (${lang}), languages open`);
      // A language chosen: the page in it, the menu closed.
      await links.and(page.locator('[lang="de"]')).click();
      await expect(page).toHaveURL(urlOf(roomPath('de', rooms[1]!.id)));
      await expect(page.locator('.site-header').getByRole('navigation').getByRole('link').first()).toBeHidden();
    });
  }

  for (const room of rooms) {
    test(`room ${room.id} fits 390 px with no horizontal scroll`, async ({ page }) => {
      await page.goto(roomPath('fr', room.id));
      await expect(page.getByRole('heading', { level: 1, name: room.title })).toBeVisible();
      await expect(page.locator('.wall figure')).toHaveCount(room.cards.length);
      await expectNoHorizontalScroll(page, `room ${room.id}`);
    });
  }

  test('an open card fits the screen, its links and buttons are at least 44×44 px, Share and the arrows on one row', async ({
    page,
  }) => {
    // A card with a previous and a next card, and notes: every control is there.
    const room = rooms[0]!;
    const card = room.cards.find((c, i) => i > 0 && i < room.cards.length - 1 && c.context?.length) ?? room.cards[1]!;
    await page.goto(roomPath('fr', room.id));
    await page.locator(`#open-${card.id}`).click();
    await expect(page).toHaveURL(urlOf(cardPath('fr', room.id, card.id)));
    const dialog = page.getByRole('dialog', { name: `Citation de ${speakerName(card)}` });
    await expect(dialog).toBeVisible();

    const viewport = page.viewportSize()!;
    const box = (await dialog.boundingBox())!;
    expect.soft(box.x, 'dialog left edge on screen').toBeGreaterThanOrEqual(0);
    expect.soft(box.y, 'dialog top edge on screen').toBeGreaterThanOrEqual(0);
    expect.soft(box.x + box.width, 'dialog right edge on screen').toBeLessThanOrEqual(viewport.width + 0.5);
    expect.soft(box.y + box.height, 'dialog bottom edge on screen').toBeLessThanOrEqual(viewport.height + 0.5);
    await expectNoHorizontalScroll(page, 'open card', true);

    const controls = dialog.locator('a[href], button');
    await expect(controls).not.toHaveCount(0);
    const small = await controls.evaluateAll(
      (els, min) =>
        els
          // Not rendered (hidden, or in the closed languages menu): no target to touch.
          .filter((el) => !el.closest('[hidden]') && el.getClientRects().length > 0)
          .map((el) => {
            const r = el.getBoundingClientRect();
            return {
              name: el.getAttribute('aria-label') ?? el.textContent?.trim(),
              w: Math.round(r.width),
              h: Math.round(r.height),
            };
          })
          .filter((t) => t.w < min || t.h < min),
      MIN_TARGET,
    );
    expect(small, `touch targets smaller than ${MIN_TARGET}×${MIN_TARGET} px in the card`).toEqual([]);
    for (const name of ['Refermer la citation', `Partager la citation de ${speakerName(card)}`]) {
      await expect(dialog.getByRole('button', { name })).toBeInViewport();
    }
    await expect(dialog.getByRole('link', { name: 'Citation suivante' })).toBeInViewport();

    // Share, previous and next on one row (arrows, their words kept as the links' names): the
    // quote keeps the screen.
    const shareButton = dialog.getByRole('button', { name: `Partager la citation de ${speakerName(card)}` });
    const arrowsBesideShare = async (when: string) => {
      const share = (await shareButton.boundingBox())!;
      for (const name of ['Citation précédente', 'Citation suivante']) {
        const link = (await dialog.getByRole('link', { name }).boundingBox())!;
        expect(Math.abs(link.y - share.y), `"${name}" on the row of Share (${when})`).toBeLessThan(8);
      }
    };
    await arrowsBesideShare('before sharing');
    // Shared: its confirmation beside Share, the arrows still on their row.
    await shareButton.click();
    await expect(dialog.locator('.share__status')).toHaveText(/\S/);
    await arrowsBesideShare('after sharing');

    // The card's header is one row too, its languages a menu.
    const bar = (await dialog.locator('.dialog__bar').boundingBox())!;
    expect(bar.height, "the card's header height").toBeLessThanOrEqual(64);
    await expect(dialog.locator('.lang-switcher--dialog').getByRole('button')).toBeVisible();
  });
});

// French typography: the project's French texts keep « : », « ? »… on the line of the word before.
test("on a phone, no line of a French room's introduction starts with a colon or a question mark", async ({ page }) => {
  for (const room of rooms) {
    await page.goto(roomPath('fr', room.id));
    const intro = page.locator('.room__intro');
    await page.getByText('À propos de cette salle', { exact: true }).click();
    await expect(intro).toBeVisible();
    const lineStarts = await intro.evaluate((p) => {
      const left = p.getBoundingClientRect().left;
      const found: string[] = [];
      const texts = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const content = node.textContent!;
        for (let i = 0; i < content.length; i++) {
          if (!/[:;?!»]/.test(content[i]!)) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          if (range.getBoundingClientRect().left - left < 2) found.push(content.slice(i, i + 20));
        }
      }
      return found;
    });
    expect(lineStarts, `${room.id}: lines that start with a punctuation mark`).toEqual([]);
  }
});

// Before the app, the Listen button's place is held, unseen, for the instant the browser says it
// can speak (on a phone it mostly can): the row must hold it too, with Keep, in the longest labels' language.
test.describe('an open card before the app', () => {
  test.use({ arriveAsVisitor: false });
  for (const lang of ['fr', 'es'] as const) {
    test(`its actions, Listen's place included, hold on one row without overlapping (${lang})`, async ({ page }) => {
      const room = rooms[0]!;
      const card = room.cards[1]!;
      await holdTheApp(page);
      await page.goto(cardPath(lang, room.id, card.id), { waitUntil: 'commit' });
      const bar = page.getByRole('dialog').locator('.dialog__actions');
      await expect(bar.locator('.listen')).toHaveCount(1);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const boxes = await bar
        .locator('.listen, .keep, .share > .button, .dialog__nav a')
        .evaluateAll((els) =>
          els.map((el) => ({ name: el.className, ...(el.getBoundingClientRect().toJSON() as DOMRect) })),
        );
      expect(boxes).toHaveLength(5);
      const row = (await bar.boundingBox())!;
      boxes.sort((a, b) => a.left - b.left);
      boxes.forEach((box, i) => {
        expect.soft(Math.abs(box.top - boxes[0]!.top), `${box.name} on the first one's row`).toBeLessThan(8);
        expect.soft(box.left, `${box.name} inside the bar`).toBeGreaterThanOrEqual(row.x);
        expect.soft(box.right, `${box.name} inside the bar`).toBeLessThanOrEqual(row.x + row.width);
        if (i > 0)
          expect
            .soft(box.left, `${box.name} clear of ${boxes[i - 1]!.name}`)
            .toBeGreaterThanOrEqual(boxes[i - 1]!.right);
      });
    });
  }
});

// While a reading lasts, Stop joins Pause in the card's action bar (under it, on a phone): every
// control still in the bar, clear of the others, large enough to touch.
test.describe('an open card, while it is read aloud', () => {
  test.use({ contextOptions: { reducedMotion: 'reduce' } });
  for (const lang of ['fr', 'es', 'ar'] as const) {
    test(`Pause, Stop, Keep, Share and the arrows overlap nothing (${lang})`, async ({ page }) => {
      await page.addInitScript((lang) => {
        const voices = [{ name: 'Test', lang, voiceURI: 'test', default: true, localService: true }];
        window.speechSynthesis.getVoices = () => voices;
        Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
          configurable: true,
          writable: true,
          value: null,
        });
        // Held, as a long reading in progress: this machine may have no voice to say it.
        window.speechSynthesis.speak = () => {};
      }, lang);
      const room = rooms[0]!;
      await page.goto(cardPath(lang, room.id, room.cards[1]!.id));
      const bar = page.getByRole('dialog').locator('.dialog__actions');
      await bar.locator('.listen__button').click();
      await expect(bar.locator('.listen__button')).toHaveCount(2);
      const boxes = await bar
        .locator('.listen__button, .keep, .share > .button, .dialog__nav a')
        .evaluateAll((els) =>
          els.map((el) => ({ name: el.className, ...(el.getBoundingClientRect().toJSON() as DOMRect) })),
        );
      expect(boxes).toHaveLength(6);
      const row = (await bar.boundingBox())!;
      for (const [i, box] of boxes.entries()) {
        expect.soft(box.width, `${box.name} wide enough to touch`).toBeGreaterThanOrEqual(MIN_TARGET);
        expect.soft(box.height, `${box.name} tall enough to touch`).toBeGreaterThanOrEqual(MIN_TARGET);
        expect.soft(box.left, `${box.name} inside the bar`).toBeGreaterThanOrEqual(row.x);
        expect.soft(box.right, `${box.name} inside the bar`).toBeLessThanOrEqual(row.x + row.width);
        for (const other of boxes.slice(i + 1)) {
          const apart =
            box.right <= other.left || other.right <= box.left || box.bottom <= other.top || other.bottom <= box.top;
          expect.soft(apart, `${box.name} clear of ${other.name}`).toBe(true);
        }
      }
    });
  }
});

test('swiping left on the wall goes to the next room, right to the previous one', async ({ page }) => {
  test.setTimeout(60_000);
  const [first, second] = rooms;
  const cdp = await page.context().newCDPSession(page);
  await page.goto(roomPath('fr', first!.id));
  await expect(page.getByRole('heading', { level: 1, name: first!.title })).toBeVisible();
  await expect(page.locator('.wall figure')).toHaveCount(first!.cards.length);

  await swipe(page, cdp, 'left');
  await expect(page).toHaveURL(urlOf(roomPath('fr', second!.id)));
  await expect(page.getByRole('heading', { level: 1, name: second!.title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('.wall figure')).toHaveCount(second!.cards.length);

  await swipe(page, cdp, 'right');
  await expect(page).toHaveURL(urlOf(roomPath('fr', first!.id)));
  await expect(page.getByRole('heading', { level: 1, name: first!.title })).toBeVisible();

  // The first room has no previous room: a swipe right stays.
  await expect(page.locator('.wall figure')).toHaveCount(first!.cards.length);
  await watchGestures(page);
  await swipe(page, cdp, 'right');
  await expect.poll(() => gestures(page)).toEqual({ ended: 1, navigations: 0 });
  await expect(page).toHaveURL(urlOf(roomPath('fr', first!.id)));
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(first!.title)} · `));
});

test('a vertical scroll on the wall does not change room', async ({ page }) => {
  const room = rooms[1]!;
  const cdp = await page.context().newCDPSession(page);
  await page.goto(roomPath('fr', room.id));
  await expect(page.locator('.wall figure')).toHaveCount(room.cards.length);
  await page.locator('.wall').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await watchGestures(page);
  const x = 200;
  const touch = (y: number) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touch(600) });
  for (let i = 1; i <= 6; i++) {
    // Mostly vertical, a little sideways.
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ ...touch(600 - i * 60)[0]!, x: x - i * 12 }],
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(() => gestures(page)).toEqual({ ended: 1, navigations: 0 });
  await expect(page).toHaveURL(urlOf(roomPath('fr', room.id)));
});
