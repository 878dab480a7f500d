/**
 * A room as a visitor meets it (issue 25), on a laptop (1280×800) and a phone (390×844): the
 * quote first, a bubble that is a quote and a voice, tails pointing at their speaker, big rooms
 * seen whole, a language switched where the reader is.
 */
import type { Page } from '@playwright/test';
import {
  expect,
  readRoom,
  readRooms,
  readSpeakers,
  roomPath,
  roomTitle,
  settledScrollY,
  test,
  ui,
  unfoldStations,
  urlOf,
} from './fixtures';

const rooms = readRooms();
const speakers = readSpeakers();
const LANGS = ['fr', 'en', 'es', 'de', 'ar'] as const;

const isPhone = (width: number | undefined) => width === 390;

/** The quotes of the wall, each with its box (the wall's bubbles, in the page's order). */
function quoteBoxes(page: Page) {
  return page
    .locator('.wall .bubble blockquote')
    .evaluateAll((quotes) => quotes.map((q) => q.getBoundingClientRect().toJSON() as DOMRect));
}

test.describe('the quote first', () => {
  test.use({ contextOptions: { reducedMotion: 'reduce' } });
  for (const lang of LANGS) {
    test(`every room shows its quotes on the first screen (${lang})`, async ({ page, viewport }) => {
      for (const room of rooms) {
        await page.goto(roomPath(lang, room.id));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(roomTitle(room, lang));
        const screen = page.viewportSize()!;
        const whole = (await quoteBoxes(page)).filter((box) => box.top >= 0 && box.bottom <= screen.height);
        if (isPhone(viewport?.width)) {
          // The first quote, whole, on the first screen.
          const [first] = await quoteBoxes(page);
          expect(first!.bottom, `${room.id} (${lang}): the first quote ends on screen`).toBeLessThanOrEqual(
            screen.height,
          );
        } else {
          expect(whole.length, `${room.id} (${lang}): whole quotes on the first screen`).toBeGreaterThanOrEqual(3);
        }
        // The room's introduction is one tap away, not above the quotes.
        await expect(page.locator('.room__intro')).toBeHidden();
        await page.getByText(ui(lang, 'room.about'), { exact: true }).click();
        await expect(page.locator('.room__intro')).toBeVisible();
      }
    });
  }
});

test.describe('a bubble is a quote and a voice', () => {
  for (const lang of ['fr', 'en'] as const) {
    test(`no role on the wall, the translation said once (${lang})`, async ({ page }) => {
      for (const room of rooms) {
        await page.goto(roomPath(lang, room.id));
        const wall = page.locator('.wall');
        await expect(wall.locator('figure')).toHaveCount(room.cards.length);
        // What the wall says besides the quotes (a quote may name an organisation).
        const text = await wall.evaluate((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('blockquote').forEach((quote) => quote.remove());
          return copy.textContent ?? '';
        });
        const voices = new Set(room.cards.map((card) => card.speaker).filter(Boolean));
        for (const id of voices) {
          const { role, organisation } = speakers.get(id!)!;
          for (const detail of [role, organisation].filter((d): d is string => Boolean(d)))
            expect(text, `${room.id}: "${detail}" on the wall`).not.toContain(detail);
        }
        expect(text).not.toContain(ui(lang, 'translation.draft'));
        expect(text).not.toContain(ui(lang, 'translation.showOriginal'));
        if (lang === 'fr') {
          await expect(page.locator('.fallback-notice')).toHaveCount(0);
        } else {
          // One notice for the page; each bubble a compact mark, the French original one tap away.
          await expect(page.getByRole('note')).toHaveCount(1);
          await expect(page.getByRole('note')).toContainText(ui(lang, 'translation.pageNoticeShort'));
          await expect(wall.locator('.bubble__mark [aria-hidden="true"]').first()).toHaveText(
            ui(lang, 'translation.mark'),
          );
        }
      }
    });
  }

  test('a one-sentence quote is no more than about twice the height of its text', async ({ page }) => {
    await page.goto(roomPath('fr', 'travail'));
    const sizes = await page.locator('.wall .bubble').evaluateAll((bubbles) =>
      bubbles.map((bubble) => {
        const quote = bubble.querySelector('blockquote')!;
        return {
          text: quote.textContent,
          quote: quote.getBoundingClientRect().height,
          bubble: bubble.getBoundingClientRect().height,
          marks: Boolean(bubble.querySelector('.bubble__marks')),
        };
      }),
    );
    const oneSentence = sizes.filter((s) => !s.marks && s.text.split(/[.!?]\s/).length === 1);
    expect(oneSentence.length).toBeGreaterThan(0);
    for (const s of oneSentence) expect(s.bubble, s.text).toBeLessThanOrEqual(s.quote * 2 + 4);
  });
});

