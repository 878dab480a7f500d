/**
 * Shared fixtures of the end-to-end tests.
 *
 * - `test` fails any test during which a page of its browser context logged a console error or
 *   warning, or threw an uncaught error. A spec may allow a few known messages with
 *   `test.use({ allowedConsole: [/…/] })` (the not-found pages allow the 404 of a missing resource).
 * - Content helpers read data/*.json, so that tests know what the exhibition should show without
 *   hardcoding it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  test as base,
  expect as baseExpect,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Locator,
  type Page,
  type WebError,
} from '@playwright/test';

/** Web-first assertions with some slack: the test machine is small and shared. */
export const expect = baseExpect.configure({ timeout: 10_000 });

/**
 * `intervals` for `expect.poll`: every 25 ms. Its default backs off (100, 250, 500, 1000 ms), so a
 * page ready 120 ms after the first check was seen 350 ms later, on every page of the suites.
 */
export const POLL_EVERY = [25];

// ---------------------------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------------------------

export interface Correction {
  original: string;
  corrected: string;
  kind?: string;
  note?: string;
}

/** A public source, as data/rooms/*.json records it (shown as one line of citation). */
export interface Source {
  author?: string;
  title: string;
  outlet: string;
  date: string;
}

export interface ContextNote {
  about: string;
  /** 'sourced', 'differs' or 'unverified', as the page says it. */
  status: string;
  note: string;
  sources?: Source[];
}

export interface Card {
  id: string;
  speaker: string | null;
  text: string;
  lines: number[];
  attribution: { confidence: 'certain' | 'probable' | 'uncertain'; note?: string };
  corrections?: Correction[];
  context?: ContextNote[];
}

export interface Room {
  id: string;
  order: number;
  title: string;
  heading: { line: number; text: string };
  intro: string;
  cards: Card[];
}

export interface Speaker {
  id: string;
  name: string;
  role: string | null;
  organisation: string | null;
  note?: string;
}

export interface Hall {
  title: { line: number; text: string };
  name: string;
  place: string;
  date: string;
}

/** Tour order, as the brief states it; the JSON `order` fields must agree (checked in tour.spec). */
export const ROOM_IDS = ['environnement', 'education', 'travail', 'culture', 'information'] as const;

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

/**
 * A JSON file, parsed once per process and shared read-only: the helpers below are called for
 * every page of the exhibition (tests/dist).
 */
const parsedFiles = new Map<string, unknown>();
function readJsonFile<T>(file: string): T {
  if (!parsedFiles.has(file)) parsedFiles.set(file, JSON.parse(readFileSync(file, 'utf8')));
  return parsedFiles.get(file) as T;
}

/** A data file, a copy of its own for each caller (some tests edit what they read). */
function readJson<T>(relative: string): T {
  return structuredClone(readJsonFile<T>(`${dataDir}${relative}`));
}

/** Every room of data/rooms, in tour order (by their `order` field). */
export function readRooms(): Room[] {
  return readdirSync(`${dataDir}rooms`)
    .filter((name) => name.endsWith('.json'))
    .map((name) => readJson<Room>(`rooms/${name}`))
    .sort((a, b) => a.order - b.order);
}

export function readRoom(id: string): Room {
  const room = readRooms().find((r) => r.id === id);
  if (!room) throw new Error(`No room ${id} in data/rooms`);
  return room;
}

export function readSpeakers(): Map<string, Speaker> {
  const { speakers } = readJson<{ speakers: Speaker[] }>('speakers.json');
  return new Map(speakers.map((s) => [s.id, s]));
}

export function readHall(): Hall {
  return readJson<Hall>('hall.json');
}

/** The name a visitor reads for the speaker of a card (the "unnamed" label when there is none). */
export function speakerName(card: Card, lang = 'fr'): string {
  const speaker = card.speaker ? readSpeakers().get(card.speaker) : undefined;
  return speaker?.name ?? ui(lang, 'speaker.unnamed');
}

/** Every card of every room, with its room. */
export function allCards(): { room: Room; card: Card }[] {
  return readRooms().flatMap((room) => room.cards.map((card) => ({ room, card })));
}

