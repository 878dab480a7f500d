/**
 * Right to left done properly (DESIGN.md, "Right to left"): in the Arabic pages, every Latin name,
 * organisation or acronym inside Arabic text is isolated (<bdi>, `dir`, `unicode-bidi: isolate`,
 * or an element in another language), or its brackets and punctuation flip and its lines break
 * in the wrong place; and the names under the quotes line up with the Arabic, on the right.
 */
import type { Locator, Page } from '@playwright/test';
import { allCards, cardPath, expect, readRooms, readTranslation, roomPath, test, testInOneTab } from './fixtures';

const rooms = readRooms();

// A page each test, read as it is: one tab per worker (fixtures.ts), without the service worker.
test.use({
  tabOptions: { serviceWorkers: 'block' },
  allowedConsole: [/^Service Worker registration blocked by Playwright$/],
});

/** A card whose Arabic texts (quote, notes, context) name something in Latin letters. */
function cardNamingInLatin() {
  const translated = readTranslation('ar')?.cards;
  const strings = (node: unknown): string[] =>
    typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(strings) : [];
  const found = allCards().find(({ card }) =>
    strings(typeof translated === 'object' ? translated[card.id] : undefined).some((text) => /[A-Za-z]{2,}/.test(text)),
  );
  if (!found) throw new Error('no Arabic card text names anything in Latin letters');
  return found;
}
const { room: cardRoom, card } = cardNamingInLatin();

const PAGES: { name: string; path: string; shown?: (page: Page) => Locator }[] = [
  { name: 'the hall', path: '/ar/' },
  ...rooms.map((room) => ({ name: `the room ${room.id}`, path: roomPath('ar', room.id) })),
  {
    name: `the card ${card.id}`,
    path: cardPath('ar', cardRoom.id, card.id),
    shown: (page: Page) => page.getByRole('dialog'),
  },
  { name: 'the speakers', path: '/ar/intervenants/' },
  { name: 'the about page', path: '/ar/a-propos/' },
];

for (const { name, path, shown } of PAGES) {
  testInOneTab(`Latin inside Arabic text is isolated: ${name}`, async ({ page }) => {
    await page.goto(path);
    await expect(shown ? shown(page) : page.locator('main h1')).toBeVisible();
    const bare = await page.evaluate(() => {
      const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;
      const LATIN = /[A-Za-z]{2,}/;
      /** A box of its own for the bidi algorithm (a block, a flex item, an inline-block), not a run in one. */
      const isParagraph = (el: Element) => !['inline', 'contents'].includes(getComputedStyle(el).display);
      /** The text `el` lays out itself: its own, without that of the boxes of its own inside it. */
      const ownText = (el: Element): string =>
        [...el.childNodes]
          .map((child) =>
            child instanceof Element
              ? isParagraph(child)
                ? ''
                : ownText(child)
              : child.nodeType === 3
                ? child.nodeValue
                : '',
          )
          .join('');
      /** Whether `el` makes what it holds a bidi island of its own. */
      const isolates = (el: Element) => {
        const lang = el.getAttribute('lang');
        return (
          el.tagName === 'BDI' ||
          el.hasAttribute('dir') ||
          (lang !== null && !lang.startsWith('ar')) ||
          ['isolate', 'isolate-override', 'plaintext'].includes(getComputedStyle(el).unicodeBidi)
        );
      };
      const found: string[] = [];
      for (const root of document.querySelectorAll('main, [role="dialog"]')) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // A name set apart by Unicode's own isolates (FSI … PDI, as `isolate()` writes them) is isolated.
          const text = (node.nodeValue ?? '').replace(/[\u2066-\u2068][^\u2069]*\u2069/g, '');
          const latin = LATIN.exec(text);
          if (!latin || node.parentElement?.closest('script, style, noscript, template')) continue;
          // Up to its paragraph: safe in an island that holds no Arabic (a block is one, in Chromium,
          // but one that holds the Arabic around the name does not set the name apart).
          let el = node.parentElement;
          let safe = false;
          while (el) {
            if (isolates(el) && !ARABIC.test(ownText(el))) safe = true;
            if (safe || isParagraph(el) || el === root) break;
            el = el.parentElement;
          }
          if (safe || !el || !ARABIC.test(ownText(el))) continue;
          const at = latin.index;
          const where = `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}>`;
          found.push(`${where} …${text.slice(Math.max(0, at - 20), at + 40).trim()}…`);
        }
      }
      return [...new Set(found)];
    });
    expect(bare, 'Latin runs inside Arabic text, not isolated').toEqual([]);
  });
}

for (const room of rooms) {
  testInOneTab(`the names under the quotes line up on the right: the room ${room.id}`, async ({ page }) => {
    await page.goto(roomPath('ar', room.id));
    await expect(page.locator('.wall figure')).toHaveCount(room.cards.length);
    const misaligned = await page.locator('.wall figcaption, .wall figcaption *').evaluateAll((els) =>
      els
        .filter((el) => !['inline', 'contents', 'none'].includes(getComputedStyle(el).display))
        .flatMap((el) => {
          const { textAlign, direction } = getComputedStyle(el);
          const right =
            textAlign === 'right' ||
            (textAlign === 'start' && direction === 'rtl') ||
            (textAlign === 'end' && direction === 'ltr');
          return right ? [] : [`<${el.tagName.toLowerCase()} class="${el.className}"> ${textAlign}/${direction}`];
        }),
    );
    expect([...new Set(misaligned)], 'captions not aligned on the right').toEqual([]);
  });
}
