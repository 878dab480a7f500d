/**
 * Helpers of the accessibility specs (a11y-*, keyboard, reflow): the page
 * list of the route table, an axe scan with readable failures, kiosk start-up, and the waits
 * that make a scan see the page React has taken over rather than the prerendered HTML.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, POLL_EVERY } from './fixtures';

export interface PageEntry {
  path: string;
  /** The id of the route of src/app/router.tsx that serves it. */
  route: string;
  lang: string;
}

/**
 * Every page of the exhibition, as the prerenderer wrote it from the route table
 * (dist-ssr/pages.json; the build runs before the tests are loaded).
 */
export function readPages(): PageEntry[] {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL('../../dist-ssr/pages.json', import.meta.url)), 'utf8'),
  ) as PageEntry[];
}

const depth = (path: string) => path.split('/').filter(Boolean).length;

/**
 * One page of each kind in a language: the first page the route table lists for each route,
 * the rooms counted as two kinds (a room, and an open card).
 */
export function pageKinds(pages: PageEntry[], lang: string): { kind: string; path: string }[] {
  const kinds = new Map<string, string>();
  for (const p of pages.filter((p) => p.lang === lang)) {
    const kind = p.route === 'room' ? (depth(p.path) === 3 ? 'open card' : 'room') : p.route;
    if (!kinds.has(kind)) kinds.set(kind, p.path);
  }
  return [...kinds].map(([kind, path]) => ({ kind, path }));
}

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core as @axe-core/playwright ships it. It is injected once per document and run in place:
 * AxeBuilder injects its 500 kB again at every scan, and opens a blank page to merge frames
 * (the app has none), which made up most of a scan's time on a small machine.
 */
const axeSource = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe's violations on the page as it is now, one readable line per rule and element. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options: RunOptions = {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    // Only what fails: passes and incomplete checks are costly to gather.
    resultTypes: ['violations'],
  };
  const violations = await page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe;
    // axe gives up on the contrast of text over a background image ("bgGradient", left
    // incomplete): here the paper's dot pattern (1 px dots at 7 %) and the floor plan's hairlines,
    // behind most of the text. Set aside for the scan, the text is measured against the paper.
    const plain = document.createElement('style');
    plain.textContent = 'body, .floor-plan__doors, .attract { background-image: none !important; }';
    document.head.append(plain);
    const results = await axe.run(document, options).finally(() => plain.remove());
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
    }));
  }, options);
  return violations.flatMap((v) =>
    v.nodes.map((node) => {
      const why = node.summary.split('\n').slice(1).join(' ').trim() || v.help;
      return `${v.id} (${v.impact}): ${node.target} — ${why}`;
    }),
  );
}

/**
 * Waits until React has taken the prerendered page over: the page's h1 belongs to a React tree
 * (hydrated in place, or rendered afresh after a client-side navigation).
 */
export async function waitForApp(page: Page, what = page.url()): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const h1 = document.querySelector('main h1');
          return Boolean(h1 && Object.keys(h1).some((key) => key.startsWith('__reactFiber')));
        }),
      { message: `${what}: React takes the page over`, timeout: 20_000, intervals: POLL_EVERY },
    )
    .toBe(true);
}

/**
 * Goes to `path` inside the running app, without loading a page: the router follows the
 * history as it does on Back and Forward. Waits until the new page has replaced the old one:
 * for a card, its dialog is open; otherwise no dialog is, and the h1 is a new element, or has
 * another text, or the page's language changed (the hall's title is the French original in
 * every language), or a card was just closed.
 */
export async function goInApp(page: Page, path: string): Promise<void> {
  const segments = path.split('?')[0]!.split('/').filter(Boolean);
  const cardId = segments.length === 3 && segments[1] !== 'intervenants' ? segments[2]! : null;
  const before = await page.evaluate((path) => {
    if (`${location.pathname}${location.search}` === path) return null;
    const h1 = document.querySelector('main h1');
    h1?.setAttribute('data-left', '');
    const state = {
      text: h1?.textContent ?? '',
      lang: document.documentElement.lang,
      dialog: Boolean(document.querySelector('[role="dialog"]')),
    };
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
    return state;
  }, path);
  if (!before) return;
  await expect
    .poll(
      () =>
        page.evaluate(
          ({ path, before, cardId }) => {
            const h1 = document.querySelector('main h1');
            if (!h1 || `${location.pathname}${location.search}` !== path) return false;
            if (!Object.keys(h1).some((key) => key.startsWith('__reactFiber'))) return false;
            // The dialog's title carries the card's id (card-dialog.tsx).
            if (cardId) return Boolean(document.getElementById(`dialog-title-${cardId}`));
            if (document.querySelector('[role="dialog"]')) return false;
            return (
              before.dialog ||
              !h1.hasAttribute('data-left') ||
              h1.textContent !== before.text ||
              document.documentElement.lang !== before.lang
            );
          },
          { path, before, cardId },
        ),
      { message: `${path}: the app shows the page`, timeout: 20_000, intervals: POLL_EVERY },
    )
    .toBe(true);
}

/** Kiosk settings for the tests: the idle warning never comes (86 400 s is the longest allowed). */
export const KIOSK_START = '/?kiosk&idle=86400';

/**
 * Starts the kiosk for this browser context (its session state) and dismisses the attract loop,
 * as a visitor's first touch does. Later page loads in the same tab stay in kiosk mode. `start`:
 * the kiosk's address (another host, a base path).
 */
export async function startKiosk(page: Page, start = KIOSK_START): Promise<void> {
  await page.goto(start);
  await expect(page.locator('.attract__wake')).toBeVisible();
  // A touch anywhere wakes it (on pointer down, before any click lands on the button).
  const { width, height } = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.mouse.click(width / 2, height / 2);
  await expect(page.locator('.attract')).toHaveCount(0);
  await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
}

/** Whether the focused element shows a focus indicator: an outline or a box-shadow. */
export async function focusIndicator(page: Page): Promise<{ tag: string; visible: boolean; where: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', visible: false, where: 'nothing focused' };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = el.getBoundingClientRect();
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return {
      tag: el.tagName.toLowerCase(),
      visible: (outline || shadow) && rect.width > 0 && rect.height > 0,
      where: `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> "${name}"`,
    };
  });
}