/**
 * A prefix (at most 30 characters) of the quote as the wall displays it: corrected passages are
 * shown corrected, followed by a visually hidden note, so the prefix stops before the first one
 * (or is the corrected passage itself when the quote starts with one).
 */
/**
 * The text of each element as a visitor reads it (innerText: the CSS applied, hidden text left
 * out), as if scrolled to it: a room's bubbles off screen are not rendered (`content-visibility:
 * auto`), and Chromium gives no innerText for them until they are.
 */
export function readTexts(locator: Locator, inner?: string): Promise<(string | undefined)[]> {
  return locator.evaluateAll(
    (els, inner) =>
      els.map((el) => {
        // As the visitor reads it: a bubble off screen laid out, a folded station opened.
        const slot = el.closest<HTMLElement>('.bubble-slot');
        slot?.style.setProperty('content-visibility', 'visible');
        const folded = el.closest<HTMLDetailsElement>('details:not([open])');
        if (folded) folded.open = true;
        const text = (inner ? el.querySelector<HTMLElement>(inner) : (el as HTMLElement))?.innerText;
        if (folded) folded.open = false;
        slot?.style.removeProperty('content-visibility');
        return text;
      }),
    inner,
  );
}

export function displayedPrefix(card: Card, length = 30): string {
  const spots = (card.corrections ?? [])
    .map((c) => ({ c, at: card.text.indexOf(c.original) }))
    .filter((s) => s.at >= 0)
    .sort((a, b) => a.at - b.at);
  const first = spots[0];
  if (first && first.at === 0) return first.c.corrected.slice(0, length);
  const end = first ? Math.min(length, first.at) : length;
  return card.text.slice(0, end).trim();
}

export const roomPath = (lang: string, roomId: string) => `/${lang}/${roomId}/`;
export const cardPath = (lang: string, roomId: string, cardId: string) => `/${lang}/${roomId}/${cardId}/`;

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches a URL whose path is exactly `path` (any origin, no query or hash). */
export function urlOf(path: string): RegExp {
  return new RegExp(`^https?://[^/]+${escapeRegExp(path)}$`);
}

// ---------------------------------------------------------------------------------------------
// Languages: UI strings and content translations, read from the project's files
// ---------------------------------------------------------------------------------------------

type Tree = { [key: string]: string | Tree };

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));

function lookup(tree: Tree | undefined, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() ? node : undefined;
}

