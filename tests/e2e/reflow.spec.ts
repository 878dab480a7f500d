/**
 * Reflow and target sizes (WCAG 1.4.4, 1.4.10, 2.5.8):
 *
 * - at 320 CSS px wide, and with text at 200 % (the root font size doubled, as Chromium's text
 *   size setting does), a page of each kind of the route table, search with results and the
 *   not-found page scroll only vertically (scrollWidth ≤ clientWidth) and clip no text: nothing
 *   sticks out of the viewport sideways, nothing is cut by an overflow or an ellipsis;
 * - every link and button of those pages is at least 44 × 44 px in kiosk mode and 24 × 24 px
 *   elsewhere; links inline in running text are exempt (2.5.8's inline exception).
 *
 * Contrast is axe's (a11y-pages.spec); motion is a11y-motion.spec's.
 */
import type { Page } from '@playwright/test';
import { expect, readRooms, test } from './fixtures';
import { goInApp, pageKinds, readPages, startKiosk, waitForApp } from './a11y-helpers';

const rooms = readRooms();
const room = rooms[2]!;
// A card with corrections and context notes: the fullest dialog.
const card = rooms
  .flatMap((r) => r.cards.map((c) => ({ r, c })))
  .find(({ c }) => c.corrections?.length && c.context?.length) ?? {
  r: room,
  c: room.cards[0]!,
};

test.use({
  contextOptions: { reducedMotion: 'reduce' },
  serviceWorkers: 'block',
  allowedConsole: [/^Service Worker registration blocked by Playwright$/],
});

/**
 * One page of each kind of the route table (the open card: the fullest one), search with
 * results, the not-found page; then right to left (a search suggesting too), and the longest
 * words (German).
 */
const PAGES = [
  ...pageKinds(readPages(), 'fr').map(({ kind, path }) => ({
    name: kind,
    path: kind === 'open card' ? `/fr/${card.r.id}/${card.c.id}/` : path,
  })),
  { name: 'search with results', path: '/fr/recherche/?q=travail' },
  { name: 'search suggesting (ar)', path: `/ar/recherche/?q=${encodeURIComponent('climat musqiue')}` },
  { name: 'not found', path: '/fr/nulle-part/' },
  { name: 'room (ar)', path: `/ar/${room.id}/` },
  { name: 'open card (de)', path: `/de/${card.r.id}/${card.c.id}/` },
];

/** Whether a path is an open card: /<lang>/<room>/<card>/ (a speaker's page is as deep). */
const isCard = (path: string) => {
  const segments = path.split('?')[0]!.split('/').filter(Boolean);
  return segments.length === 3 && rooms.some((r) => r.id === segments[1]);
};

/** What overflows sideways or is clipped, as readable lines; empty when the page reflows. */
async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`the page scrolls sideways: scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`);
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${text}"`;
    };
    const width = root.clientWidth;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('[aria-hidden="true"], .sr-only, [hidden], .skip-link, svg')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // Visually hidden on purpose, like .sr-only (a phone's arrow buttons keep their words so).
      if (style.clipPath === 'inset(50%)') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      // Out of the viewport sideways (a scrolling container's content is reachable: skip it).
      const scroller = el.parentElement?.closest<HTMLElement>('*');
      let inScroller = false;
      for (let p = scroller; p && p !== document.body; p = p.parentElement)
        if (/(auto|scroll)/.test(getComputedStyle(p).overflowX)) inScroller = true;
      if (hasText && !inScroller && (rect.left < -1 || rect.right > width + 1))
        problems.push(
          `${describe(el)} sticks out of the viewport (${Math.round(rect.left)}…${Math.round(rect.right)} of ${width})`,
        );
      // Clipped text: an overflow that hides content, or an ellipsis.
      const clipsX = /(hidden|clip)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const clipsY = /(hidden|clip)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if ((clipsX || clipsY) && (el.textContent ?? '').trim() !== '')
        problems.push(
          `${describe(el)} clips its content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
        );
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${describe(el)} is cut by an ellipsis`);
    }
    return problems;
  });
}

