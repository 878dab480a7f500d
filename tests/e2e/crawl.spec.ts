/**
 * Every route of the route table in every language (dist-ssr/pages.json, written by the
 * prerenderer from src/app/route-pages.ts): each page opens as itself, React takes it over, and
 * nothing reaches the console — no error, no warning, no uncaught exception. Every page in
 * French; in the other languages every page but the cards, of which each language takes its
 * share, so that every card is opened in some translation too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

interface PageEntry {
  path: string;
  route: string;
  lang: string;
}

const pages = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../dist-ssr/pages.json', import.meta.url)), 'utf8'),
) as PageEntry[];

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

const isCard = (p: PageEntry) => p.route === 'room' && p.path.split('/').filter(Boolean).length === 3;
const translations = [...new Set(pages.map((p) => p.lang))].filter((lang) => lang !== 'fr');

function crawled(lang: string): PageEntry[] {
  const mine = pages.filter((p) => p.lang === lang);
  if (lang === 'fr') return mine;
  const share = translations.indexOf(lang);
  const cards = mine.filter(isCard);
  return mine.filter((p) => !isCard(p) || cards.indexOf(p) % translations.length === share);
}

// A few chunks per language, so that two workers share the crawl evenly.
const CHUNKS = 3;
for (const lang of [...new Set(pages.map((p) => p.lang))]) {
  const mine = crawled(lang);
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
}
