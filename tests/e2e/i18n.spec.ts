/**
 * Languages: `/` opens in French (or the language chosen before), the switcher keeps the visitor
 * where they are, the English pages have an English UI and say which texts are translations and
 * which are the French original (`lang` set accordingly).
 *
 * What the English pages should show is read from the project's files: UI strings from
 * src/i18n/locales/en.json, content translations from data/i18n/en/content.json (a text without
 * a translation must show the French original, marked lang="fr").
 */
import type { Page } from '@playwright/test';
import {
  cardDialog,
  cardPath,
  escapeRegExp,
  expect,
  readHall,
  readRooms,
  readTranslation,
  roomPath,
  roomTitle,
  shown,
  speakerName,
  test,
  ui,
  urlOf,
  readTexts,
} from './fixtures';

const rooms = readRooms();
const hall = readHall();
const room = rooms[0]!;
const card = room.cards[1]!;
const en = (key: string, vars?: Record<string, string | number>) => ui('en', key, vars);
/**
 * The notice an English room or card carries (short: the quotes come first): translated by the
 * project, or shown in the French original.
 */
const englishNotice = readTranslation('en') ? en('translation.pageNoticeShort') : en('content.fallback');

test.use({ contextOptions: { reducedMotion: 'reduce' } });

/** The language a text is read in: the `lang` of its closest element that has one. */
async function langOf(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((el) => el.closest('[lang]')?.getAttribute('lang') ?? ''));
}

async function expectEnglishCard(page: Page, arrived: 'opened' | 'switched') {
  await expect(page).toHaveURL(urlOf(cardPath('en', room.id, card.id)));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const dialog = page.getByRole('dialog', { name: en('card.dialogTitle', { speaker: speakerName(card, 'en') }) });
  await expect(dialog).toBeVisible();
  if (arrived === 'opened') {
    await expect(dialog.getByRole('button', { name: en('card.close') })).toBeFocused();
  } else {
    // Switching language inside the card keeps focus where it was: on the chosen language.
    await expect(
      dialog.getByRole('navigation', { name: en('language.label') }).getByRole('link', { name: 'English' }),
    ).toBeFocused();
  }
  await expect(dialog.getByRole('region', { name: en('card.attributionTitle') })).toBeVisible();
  await expect(dialog.getByRole('region', { name: en('card.recordTitle') })).toBeVisible();
  await expect(
    dialog.getByRole('button', { name: en('share.cardLabel', { speaker: speakerName(card, 'en') }) }),
  ).toBeVisible();
  // The quote: its translation, or the French original marked as French.
  const quote = shown('en', `cards.${card.id}.text`, card.text);
  const blockquote = dialog.locator('.bubble--open > blockquote');
  await expect(blockquote).toContainText(quote.text.slice(0, 30));
  expect(await langOf(page, '.dialog .bubble--open > blockquote')).toEqual([quote.lang]);
  // The verbatim record stays French, and is marked so.
  await expect(dialog.locator('.verbatim')).toHaveText(card.text);
  await expect(dialog.locator('.verbatim')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('note').filter({ hasText: englishNotice })).toBeVisible();
}