/** Opens `path`: by loading it (the first page, or a query in visitor mode), else in the app. */
async function openPage(page: Page, path: string, load: boolean) {
  if (load) {
    await page.goto(path);
    await waitForApp(page, path);
  } else {
    await goInApp(page, path);
  }
  if (path.includes('?q=')) await expect(page.locator('.search__hits li, .search__suggest').first()).toBeVisible();
  if (isCard(path)) await expect(page.getByRole('dialog')).toBeVisible();
}

test.describe('reflow at 320 CSS px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no sideways scrolling, no clipped text', async ({ page }) => {
    const problems: string[] = [];
    for (const [i, { name, path }] of PAGES.entries()) {
      await openPage(page, path, i === 0 || path.includes('?'));
      for (const p of await reflowProblems(page)) problems.push(`${name} ${path}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
});

test.describe('text at 200 %', () => {
  test('no sideways scrolling, no clipped text, on a laptop and a phone-width window', async ({ page }) => {
    const problems: string[] = [];
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 640, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      for (const [i, { name, path }] of PAGES.entries()) {
        await openPage(page, path, i === 0 || path.includes('?'));
        await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
        const size = await page.evaluate(
          () => getComputedStyle(document.querySelector('main p') ?? document.body).fontSize,
        );
        for (const p of await reflowProblems(page))
          problems.push(`${viewport.width} px, ${name} ${path} (text ${size}): ${p}`);
        await page.evaluate(() => (document.documentElement.style.fontSize = ''));
      }
    }
    expect(problems).toEqual([]);
  });
});

/**
 * Links and buttons smaller than `min` px in either dimension, and how many were measured;
 * inline links in running text are left out.
 */
async function smallTargets(page: Page, min: number): Promise<{ measured: number; small: string[] }> {
  return page.evaluate((min) => {
    const small: string[] = [];
    let measured = 0;
    for (const el of document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, summary, [role="button"]',
    )) {
      if (el.closest('[inert], [hidden], [aria-hidden="true"]')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.classList.contains('skip-link')) continue;
      // 2.5.8 exempts a target in a sentence: an inline link whose block holds other text.
      if (style.display === 'inline') {
        const block = el.parentElement?.closest('p, li, dd, td, blockquote, figcaption');
        const around = (block?.textContent ?? '').replace(el.textContent ?? '', '').trim();
        if (around.length > 0) continue;
      }
      measured++;
      if (rect.width < min || rect.height < min) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        small.push(
          `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${name}": ${Math.round(rect.width)}×${Math.round(rect.height)}`,
        );
      }
    }
    return { measured, small };
  }, min);
}

for (const mode of ['visitor', 'kiosk'] as const) {
  const min = mode === 'kiosk' ? 44 : 24;
  test.describe(`touch targets, ${mode} mode`, () => {
    if (mode === 'kiosk') test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true });

    test(`every link and button of every kind of page is at least ${min} × ${min} px`, async ({ page }) => {
      const problems: string[] = [];
      if (mode === 'kiosk') await startKiosk(page);
      // Every page above, and a room and an open card in English and Arabic.
      const places = [
        ...PAGES.map((p) => p.path).filter((path) => !path.startsWith('/ar/') && !path.startsWith('/de/')),
        `/en/${room.id}/`,
        `/ar/${card.r.id}/${card.c.id}/`,
      ];
      for (const [i, path] of places.entries()) {
        // The kiosk stays in its tab: every page in the app.
        await openPage(page, path, mode === 'visitor' && (i === 0 || path.includes('?')));
        const { measured, small } = await smallTargets(page, min);
        expect(measured, `${path}: links and buttons measured`).toBeGreaterThan(5);
        for (const p of small) problems.push(`${path}: ${p}`);
      }
      expect(problems, `targets under ${min} px`).toEqual([]);
    });
  });
}
