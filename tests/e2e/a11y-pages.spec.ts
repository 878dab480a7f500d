/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) finds nothing on the pages of the route table
 * (dist-ssr/pages.json, written by the prerenderer from src/app/route-pages.ts), in every
 * language, in visitor mode and in kiosk mode:
 *
 * - every page that is not a card: hall, rooms (cards closed), speakers and each speaker,
 *   figures, search (empty, with results, and finding nothing but suggesting), catalogue, about,
 *   translations, not-found;
 * - open cards (a card's page is its open state): a few per room in each language and mode,
 *   shared out so that the ten language × mode runs together scan every card of every room
 *   open, each exactly once;
 * - the kiosk's own screens: the attract loop, and the idle warning over an open card.
 *
 * One browser page per test scans a chunk of pages: the first by its URL (in kiosk mode, after
 * the kiosk's start), the others by navigating inside the app, a third of the cost of a page
 * load (crawl.spec loads every page by its URL). A failure lists every page of the chunk with
 * its violations. Reduced motion, so that each page is scanned in its final state (an open
 * card reached with motion on is scanned once at the end).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations, goInApp, readPages, startKiosk, waitForApp, type PageEntry } from './a11y-helpers';

const pages = readPages();
const LANGS = [...new Set(pages.map((p) => p.lang))];
const MODES = ['visitor', 'kiosk'] as const;
type Mode = (typeof MODES)[number];

const depth = (path: string) => path.split('/').filter(Boolean).length;
const isCard = (p: PageEntry) => p.route === 'room' && depth(p.path) === 3;

/** The cards of each room, in wall order (the route table lists them so), by room path. */
const cardsByRoom = new Map<string, string[]>();
for (const p of pages.filter((p) => p.lang === LANGS[0] && isCard(p))) {
  const room = p.path.split('/')[2]!;
  cardsByRoom.set(room, [...(cardsByRoom.get(room) ?? []), p.path.split('/')[3]!]);
}

/** Language × mode runs; the cards are shared out between them. */
const RUNS = LANGS.length * MODES.length;

/**
 * The card ids of each room that run number `run` scans: every RUNS-th card of the room from
 * the run's number on, so that the runs together scan every card exactly once, each run in
 * every room (every room has at least RUNS cards; the test at the end checks the plan).
 */
function cardsOfRun(run: number): { room: string; cards: string[] }[] {
  return [...cardsByRoom].map(([room, cards]) => ({ room, cards: cards.filter((_, i) => i % RUNS === run) }));
}

/** The pages of a language that are not cards, in two chunks of similar weight. */
function chunksOf(lang: string): { name: string; paths: string[] }[] {
  const mine = pages.filter((p) => p.lang === lang && !isCard(p));
  const speakers = mine.filter((p) => p.route === 'speaker').map((p) => p.path);
  return [
    { name: 'hall, rooms and the pages beyond', paths: mine.filter((p) => p.route !== 'speaker').map((p) => p.path) },
    { name: 'speakers', paths: speakers },
  ];
}

test.use({
  contextOptions: { reducedMotion: 'reduce' },
  // A trace snapshots the whole page at each of hundreds of calls (most of the run on a kiosk
  // screen); a failure here names the page and its violations instead.
  trace: 'off',
  // The service worker's precaching of the whole exhibition would compete with the scans.
  serviceWorkers: 'block',
  // Playwright's notice when it blocks the service worker, and the not-found page's status.
  // (One expression: a two-item array would read as [value, options].)
  allowedConsole: [
    /^(Service Worker registration blocked by Playwright|Failed to load resource: the server responded with a status of 404 \(Not Found\))$/,
  ],
});

interface Finding {
  path: string;
  violations: string[];
}

function report(findings: Finding[]): string {
  return findings.map((f) => `${f.path}\n  ${f.violations.join('\n  ')}`).join('\n');
}

/** Scans the page as it is; records its violations under `path`. */
async function scan(page: Page, path: string, findings: Finding[]) {
  const violations = await axeViolations(page);
  if (violations.length > 0) findings.push({ path, violations });
}

/**
 * Opens a page by its URL, or (`inApp`) by a navigation inside the running app, which costs a
 * third of a page load; waits until it is the app's page, in its final state.
 */
async function open(page: Page, path: string, inApp = false) {
  if (inApp) {
    await goInApp(page, path);
  } else {
    const response = await page.goto(path);
    expect(response?.ok(), `${path} is served`).toBe(true);
    await waitForApp(page, path);
  }
  if (depth(path) === 2 && pages.some((p) => p.path === path && p.route === 'room'))
    await expect(page.locator('.wall figure').first(), `${path}: the wall`).toBeVisible();
}

/**
 * Starts a test's visit: in kiosk mode, the kiosk (which lands on its hall); then `first` by its
 * URL for a visitor, and in the app for the kiosk, where nobody types a URL.
 */
async function begin(page: Page, mode: Mode, first: string) {
  if (mode === 'kiosk') await startKiosk(page);
  await open(page, first, mode === 'kiosk');
}

for (const mode of MODES) {
  test.describe(`${mode} mode`, () => {
    // The kiosk is a large touch screen.
    if (mode === 'kiosk') test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true });

    LANGS.forEach((lang, langIndex) => {
      for (const chunk of chunksOf(lang)) {
        test(`axe, ${lang}: ${chunk.name} (${chunk.paths.length} pages)`, async ({ page }) => {
          test.setTimeout(60_000 + chunk.paths.length * 20_000);
          const findings: Finding[] = [];
          for (const [i, path] of chunk.paths.entries()) {
            if (i === 0) await begin(page, mode, path);
            else await open(page, path, true);
            await scan(page, path, findings);
            if (path.endsWith('/recherche/')) {
              // With results: a word of the French original matches in every language.
              await page.getByRole('searchbox').fill('travail');
              await expect(page.locator('.search__hits li').first(), `${path}?q=travail: results`).toBeVisible();
              await scan(page, `${path}?q=travail`, findings);
              // Nothing found: the room on its theme and a close word, suggested.
              await page.getByRole('searchbox').fill('climat musqiue');
              await expect(page.locator('.search__suggest'), `${path}?q=climat musqiue: suggestions`).toHaveCount(2);
              await scan(page, `${path}?q=climat%20musqiue`, findings);
            }
          }
          if (chunk.name.startsWith('hall')) {
            // Not in the route table's pages, but a page all the same: a place that does not exist.
            const missing = `/${lang}/salle-inconnue/`;
            await page.goto(missing);
            await waitForApp(page, missing);
            await scan(page, missing, findings);
          }
          expect(findings, `axe violations (${mode}, ${lang}):\n${report(findings)}`).toEqual([]);
        });
      }

      const run = langIndex * MODES.length + MODES.indexOf(mode);
      const plan = cardsOfRun(run);
      const count = plan.reduce((n, r) => n + r.cards.length, 0);
      test(`axe, ${lang}: open cards, ${count} across ${plan.length} rooms`, async ({ page }) => {
        test.setTimeout(60_000 + count * 20_000);
        const findings: Finding[] = [];
        const dialog = page.getByRole('dialog');
        for (const [r, { room, cards }] of plan.entries()) {
          for (const [i, cardId] of cards.entries()) {
            const path = `/${lang}/${room}/${cardId}/`;
            // The first by a deep link (for a visitor), the others in the app.
            if (r === 0 && i === 0) await begin(page, mode, path);
            else await open(page, path, true);
            await expect(dialog, `${path}: one open card`).toHaveCount(1);
            await expect(dialog.locator('[data-autofocus]'), `${path}: focus in the card`).toBeFocused();
            await scan(page, path, findings);
          }
        }
        expect(findings, `axe violations on open cards (${mode}, ${lang}):\n${report(findings)}`).toEqual([]);
      });
    });
  });
}