/** A UI string of the app in a language (src/i18n/locales/<lang>.json), with {{vars}} filled in. */
export function ui(lang: string, key: string, vars: Record<string, string | number> = {}): string {
  const strings = readJsonFile<Tree>(`${srcDir}i18n/locales/${lang}.json`);
  const text = lookup(strings, key);
  if (text === undefined) throw new Error(`No UI string ${key} in ${lang}.json`);
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** The content translation of a language (data/i18n/<lang>/content.json), if there is one. */
export function readTranslation(lang: string): Tree | undefined {
  if (lang === 'fr') return undefined;
  try {
    return readJsonFile<Tree>(`${dataDir}i18n/${lang}/content.json`);
  } catch {
    return undefined;
  }
}

export interface Shown {
  /** The text the visitor reads. */
  text: string;
  /** The language it is in: the page's when translated, French otherwise. */
  lang: string;
  /** True when a translation was expected but the French original stands in. */
  missing: boolean;
}

/** What a content text shows in a language: its translation, or the French original. */
export function shown(lang: string, key: string, french: string): Shown {
  if (lang === 'fr') return { text: french, lang: 'fr', missing: false };
  const text = lookup(readTranslation(lang), key);
  return text ? { text, lang, missing: false } : { text: french, lang: 'fr', missing: true };
}

/** A room's title as shown in a language. */
export function roomTitle(room: Room, lang: string): string {
  return shown(lang, `rooms.${room.id}.title`, room.title).text;
}

// ---------------------------------------------------------------------------------------------
// Page helpers
// ---------------------------------------------------------------------------------------------

/** The dialog of an open card. */
export function cardDialog(page: Page, speaker?: string) {
  return speaker ? page.getByRole('dialog', { name: `Citation de ${speaker}` }) : page.getByRole('dialog');
}

/**
 * The page's scroll once it has stopped moving (three frames alike): a jump far down a room finds
 * bubbles laid out only once near the view (`content-visibility: auto`), and the browser keeps what
 * is in view in place as they take their height (scroll anchoring), a frame or two later.
 */
export function settledScrollY(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = -1;
        let alike = 0;
        const frame = () => {
          const y = Math.round(window.scrollY);
          alike = y === last ? alike + 1 : 0;
          last = y;
          if (alike >= 3) resolve(y);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** The figure of a card on the wall of a room (its bubble may be folded: see showBubble). */
export function wallFigure(page: Page, card: Card) {
  return page.locator(`.wall figure#card-${card.id}`);
}

/** Opens every folded station of the room shown (its "n more from <name>"), as a visitor would. */
export async function unfoldStations(page: Page) {
  const folded = page.locator('.wall .voice__more:not([open]) > summary');
  while ((await folded.count()) > 0) await folded.first().click();
}

/**
 * Makes a card's bubble visible on the wall: a long station shows its first bubbles, the rest
 * behind "n more from <name>" (src/features/rooms/voice-station.tsx), which this opens.
 */
export async function showBubble(page: Page, card: Card) {
  const figure = page.locator(`.wall #card-${card.id}`);
  // Folded: inside a closed disclosure (not merely off screen, which content-visibility skips).
  if (!(await figure.evaluate((el) => Boolean(el.closest('details:not([open])'))))) return;
  await page
    .locator('.wall .voice', { has: page.locator(`#card-${card.id}`) })
    .locator('.voice__more summary')
    .click();
  await figure.scrollIntoViewIfNeeded();
  await baseExpect(figure).toBeVisible();
}

/**
 * The app has taken the page over (src/main.tsx marks it on <html>, once React has hydrated it);
 * a page without the app's script is ready as it is.
 */
export async function waitForApp(page: Page) {
  await page.waitForFunction(
    () => document.documentElement.dataset.hydrated === 'true' || !document.querySelector('script[type="module"][src]'),
    null,
    { timeout: 15_000 },
  );
}

/**
 * The page's own script (the app's entry), held back until `release` is called: the page as it is
 * before the app (a `goto` then waits for `commit` only: the script delays the load event).
 */
export async function holdTheApp(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * Resolves once the self-hosted faces of the page are loaded (not their stand-ins of global.css,
 * "Fraunces fallback" and the like, which are system fonts): Fraunces and Atkinson, or on an
 * Arabic page Noto Naskh Arabic, which sets it all.
 */
export async function fontsLoaded(page: Page) {
  await page.waitForFunction(
    () =>
      (document.documentElement.lang === 'ar'
        ? ['Noto Naskh Arabic Variable']
        : ['Fraunces Variable', 'Atkinson Hyperlegible Next Variable']
      ).every((family) => [...document.fonts].some((face) => face.family.includes(family) && face.status === 'loaded')),
    null,
    { timeout: 15_000 },
  );
}

// ---------------------------------------------------------------------------------------------
// QR codes
// ---------------------------------------------------------------------------------------------

const jsQR = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

/**
 * Once the service worker is installed, a reload puts the page under its control: what an offline
 * test needs before it cuts the network.
 */
export async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 })
    .toBe(true);
}

/** What a phone reads from a QR code (an inline SVG, drawn once its modules are there). */
export async function decodeQr(qr: Locator): Promise<string | undefined> {
  await baseExpect(qr.locator('path')).toHaveCount(1, { timeout: 10_000 });
  await qr.page().addScriptTag({ content: readFileSync(jsQR, 'utf8') });
  return qr.evaluate(async (svg) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 400;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, 400, 400);
    const pixels = context.getImageData(0, 0, 400, 400);
    const read = (
      window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
    ).jsQR;
    return read(pixels.data, 400, 400)?.data;
  });
}