test.describe('bubbles speak from their speaker', () => {
  for (const lang of ['fr', 'ar'] as const) {
    test(`every tail points at its speaker's emblem (${lang})`, async ({ page }) => {
      for (const room of [readRoom('travail'), readRoom('culture')]) {
        await page.goto(roomPath(lang, room.id));
        // Every station opened, so that every bubble is laid out.
        await unfoldStations(page);
        const wrong = await page.locator('.wall .voice').evaluateAll((voices, rtl) => {
          const problems: string[] = [];
          for (const voice of voices) {
            const emblem = voice.querySelector('.voice__emblem')!.getBoundingClientRect();
            for (const bubble of voice.querySelectorAll<HTMLElement>('.bubble')) {
              bubble.scrollIntoView({ block: 'center' });
              const box = bubble.getBoundingClientRect();
              const tail = getComputedStyle(bubble, '::before');
              // The tail stands out of the bubble on one side: the emblem must be on that side.
              const sticksOut = rtl ? parseFloat(tail.right) < 0 : parseFloat(tail.left) < 0;
              const emblemThere = rtl ? emblem.left >= box.right - 1 : emblem.right <= box.left + 1;
              if (tail.content === 'none' || !sticksOut || !emblemThere)
                problems.push(`${bubble.id}: tail ${tail.left}/${tail.right}, emblem ${emblem.left}–${emblem.right}`);
            }
          }
          return problems;
        }, lang === 'ar');
        expect(wrong, `${room.id} (${lang})`).toEqual([]);
      }
    });
  }

  test('the speaker stays in view while their bubbles pass (wide screens)', async ({ page, viewport }) => {
    test.skip(isPhone(viewport?.width), 'laptop');
    await page.goto(roomPath('fr', 'information'));
    const station = page.locator('.wall .voice').first();
    await station.locator('.voice__more summary').click();
    await station.locator('.bubble').last().scrollIntoViewIfNeeded();
    await settledScrollY(page);
    await expect(station.locator('.voice__name')).toBeInViewport();
    await expect(station.locator('.voice__emblem')).toBeInViewport();
  });
});

test.describe('big rooms can be seen whole', () => {
  test('Culture: who is in it, each voice one tap from its station, a long station folded', async ({ page }) => {
    const room = readRoom('culture');
    await page.goto(roomPath('fr', room.id));
    const roster = page.getByRole('navigation', { name: ui('fr', 'room.roster') });
    const voices = roster.getByRole('link');
    const ids = [...new Set(room.cards.map((card) => card.speaker))];
    await expect(voices).toHaveCount(ids.length);
    // Each voice with its number of quotes.
    for (const [i, id] of ids.entries()) {
      const count = room.cards.filter((card) => card.speaker === id).length;
      await expect(voices.nth(i)).toContainText(speakers.get(id!)!.name);
      await expect(voices.nth(i)).toContainText(`${count} citation`);
    }
    // The last voice: one tap to its station.
    const last = speakers.get(ids.at(-1)!)!.name;
    await voices.last().click();
    const heading = page.getByRole('heading', { level: 2, name: last });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(page).toHaveURL(urlOf(roomPath('fr', room.id)));

    // A station of many bubbles shows the first four, and the rest one tap away.
    const station = page
      .locator('.wall .voice')
      .filter({ has: page.locator('.voice__more') })
      .first();
    const bubbles = station.locator('.bubble');
    const total = await bubbles.count();
    expect(total).toBeGreaterThan(5);
    await expect(station.locator('.bubble:visible')).toHaveCount(4);
    const more = station.locator('.voice__more summary');
    await expect(more).toContainText(`${total - 4} autres citations de`);
    await more.click();
    await expect(station.locator('.bubble:visible')).toHaveCount(total);
  });
});

test.describe('switching language keeps your place', () => {
  test.skip(({ viewport }) => isPhone(viewport?.width), 'laptop: the languages in a row');

  test('far down a room, another language opens at the same bubble', async ({ page }) => {
    const room = readRoom('culture');
    await page.goto(roomPath('fr', room.id));
    const bubbles = page.locator('.wall .bubble:visible');
    await bubbles.nth(20).scrollIntoViewIfNeeded();
    expect(await settledScrollY(page)).toBeGreaterThan(1500);
    const near = await bubbles.evaluateAll((all) => all.slice(15, 26).map((el) => el.id));
    // A click where the link is, as a visitor's (Playwright's own scrolls a sticky element "into
    // view", which moves the page first).
    const link = (await page.getByRole('banner').getByRole('link', { name: 'Deutsch' }).boundingBox())!;
    await page.mouse.click(link.x + link.width / 2, link.y + link.height / 2);
    await expect(page).toHaveURL(urlOf(roomPath('de', room.id)));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(roomTitle(room, 'de'));
    // The place the app took (the bubble nearest the top, where it was on screen): the one read.
    const taken = await page.evaluate(
      () => (history.state as { usr: { place: { id: string; top: number } } }).usr.place,
    );
    expect(near).toContain(taken.id);
    await expect
      .poll(() => page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, taken.id))
      .toBeCloseTo(taken.top, -1.5);
    await expect(page.locator(`#${taken.id}`)).toBeInViewport();
  });

  test('with a card open, the card in the other language, the wall behind it in place', async ({ page }) => {
    const room = readRoom('information');
    await page.goto(roomPath('fr', room.id));
    const bubble = page.locator('.wall .bubble:visible').nth(6);
    await bubble.scrollIntoViewIfNeeded();
    await settledScrollY(page);
    const id = (await bubble.getAttribute('id'))!;
    const top = await bubble.evaluate((el) => el.getBoundingClientRect().top);
    await bubble.locator('.bubble__open').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/${room.id}/`));
    await dialog.getByRole('button', { name: ui('en', 'card.close') }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator(`#${id}`)).toBeInViewport();
    expect(
      Math.abs((await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top)) - top),
    ).toBeLessThan(200);
  });
});

test('the search from every page: the header and the / key', async ({ page }) => {
  await page.goto(roomPath('fr', 'travail'));
  await expect(page.getByRole('banner').getByRole('link', { name: ui('fr', 'layout.search') })).toBeVisible();
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/fr\/recherche\/$/);
  await expect(page.getByRole('searchbox')).toBeFocused();
});
