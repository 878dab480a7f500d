/**
 * A search without dead ends (issue 25, point 9): a search that finds nothing suggests the rooms
 * on its theme and the words of the exhibition close to it, and the empty search page offers
 * examples — each a link, each leading somewhere, announced politely.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './a11y-helpers';
import { escapeRegExp, expect, readRoom, roomPath, roomTitle, test, ui, urlOf } from './fixtures';

const themes = JSON.parse(readFileSync(new URL('../../data/search-themes.json', import.meta.url), 'utf8')) as {
  examples: Record<string, string[]>;
};
const environment = readRoom('environnement');

test.use({ contextOptions: { reducedMotion: 'reduce' } });

const status = (page: Page) => page.getByRole('status');
const results = (page: Page) => page.locator('.search-hit');

/** Every link of `links` at least 44 px tall, a finger's width. */
async function expectTouchTargets(links: Locator) {
  for (const box of await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height)))
    expect(box).toBeGreaterThanOrEqual(44);
}

test('a theme no quote names leads to its room: « climat », in French', async ({ page }) => {
  await page.goto('/fr/recherche/?q=climat');
  await expect(status(page)).toHaveText(
    `${ui('fr', 'search.none', { query: 'climat' })} ${ui('fr', 'search.suggestRooms', { rooms: environment.title })}`,
  );
  await expect(results(page)).toHaveCount(0);
  const rooms = page.getByRole('region', { name: ui('fr', 'search.roomsHeading_one') });
  const link = rooms.getByRole('link', { name: new RegExp(`^${escapeRegExp(environment.title)}\\b`) });
  await expect(link).toHaveAttribute('href', roomPath('fr', environment.id));
  await expectTouchTargets(rooms.getByRole('link'));
  await link.click();
  await expect(page).toHaveURL(urlOf(roomPath('fr', environment.id)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(environment.title);
});

test('the same in English: « climate » leads to the Environment room', async ({ page }) => {
  const title = roomTitle(environment, 'en');
  await page.goto('/en/recherche/?q=climate');
  await expect(status(page)).toHaveText(
    `${ui('en', 'search.none', { query: 'climate' })} ${ui('en', 'search.suggestRooms', { rooms: title })}`,
  );
  await page
    .getByRole('region', { name: ui('en', 'search.roomsHeading_one') })
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(title)}\\b`) })
    .click();
  await expect(page).toHaveURL(urlOf(roomPath('en', environment.id)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('a typo too far for the search proposes a close word, which finds; back, the proposal is there again', async ({
  page,
}) => {
  await page.goto('/fr/recherche/?q=musqiue');
  await expect(status(page)).toHaveText(
    `${ui('fr', 'search.none', { query: 'musqiue' })} ${ui('fr', 'search.suggestWords', { words: 'musique' })}`,
  );
  const words = page.getByRole('region', { name: ui('fr', 'search.wordsHeading') });
  await expectTouchTargets(words.getByRole('link'));
  await words.getByRole('link', { name: 'musique', exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/recherche\/\?q=musique$/);
  await expect(page.getByRole('searchbox')).toHaveValue('musique');
  await expect(results(page).first()).toBeVisible();
  await expect(status(page)).toHaveText(/^\d+ résultats? · dans \d+ salles?$/);
  // The link followed is gone: focus is on the page's heading, as on arriving by a link.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('searchbox')).toHaveValue('musqiue');
  await expect(words.getByRole('link', { name: 'musique', exact: true })).toBeVisible();
});

test('the empty search page offers examples, each of which finds something', async ({ page }) => {
  test.setTimeout(90_000);
  const examples = themes.examples.fr!;
  await page.goto('/fr/recherche/');
  const region = page.getByRole('region', { name: ui('fr', 'search.examplesHeading') });
  await expect(region.getByRole('link')).toHaveText(examples);
  await expectTouchTargets(region.getByRole('link'));
  for (const example of examples) {
    await region.getByRole('link', { name: example, exact: true }).click();
    await expect(page.getByRole('searchbox')).toHaveValue(example);
    await expect(results(page).first(), example).toBeVisible();
    await expect(region).toHaveCount(0);
    await page.goBack();
    await expect(page.getByRole('searchbox')).toHaveValue('');
  }
});

test('a search with nothing close to it offers the examples', async ({ page }) => {
  await page.goto('/fr/recherche/?q=zzzqqqxxx');
  await expect(status(page)).toHaveText(ui('fr', 'search.none', { query: 'zzzqqqxxx' }));
  const region = page.getByRole('region', { name: ui('fr', 'search.examplesHeading') });
  await expect(region.getByRole('link')).toHaveText(themes.examples.fr!);
  await expect(page.locator('.search__suggest')).toHaveCount(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the examples are links all the same, in the prerendered page', async ({ page }) => {
    await page.goto('/fr/recherche/');
    const links = page.getByRole('region', { name: ui('fr', 'search.examplesHeading') }).getByRole('link');
    await expect(links).toHaveCount(themes.examples.fr!.length);
    for (const [i, example] of themes.examples.fr!.entries())
      await expect(links.nth(i)).toHaveAttribute('href', `/fr/recherche/?${new URLSearchParams({ q: example })}`);
  });
});

for (const lang of ['fr', 'ar'] as const) {
  test(`axe finds nothing where a search finds nothing but suggests (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/recherche/?q=${encodeURIComponent('climat musqiue')}`);
    await expect(page.locator('.search__suggest')).toHaveCount(2);
    expect(await axeViolations(page)).toEqual([]);
    if (lang === 'ar') {
      // Right to left: the room's number at the start of the line, on the right.
      const link = page.locator('.search__room-link').first();
      const number = await link.locator('.search__room-number').boundingBox();
      const title = await link.locator('.search__room-title').boundingBox();
      expect(number!.x).toBeGreaterThan(title!.x);
    }
  });
}