// ---------------------------------------------------------------------------------------------
// Console guard
// ---------------------------------------------------------------------------------------------

interface Fixtures {
  /** Console messages (errors or warnings) a spec expects and allows. Empty by default. */
  allowedConsole: RegExp[];
  /** Whether `page.goto` and `page.reload` wait for the app to have taken the page over. */
  arriveAsVisitor: boolean;
  /** Collected console errors/warnings and uncaught page errors; must be empty at the end. */
  consoleProblems: string[];
}

export const test = base.extend<Fixtures, { tabOptions: BrowserContextOptions }>({
  // testInOneTab's tab: here, so that `test.use({ tabOptions })` holds in a file with both kinds.
  tabOptions: [{}, { scope: 'worker', option: true }],
  allowedConsole: [[], { option: true }],
  arriveAsVisitor: [true, { option: true }],
  page: async ({ page, javaScriptEnabled, arriveAsVisitor }, provide) => {
    if (javaScriptEnabled !== false) waitAfterLoads(page, arriveAsVisitor);
    await provide(page);
  },
  consoleProblems: [
    async ({ context, allowedConsole }, use, testInfo) => {
      const problems: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        const type = message.type();
        if (type !== 'error' && type !== 'warning') return;
        const text = message.text();
        if (allowedConsole.some((re) => re.test(text))) return;
        const where = message.location();
        problems.push(`[console.${type}] ${text}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
      };
      const onError = (webError: WebError) => {
        const error = webError.error();
        problems.push(`[pageerror] ${error.name}: ${error.message}`);
      };
      context.on('console', onConsole);
      context.on('weberror', onError);
      await use(problems);
      // The context may outlive the test (testInOneTab).
      context.off('console', onConsole);
      context.off('weberror', onError);
      if (problems.length > 0) await testInfo.attach('console-problems', { body: problems.join('\n') });
      expect(problems, 'no console error or warning, no uncaught page error').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Every page is shown in the exhibition's own fonts (preloaded): what a test measures is the page
 * laid out in them, never in the fonts this machine happens to have. A prerendered page is readable
 * at once; the app takes it over as soon as its script has run (src/main.tsx). After each
 * `page.goto` or `page.reload`, a test waits for the app (html[data-hydrated]), as a visitor waits
 * for the page to respond, and for the page's fonts; a page without the app's script (a feed,
 * JavaScript off) is ready when loaded. Specs about the page before the app set
 * `arriveAsVisitor: false`.
 */
function waitAfterLoads(page: Page, arriveAsVisitor: boolean) {
  const ready = async () => {
    if (arriveAsVisitor) await waitForApp(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await ready();
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    await ready();
    return response;
  };
}

interface Tab {
  context: BrowserContext;
  page: Page;
}

/**
 * `test`, with one browser tab per worker instead of one per test, for specs that load many pages
 * by their URL, a test per page. A new tab costs a renderer process: on this 2-core machine, about
 * three times a page load, most of such a test. Each test still loads its page by its URL (a new
 * document, taken over by React afresh) and has its own console guard; the tab's storage is
 * cleared after each test, and a failed test ends its worker (Playwright's rule), so a retry or
 * the next test starts in a new tab. The tab is the project's device with `tabOptions` on top
 * (`test.use({ tabOptions })` at the top of a spec file); a visitor's later pages come from
 * the HTTP cache, as they do for a visitor, and first visits are covered by the other specs.
 */
export const testInOneTab = test.extend<object, { tab: Tab }>({
  tab: [
    async ({ browser, tabOptions }, provide, workerInfo) => {
      const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale } = workerInfo.project.use;
      const context = await browser.newContext({
        viewport,
        userAgent,
        deviceScaleFactor,
        isMobile,
        hasTouch,
        locale,
        ...tabOptions,
      });
      const page = await context.newPage();
      waitAfterLoads(page, true);
      await provide({ context, page });
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ tab }, provide) => provide(tab.context),
  page: async ({ tab }, provide) => {
    await provide(tab.page);
    await tab.page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  },
});
