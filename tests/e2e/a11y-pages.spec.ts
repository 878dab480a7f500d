/**
 * Every page of the route table (dist-ssr/pages.json, written by the prerenderer from
 * src/app/route-pages.ts), in every language, in the browser: it opens, React takes it over,
 * nothing reaches the console (no error, no warning, no uncaught exception: fixtures.ts), and
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) finds nothing, in visitor mode and in kiosk mode.
 * What the prerendered files say (status, language, title, h1, the verbatim quote, links) is
 * checked without a browser, in seconds (tests/dist/prerendered-pages.test.ts).
 *
 * Visitor mode, one test per page, each loaded by its URL (a retry reruns that page only), in one
 * tab per worker (`testInOneTab`: a new tab would cost more than the page):
 * - every page that is not a card, in every language: hall, rooms (cards closed), speakers and
 *   each speaker, figures, search (empty, with results, and finding nothing but suggesting),
 *   catalogue, about, translations; and the not-found page;
 * - every French card, as a shared link opens it;
 * - in the other languages, every card is opened in the app, room by room (a load per card would
 *   take several times as long).
 * Kiosk mode: after the kiosk's start, the same pages in the app, in a few chunks per language.
 * Open cards are scanned by axe a share at a time: the ten language × mode runs together scan
 * every card of every room open, each exactly once. The kiosk's own screens (the attract loop,
 * the idle warning over an open card) are scanned too. Reduced motion, so that each page is
 * scanned in its final state (an open card reached with motion on is scanned once at the end).
 */
import type { Page } from '@playwright/test';
import { displayedPrefix, expect, readRoom, speakerName, test, testInOneTab } from './fixtures';
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

/** Language × mode runs; the axe scans of open cards are shared out between them. */
const RUNS = LANGS.length * MODES.length;
const runOf = (lang: string, mode: Mode) => LANGS.indexOf(lang) * MODES.length + MODES.indexOf(mode);

/**
 * The card ids of each room that run number `run` scans: every RUNS-th card of the room from
 * the run's number on, so that the runs together scan every card exactly once, each run in
 * every room (every room has at least RUNS cards; the test at the end checks the plan).
 */
function cardsOfRun(run: number): { room: string; cards: string[] }[] {
  return [...cardsByRoom].map(([room, cards]) => ({ room, cards: cards.filter((_, i) => i % RUNS === run) }));
}

/** Whether run `run` scans the card `cardId` of `room`. */
const scansCard = (run: number, room: string, cardId: string) =>
  cardsOfRun(run).some((r) => r.room === room && r.cards.includes(cardId));