test.describe('with motion', () => {
  test.use({ contextOptions: { reducedMotion: 'no-preference' } });

  test('axe: an open card reached by a click, once its opening has settled', async ({ page }) => {
    const room = [...cardsByRoom][0]!;
    const path = `/${LANGS[0]}/${room[0]}/`;
    await open(page, path);
    await page.locator(`#open-${room[1][0]}`).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('[data-autofocus]')).toBeFocused();
    // The shared-layout spring settles: the dialog stops moving.
    await expect
      .poll(async () => {
        const a = await dialog.boundingBox();
        await page.waitForTimeout(150);
        const b = await dialog.boundingBox();
        return JSON.stringify(a) === JSON.stringify(b);
      })
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('kiosk screens', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true });

  test('axe: the attract loop, and the idle warning over an open card', async ({ page }) => {
    // Real time (axe needs running timers): the warning comes 3 s after the last touch and
    // stays 20 s, time enough for a scan.
    await page.goto('/?kiosk&idle=3');
    await expect(page.locator('.attract__wake')).toBeVisible();
    const findings: Finding[] = [];
    await scan(page, 'attract loop', findings);
    const [room, cards] = [...cardsByRoom][1]!;
    await page.touchscreen.tap(960, 540);
    await expect(page.locator('.attract')).toHaveCount(0);
    await goInApp(page, `/fr/${room}/${cards[0]}/`);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await scan(page, 'idle warning', findings);
    expect(findings, `axe violations on the kiosk's own screens:\n${report(findings)}`).toEqual([]);
  });
});

test('the card plan scans every card of every room once, each run in every room', () => {
  const plans = Array.from({ length: RUNS }, (_, run) => cardsOfRun(run));
  const scanned = plans.flatMap((plan) => plan.flatMap((r) => r.cards.map((c) => `${r.room}/${c}`)));
  const all = [...cardsByRoom].flatMap(([room, cards]) => cards.map((c) => `${room}/${c}`));
  expect(scanned.sort()).toEqual(all.sort());
  expect(plans.flatMap((plan) => plan.filter((r) => r.cards.length === 0).map((r) => r.room))).toEqual([]);
});
