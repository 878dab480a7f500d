/**
 * Each prerendered page carries the rules of the stylesheet that its kind of page uses
 * (scripts/inline-style.ts), and links the whole stylesheet at the end of its body: the page is
 * painted before the stylesheet arrives, so what it carries must draw it exactly as the whole
 * stylesheet does, at a phone's width and at a laptop's. Compared here element by element (every
 * computed property, `::before` and `::after` included), the stylesheet held back (empty), then let in: a
 * difference would be a flash or a shift when it arrives.
 */
import type { Page } from '@playwright/test';
import { expect, readRoom, roomPath, test } from './fixtures';

const travail = readRoom('travail');
const card = travail.cards[0]!.id;
const PAGES = [
  '/fr/',
  roomPath('fr', travail.id),
  `${roomPath('fr', travail.id)}${card}/`,
  roomPath('ar', travail.id),
  `${roomPath('ar', travail.id)}${card}/`,
  '/en/intervenants/',
  '/de/a-propos/',
];
/**
 * Values that are the layout's rather than the style's (getComputedStyle gives the used size and
 * place of a rendered box): they differ with the bubbles off screen that content-visibility has or
 * has not laid out yet, whatever the stylesheet.
 */
const LAYOUT =
  /^(?:::\w+)?(?:(?:min-|max-)?(?:width|height|inline-size|block-size)|top|right|bottom|left|inset.*|margin.*|padding.*|grid-template-(?:rows|columns)|transform-origin|perspective-origin)$/;
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

// Nothing of the app: the page as it arrives, whatever the visitor does next.
test.use({ javaScriptEnabled: false });

/** Every element's computed style (its `::before` and `::after` too), in document order. */
async function computedStyles(page: Page, path: string, withStylesheet: boolean) {
  await page.unroute('**/assets/index-*.css');
  // Not there yet: as good as empty. (The faces' stylesheet, src/styles/fonts.css, comes either way.)
  if (!withStylesheet)
    await page.route('**/assets/index-*.css', (route) => route.fulfill({ contentType: 'text/css', body: '' }));
  await page.goto(path);
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')].map((element) => {
      const style: Record<string, string> = {};
      for (const pseudo of [null, '::before', '::after']) {
        const computed = getComputedStyle(element, pseudo);
        if (pseudo && computed.content === 'none') continue;
        for (const property of computed) style[`${pseudo ?? ''}${property}`] = computed.getPropertyValue(property);
      }
      return { element: `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`, style };
    }),
  );
}

for (const path of PAGES)
  test(`${path} is drawn by its own style as by the whole stylesheet`, async ({ page }) => {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      const own = await computedStyles(page, path, false);
      const whole = await computedStyles(page, path, true);
      expect(own.length).toBeGreaterThan(50);
      expect(own.map((e) => e.element)).toEqual(whole.map((e) => e.element));
      const differences = own.flatMap(({ element, style }, i) =>
        Object.keys({ ...style, ...whole[i]!.style })
          .filter((property) => !LAYOUT.test(property) && style[property] !== whole[i]!.style[property])
          .map((property) => `${element} ${property}: ${style[property]} → ${whole[i]!.style[property]}`),
      );
      expect(differences, `${viewport.width} px`).toEqual([]);
    }
  });