test.use({
  contextOptions: { reducedMotion: 'reduce' },
  // The visitor's pages, one test each, share a tab per worker (fixtures.ts): the same settings.
  tabOptions: { reducedMotion: 'reduce', serviceWorkers: 'block' },
  // A trace snapshots the whole page at each of hundreds of calls (most of the run on a kiosk
  // screen); a failure here names the page and its violations instead.
  trace: 'off',
  // The service worker's precaching of the whole exhibition would compete with the scans, and
  // every load is then a first visit, as a shared link opened in a fresh browser.
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

const isRoom = (path: string) => depth(path) === 2 && pages.some((p) => p.path === path && p.route === 'room');

/**
 * Opens a page by its URL, or (`inApp`) by a navigation inside the running app, much cheaper than
 * a page load; waits until it is the app's page, in its final state. By its URL, the
 * page is served as itself and React takes the prerendered page over, in its language.
 */
async function open(page: Page, path: string, inApp = false) {
  if (inApp) {
    await goInApp(page, path);
  } else {
    const response = await page.goto(path);
    expect(response?.status(), `${path} is served`).toBe(200);
    await waitForApp(page, path);
    await expect(page.locator('html'), `${path} is taken over by React`).toHaveAttribute('data-hydrated', 'true');
    await expect(page, `${path} stays where it is`).toHaveURL(new RegExp(`${path.replace(/[.?]/g, '\\$&')}$`));
  }
  await expect(page.locator('html')).toHaveAttribute('lang', path.split('/')[1]!);
  await expect(page.getByRole('heading', { level: 1 }), `${path} has one h1`).toHaveCount(1);
  if (isRoom(path)) await expect(page.locator('.wall figure').first(), `${path}: the wall`).toBeVisible();
}

/** Scans a page, and a search page with results and with nothing found (suggestions) too. */
async function scanPage(page: Page, path: string, findings: Finding[]) {
  await scan(page, path, findings);
  if (!path.endsWith('/recherche/')) return;
  const lang = path.split('/')[1]!;
  // With results: a word of the French original matches in every language; in English, an
  // English word of the translations too.
  for (const word of lang === 'en' ? ['travail', 'water'] : ['travail']) {
    await page.getByRole('searchbox').fill(word);
    await expect(page.locator('.search__hits li').first(), `${path}?q=${word}: results`).toBeVisible();
    await scan(page, `${path}?q=${word}`, findings);
  }
  // Nothing found: the room on its theme and a close word, suggested.
  await page.getByRole('searchbox').fill('climat musqiue');
  await expect(page.locator('.search__suggest'), `${path}?q=climat musqiue: suggestions`).toHaveCount(2);
  await scan(page, `${path}?q=climat%20musqiue`, findings);
}

/** An open card: one dialog, focus inside it. */
async function expectOpenCard(page: Page, path: string) {
  const dialog = page.getByRole('dialog');
  await expect(dialog, `${path}: one open card`).toHaveCount(1);
  await expect(dialog.locator('[data-autofocus]'), `${path}: focus in the card`).toBeFocused();
}

test.describe('visitor mode', () => {
  for (const lang of LANGS) {
    const run = runOf(lang, 'visitor');
    const others = pages.filter((p) => p.lang === lang && !isCard(p));
    for (const { path } of others) {
      testInOneTab(`${path} opens, is taken over, stays silent; axe finds nothing`, async ({ page }) => {
        const findings: Finding[] = [];
        await open(page, path);
        await scanPage(page, path, findings);
        expect(findings, `axe violations:\n${report(findings)}`).toEqual([]);
      });
    }

    testInOneTab(`/${lang}/salle-inconnue/: the not-found page; axe finds nothing`, async ({ page }) => {
      // Not in the route table's pages, but a page all the same: a place that does not exist.
      const missing = `/${lang}/salle-inconnue/`;
      await page.goto(missing);
      await waitForApp(page, missing);
      const findings: Finding[] = [];
      await scan(page, missing, findings);
      expect(findings, `axe violations:\n${report(findings)}`).toEqual([]);
    });

    if (lang === 'fr') {
      // Every French card by its own address, as a shared link opens it.
      for (const [roomId, cardIds] of cardsByRoom) {
        const room = readRoom(roomId);
        for (const cardId of cardIds) {
          const path = `/${lang}/${roomId}/${cardId}/`;
          testInOneTab(
            `${path} opens, is taken over, stays silent${scansCard(run, roomId, cardId) ? '; axe finds nothing' : ''}`,
            async ({ page }) => {
              const card = room.cards.find((c) => c.id === cardId)!;
              await open(page, path);
              await expectOpenCard(page, path);
              const speaker = speakerName(card);
              const dialog = page.getByRole('dialog', { name: `Citation de ${speaker}` });
              await expect(dialog.locator('blockquote')).toContainText(displayedPrefix(card));
              await expect(dialog.locator('.verbatim')).toHaveText(card.text);
              await expect(page).toHaveTitle(`${speaker} · ${room.title} · Contre-sommet de l'IA · l'exposition`);
              if (scansCard(run, roomId, cardId)) expect(await axeViolations(page)).toEqual([]);
            },
          );
        }
      }
    } else {
      // The cards of each room in the app, one after the other.
      for (const [roomId, cardIds] of cardsByRoom) {
        testInOneTab(
          `/${lang}/${roomId}/: every card (${cardIds.length}) opens in the app and stays silent; axe finds nothing on its share`,
          async ({ page }) => {
            test.setTimeout(60_000 + cardIds.length * 5_000);
            const findings: Finding[] = [];
            for (const [i, cardId] of cardIds.entries()) {
              const path = `/${lang}/${roomId}/${cardId}/`;
              await open(page, path, i > 0);
              await expectOpenCard(page, path);
              if (scansCard(run, roomId, cardId)) await scan(page, path, findings);
            }
            expect(findings, `axe violations on open cards:\n${report(findings)}`).toEqual([]);
          },
        );
      }
    }
  }
});

test.describe('kiosk mode', () => {
  // The kiosk is a large touch screen.
  test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true });

  /** The pages of a language that are not cards, in chunks of similar weight. */
  function chunksOf(lang: string): { name: string; paths: string[] }[] {
    const mine = pages.filter((p) => p.lang === lang && !isCard(p));
    const speakers = mine.filter((p) => p.route === 'speaker').map((p) => p.path);
    const half = Math.ceil(speakers.length / 2);
    return [
      { name: 'hall, rooms and the pages beyond', paths: mine.filter((p) => p.route !== 'speaker').map((p) => p.path) },
      { name: 'speakers (1/2)', paths: speakers.slice(0, half) },
      { name: 'speakers (2/2)', paths: speakers.slice(half) },
    ];
  }

  for (const lang of LANGS) {
    // In the app after the kiosk's start, where nobody types a URL.
    for (const chunk of chunksOf(lang)) {
      test(`axe, ${lang}: ${chunk.name} (${chunk.paths.length} pages)`, async ({ page }) => {
        test.setTimeout(60_000 + chunk.paths.length * 20_000);
        await startKiosk(page);
        const findings: Finding[] = [];
        for (const path of chunk.paths) {
          await open(page, path, true);
          await scanPage(page, path, findings);
        }
        if (chunk.name.startsWith('hall')) {
          const missing = `/${lang}/salle-inconnue/`;
          await page.goto(missing);
          await waitForApp(page, missing);
          await scan(page, missing, findings);
        }
        expect(findings, `axe violations (kiosk, ${lang}):\n${report(findings)}`).toEqual([]);
      });
    }

    const plan = cardsOfRun(runOf(lang, 'kiosk'));
    const count = plan.reduce((n, r) => n + r.cards.length, 0);
    test(`axe, ${lang}: open cards, ${count} across ${plan.length} rooms`, async ({ page }) => {
      test.setTimeout(60_000 + count * 20_000);
      await startKiosk(page);
      const findings: Finding[] = [];
      for (const { room, cards } of plan) {
        for (const cardId of cards) {
          const path = `/${lang}/${room}/${cardId}/`;
          await open(page, path, true);
          await expectOpenCard(page, path);
          await scan(page, path, findings);
        }
      }
      expect(findings, `axe violations on open cards (kiosk, ${lang}):\n${report(findings)}`).toEqual([]);
    });
  }
});

test.describe('with motion', () => {
  test.use({ contextOptions: { reducedMotion: 'no-preference' } });

  test('axe: an open card reached by a click, once its opening has settled', async ({ page }) => {
    const room = [...cardsByRoom][0]!;
    const path = `/${LANGS[0]}/${room[0]}/`;
    await open(page, path);
    await page.locator(`#open-${room[1][0]}`).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('[data-autofocus]')).toBeFocused();
    // The shared-layout spring settles: the dialog's box is the same over ten frames.
    await expect
      .poll(() =>
        dialog.evaluate(
          (el) =>
            new Promise<boolean>((resolve) => {
              const boxes: string[] = [];
              const frame = () => {
                boxes.push(JSON.stringify(el.getBoundingClientRect()));
                if (boxes.length < 10) requestAnimationFrame(frame);
                else resolve(new Set(boxes).size === 1);
              };
              requestAnimationFrame(frame);
            }),
        ),
      )
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
