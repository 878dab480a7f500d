/**
 * The exhibition's own fonts (global.css, "Fonts"): every page, the first a visitor opens
 * included, is shown in them — preloaded with the page, served by the exhibition itself — so
 * that what a visitor sees and what the tests measure does not depend on the fonts of the
 * machine (a fresh one has only DejaVu).
 */
import { expect, readRoom, roomPath, test } from './fixtures';

const room = readRoom('environnement');

for (const lang of ['fr', 'ar'] as const) {
  test(`the first page is drawn in the exhibition's fonts, preloaded with it (${lang})`, async ({ page }) => {
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(new URL(request.url()).pathname);
    });
    await page.goto(roomPath(lang, room.id));
    // Named in the page (at the end of its body: fetched once the page has arrived).
    const preloaded = await page
      .locator('link[rel="preload"][as="font"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
    expect(preloaded, 'preloaded font files').toHaveLength(2);
    if (lang === 'ar')
      for (const subset of ['arabic', 'latin'])
        expect(preloaded.some((path) => path.includes(`noto-naskh-arabic-${subset}-`))).toBe(true);
    for (const path of preloaded) expect(fontRequests, `${path} fetched`).toContain(path);
    // Served by the exhibition, not another host.
    expect(fontRequests.every((path) => path.startsWith('/assets/'))).toBe(true);

    const used = await page.evaluate(() => {
      const family = (selector: string) => getComputedStyle(document.querySelector(selector)!).fontFamily;
      return {
        heading: family('main h1'),
        quote: family('.wall blockquote'),
        body: family('body'),
        loaded: [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family),
      };
    });
    const display = lang === 'ar' ? 'Noto Naskh Arabic Variable' : 'Fraunces Variable';
    expect(used.heading.split(',')[0]).toContain(display);
    expect(used.quote.split(',')[0]).toContain(display);
    expect(used.body.split(',')[0]).toContain(lang === 'ar' ? 'Noto Naskh Arabic Variable' : 'Atkinson Hyperlegible');
    // One typeface system: an Arabic page is set in Noto Naskh Arabic alone, its Latin names too.
    const families = ['Fraunces Variable', 'Atkinson Hyperlegible Next Variable', 'Noto Naskh Arabic Variable'];
    const loaded = new Set(used.loaded.map((name) => name.replace(/"/g, '')).filter((name) => families.includes(name)));
    expect(loaded, 'the exhibition faces loaded').toEqual(
      new Set(lang === 'ar' ? families.slice(2) : families.slice(0, 2)),
    );
  });
}
