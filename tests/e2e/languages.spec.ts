/**
 * Every language, as a visitor reads it: the same rooms and quotes as French, each quote in that
 * language and saying it is a translation, the French original one tap away, Arabic right to left.
 */
import { allCards, expect, readRooms, readTexts, shown, test, ui } from './fixtures';
import { correctedFrench } from './translations';

const LANGS = ['en', 'es', 'de', 'ar'] as const;

for (const lang of LANGS) {
  test(`${lang}: every room has the same quotes as in French, each in ${lang}, marked as a translation`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const room of readRooms()) {
      await page.goto(`/${lang}/${room.id}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        shown(lang, `rooms.${room.id}.title`, room.title).text,
      );
      const quotes = page.locator('figure.bubble > blockquote');
      await expect(quotes).toHaveCount(room.cards.length);
      const texts = await readTexts(quotes);
      const langs = await quotes.evaluateAll((nodes) => nodes.map((n) => n.closest('[lang]')?.getAttribute('lang')));
      room.cards.forEach((card, i) => {
        const expected = shown(lang, `cards.${card.id}.text`, correctedFrench(card)).text;
        expect(texts[i], card.id).toContain(expected.slice(0, 20));
        expect(expected, `${card.id} is translated`).not.toBe(correctedFrench(card));
        expect(langs[i], card.id).toBe(lang);
      });
      await expect(page.locator('figure.bubble').first()).toContainText(ui(lang, 'translation.badge'));
    }
  });
}

test('an Arabic card opened directly reads right to left, and shows the French original on a tap', async ({ page }) => {
  const { room, card } = allCards().find(({ card }) => card.corrections?.length)!;
  await page.goto(`/ar/${room.id}/${card.id}/`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('blockquote').first()).toHaveText(
    shown('ar', `cards.${card.id}.text`, correctedFrench(card)).text,
  );
  await expect(dialog).toContainText(ui('ar', 'translation.draft'));
  const toggle = dialog.getByRole('button', { name: ui('ar', 'translation.showOriginal') });
  const original = dialog.locator('.original');
  await expect(original).toBeHidden();
  await toggle.click();
  await expect(original).toBeVisible();
  await expect(original.locator('blockquote')).toHaveAttribute('lang', 'fr');
  await expect(original.locator('blockquote')).toContainText(card.corrections![0]!.corrected);
  await page.keyboard.press('o');
  await expect(original).toBeHidden();
  // Right to left: the layout is mirrored (the close button sits on the left).
  const close = await dialog.getByRole('button', { name: ui('ar', 'card.close') }).boundingBox();
  const box = await dialog.boundingBox();
  expect(close!.x - box!.x).toBeLessThan(box!.width / 2);
});

test('switching language on an open card keeps the card; the choice is remembered across a reload', async ({
  page,
}) => {
  const { room, card } = allCards()[40]!;
  await page.goto(`/fr/${room.id}/${card.id}/`);
  await page.getByRole('dialog').getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(new RegExp(`/de/${room.id}/${card.id}/$`));
  await expect(page.getByRole('dialog')).toContainText(ui('de', 'translation.badge'));
  await page.goto('/');
  await expect(page).toHaveURL(/\/de\/$/);
  await page.reload();
  await page.goto('/');
  await expect(page).toHaveURL(/\/de\/$/);
});

test('the page about the translations explains the choice, in each language', async ({ page }) => {
  for (const lang of ['fr', ...LANGS]) {
    await page.goto(`/${lang}/translations/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui(lang, 'aboutTranslations.title'));
    await expect(page.getByText(ui(lang, 'aboutTranslations.why'))).toBeVisible();
  }
});