test.describe('a first visit to /', () => {
  test.use({ locale: 'fr-FR' });
  test('opens the French hall (French browser)', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(urlOf('/fr/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hall.title.text);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('link', { name: 'Commencer la visite' })).toBeVisible();
    await expect(page.getByRole('note')).toHaveCount(0);
  });
});

test.describe('a first visit to / from a browser in a language the exhibition does not speak', () => {
  test.use({ locale: 'ja-JP' });
  test('opens the French hall', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(urlOf('/fr/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});

test.describe('with a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('choosing English in the switcher on a card keeps room and card, shows the English UI; / then opens in English', async ({
    page,
  }) => {
    await page.goto(cardPath('fr', room.id, card.id));
    await expect(cardDialog(page, speakerName(card))).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    // The page behind the card is inert: the switcher to use is the one in the card.
    const dialog = cardDialog(page, speakerName(card));
    await dialog.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
    await expectEnglishCard(page, 'switched');

    // The choice is remembered: the root address now opens the English hall.
    await page.goto('/');
    await expect(page).toHaveURL(urlOf('/en/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the switcher on a card links to the same card in each language', async ({ page }) => {
    await page.goto(cardPath('fr', room.id, card.id));
    const dialog = cardDialog(page, speakerName(card));
    await expect(dialog).toBeVisible();
    const switcher = dialog.getByRole('navigation', { name: 'Langue' });
    await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute(
      'href',
      cardPath('en', room.id, card.id),
    );
    await expect(switcher.getByRole('link', { name: 'Français' })).toHaveAttribute(
      'href',
      cardPath('fr', room.id, card.id),
    );
    await expect(switcher.getByRole('link', { name: 'Français' })).toHaveAttribute('aria-current', 'true');
  });

  test('an English card opened directly: English UI, quote and record in the right language', async ({ page }) => {
    await page.goto(cardPath('en', room.id, card.id));
    await expectEnglishCard(page, 'opened');
  });

  test('choosing English in a room keeps the room, English UI, / then opens in English; and back to French', async ({
    page,
  }) => {
    await page.goto(roomPath('fr', room.id));
    await expect(page.getByRole('heading', { level: 1, name: room.title })).toBeVisible();
    await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();

    await expect(page).toHaveURL(urlOf(roomPath('en', room.id)));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const title = shown('en', `rooms.${room.id}.title`, room.title);
    await expect(page).toHaveTitle(`${title.text} · ${en('layout.siteName')}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(title.text);
    expect(await langOf(page, 'h1 > span:first-child')).toEqual([title.lang]);
    await expect(page.getByRole('note').filter({ hasText: englishNotice })).toBeVisible();
    await expect(page.getByRole('button', { name: en('share.roomLabel', { room: title.text }) })).toBeVisible();
    const neighbours = page.getByRole('navigation', { name: en('room.navLabel') });
    await expect(neighbours.getByRole('link', { name: en('room.backToHall') })).toBeVisible();
    await expect(
      neighbours.getByRole('link', {
        name: new RegExp(`^${escapeRegExp(en('room.next'))}\\s*${escapeRegExp(roomTitle(rooms[1]!, 'en'))}`),
      }),
    ).toBeVisible();
    // Every bubble's link, those of a folded station included.
    const openNames = await page
      .locator('.wall .bubble__open')
      .evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''));
    expect(openNames).toHaveLength(room.cards.length);
    expect(openNames.filter((name) => !name.startsWith('Open the quote by '))).toEqual([]);

    // Every quote on the wall: its translation (in the page's language) or the French original (lang="fr").
    const expected = room.cards.map((c) => shown('en', `cards.${c.id}.text`, c.text));
    expect(await langOf(page, '.wall .bubble > blockquote')).toEqual(expected.map((q) => q.lang));
    const texts = await readTexts(page.locator('.wall .bubble > blockquote'));
    for (const [i, q] of expected.entries()) expect(texts[i]).toContain(q.text.slice(0, 30));

    // Remembered: / opens in English.
    await page.goto('/');
    await expect(page).toHaveURL(urlOf('/en/'));
    await expect(page.getByRole('link', { name: en('hall.start') })).toBeVisible();

    // And back to French, in the same room.
    await page.goto(roomPath('en', room.id));
    await page
      .getByRole('navigation', { name: en('language.label') })
      .getByRole('link', { name: 'Français' })
      .click();
    await expect(page).toHaveURL(urlOf(roomPath('fr', room.id)));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(room.title);
    await expect(page.getByRole('note')).toHaveCount(0);
    await expect(page.locator('.wall .bubble__open[aria-label^="Ouvrir la citation de "]')).toHaveCount(
      room.cards.length,
    );
    await page.goto('/');
    await expect(page).toHaveURL(urlOf('/fr/'));
  });

  test('the English hall: English UI, notice, and the tour starts in English', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hall.title.text);
    // The summit's title is quoted from the French transcript.
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
    // The hall says it in full.
    await expect(page.getByRole('note').filter({ hasText: en('translation.pageNotice') })).toBeVisible();
    const plan = page.getByRole('navigation', { name: en('hall.planTitle') });
    await expect(plan.getByRole('link')).toHaveCount(rooms.length);
    for (const [i, r] of rooms.entries()) await expect(plan.getByRole('link').nth(i)).toContainText(roomTitle(r, 'en'));
    await page.getByRole('link', { name: en('hall.start') }).click();
    await expect(page).toHaveURL(urlOf(roomPath('en', room.id)));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(roomTitle(room, 'en'));
  });
});
