/**
 * Every page of the route table in French (dist-ssr/pages.json, written by the prerenderer from
 * src/app/route-pages.ts) — hall, rooms, every card, speakers, figures, search, catalogue, about —
 * opens as itself, React takes it over, and nothing reaches the console: no error, no warning, no
 * uncaught exception. In the other languages, every card is opened too, in the app (a load
 * per card would take several times as long); their other pages are loaded by the accessibility
 * scans (a11y-pages.spec.ts, every page but the cards in every language and mode), which fail on
 * the console the same way (fixtures.ts).
 */
import { goInApp, readPages, type PageEntry } from './a11y-helpers';
import { expect, test } from './fixtures';

const pages = readPages();

test.use({ contextOptions: { reducedMotion: 'reduce' } });

test('the route table lists every kind of page in every language', () => {
  const langs = new Set(pages.map((p) => p.lang));
  expect([...langs].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr']);
  for (const lang of langs) {
    const routes = new Set(pages.filter((p) => p.lang === lang).map((p) => p.route));
    expect([...routes].sort()).toEqual([
      'about',
      'catalogue',
      'figures',
      'hall',
      'room',
      'search',
      'speaker',
      'speakers',
      'translations',
    ]);
  }
});

// In a few chunks, so that two workers share the crawl evenly.
const CHUNKS = 3;
const lang = 'fr';
const mine = pages.filter((p) => p.lang === lang);
for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const part = mine.filter((_, i) => i % CHUNKS === chunk);
  test(`crawl ${lang} (${chunk + 1}/${CHUNKS}): ${part.length} pages open, hydrate and stay silent`, async ({
    page,
    consoleProblems,
  }) => {
    test.setTimeout(30_000 + part.length * 8_000);
    for (const { path } of part) {
      const before = consoleProblems.length;
      const response = await page.goto(path);
      expect(response?.status(), `${path} is served`).toBe(200);
      await expect(page.locator('html'), `${path} is taken over by React`).toHaveAttribute('data-hydrated', 'true');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 }), `${path} has one h1`).toHaveCount(1);
      expect(consoleProblems.slice(before), `console of ${path}`).toEqual([]);
    }
  });
}

const isCard = (p: PageEntry) => p.route === 'room' && p.path.split('/').filter(Boolean).length === 3;
for (const other of ['en', 'es', 'de', 'ar']) {
  const cards = pages.filter((p) => p.lang === other && isCard(p));
  test(`crawl ${other}: every card (${cards.length}) opens in the app and stays silent`, async ({
    page,
    consoleProblems,
  }) => {
    test.setTimeout(60_000 + cards.length * 3_000);
    expect(cards.length).toBeGreaterThan(100);
    for (const [i, { path }] of cards.entries()) {
      const before = consoleProblems.length;
      if (i === 0) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
      } else {
        await goInApp(page, path);
      }
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.getByRole('dialog'), `${path}: the card is open`).toHaveCount(1);
      expect(consoleProblems.slice(before), `console of ${path}`).toEqual([]);
    }
  });
}
