// What a visitor feels of each act: the delay from a tap, a key or a swipe to the next frame
// painted (Interaction to Next Paint), measured with the Event Timing API in Chromium, at the
// given CPU throttling, `repeats` times for each kind of act. For each act, the longest interaction
// it gave (an act is one interaction, a tap's pointerdown, pointerup and click together); Event
// Timing reports durations rounded to 8 ms, and none under 16 ms (counted as 16 ms).
import { withBrowser, MOBILE_VIEWPORT, DESKTOP_VIEWPORT } from './browser.mjs';
import { sleep, percentile, max } from './common.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').CDPSession} CDPSession */
/** @typedef {{ ms: number, event: string, input: number, processing: number }} Measure One act: its latency, the event behind it and that event's input delay and processing (ms). */
/**
 * Every act of a kind: one entry per act in each list, then their summary.
 * @typedef {{
 *   samples: number[], events: string[], inputs: number[], processings: number[],
 *   p75?: number, median?: number, worst?: number, worstEvent?: string, worstInput?: number, worstProcessing?: number,
 * }} ActResults
 */

/** @type {import('./browser.mjs').Viewport} */
export const KIOSK_VIEWPORT = { width: 1920, height: 1080 };
/** Event Timing reports no entry shorter than this (its smallest threshold). */
const FLOOR_MS = 16;

/** Installed in the page: every Event Timing entry that belongs to an interaction. */
const record = () => {
  const w = window;
  if (w.__inp) return;
  /** @type {{ entries: BenchInteraction[] }} */
  const rec = { entries: [] };
  w.__inp = rec;
  new PerformanceObserver((list) => {
    for (const e of /** @type {PerformanceEventTiming[]} */ (list.getEntries()))
      if (e.interactionId)
        rec.entries.push({
          id: e.interactionId,
          name: e.name,
          duration: e.duration,
          input: e.processingStart - e.startTime,
          processing: e.processingEnd - e.processingStart,
        });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true }); // FLOOR_MS (in the page)
};

/**
 * Runs `act` (which resolves once its effect is seen) and returns its interaction latency: the
 * longest interaction among the entries it produced, after the frame that followed was painted.
 * @param {Page} page
 * @param {() => Promise<unknown>} act
 * @returns {Promise<Measure>}
 */
async function measure(page, act) {
  // The recorder (record, above) is installed on each page before its acts: without it, a bench bug.
  const cursor = await page.evaluate(() => {
    if (!window.__inp) throw new Error('no interaction recorder in the page');
    return window.__inp.entries.length;
  });
  await act();
  // Entries are reported after the paint that ends them: two frames and a moment.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
  );
  const entries = await page.evaluate((from) => {
    if (!window.__inp) throw new Error('no interaction recorder in the page');
    return window.__inp.entries.slice(from);
  }, cursor);
  /** @type {Map<number, BenchInteraction>} */
  const byId = new Map();
  for (const e of entries)
    if (!byId.has(e.id) || /** @type {BenchInteraction} */ (byId.get(e.id)).duration < e.duration) byId.set(e.id, e);
  const worst = [...byId.values()].sort((a, b) => b.duration - a.duration)[0];
  return worst
    ? { ms: worst.duration, event: worst.name, input: worst.input, processing: worst.processing }
    : { ms: FLOOR_MS, event: '(under 16 ms)', input: 0, processing: 0 };
}

/**
 * Loads a page, starts the app (a first act, as a visitor would), waits for it and the network.
 * @param {Page} page
 * @param {string} url
 */
async function ready(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(record);
  await page.mouse.move(5, 300);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 30_000 });
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
  await sleep(1000);
}

/**
 * @param {CDPSession} cdp
 * @param {number} rate
 */
const throttle = (cdp, rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
/** @param {string} url */
const roomOf = (url) => new URL(url).pathname.split('/').filter(Boolean)[1];

/**
 * A quick horizontal finger movement on the wall, real touch events (as tests/e2e/phone.spec.ts).
 * The events are sent at once, in order, each stamped when the browser gets it: a swipe of the
 * browser's own speed, and an input delay measured from the lift of the finger as it really came.
 * @param {Page} page
 * @param {CDPSession} cdp
 * @param {string} direction 'left', or any other for right
 */
async function swipe(page, cdp, direction) {
  const wall = page.locator('.wall');
  await wall.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // The wall was just scrolled into view, and every bench page has a viewport: neither is null.
  const box = /** @type {{ y: number }} */ (await wall.boundingBox());
  const y = Math.max(box.y + 40, 120);
  const width = /** @type {import('./browser.mjs').Viewport} */ (page.viewportSize()).width;
  const [from, to] = direction === 'left' ? [width - 60, 60] : [60, width - 60];
  /** @param {number} x */
  const point = (x) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  /** @typedef {{ type: 'touchStart' | 'touchMove' | 'touchEnd', touchPoints: ReturnType<typeof point> }} TouchStep */
  /** @type {TouchStep[]} */
  const steps = [
    { type: 'touchStart', touchPoints: point(from) },
    ...[1, 2, 3, 4, 5, 6].map(
      /** @returns {TouchStep} */ (i) => ({ type: 'touchMove', touchPoints: point(from + ((to - from) * i) / 6) }),
    ),
    { type: 'touchEnd', touchPoints: [] },
  ];
  await Promise.all(steps.map((step) => cdp.send('Input.dispatchTouchEvent', step)));
}

/**
 * Waits until the address names another room than `before`.
 * @param {Page} page
 * @param {string} before
 */
const roomChanged = (page, before) =>
  page.waitForFunction((b) => window.location.pathname.split('/').filter(Boolean)[1] !== b, before, {
    timeout: 30_000,
  });

/**
 * Every kind of act, `repeats` times each, at `cpu`× throttling. Returns { name: { samples: [ms],
 * events: [name], p75, worst, ... } }. `onProgress(name, i)` after each act.
 */
/**
 * @param {string} origin
 * @param {{ cpu?: number, repeats?: number, onProgress?: (name: string, i: number) => unknown, rooms: string[] }} options
 */
export async function measureInteractions(origin, { cpu = 4, repeats = 30, onProgress = () => {}, rooms }) {
  /** @type {Record<string, ActResults>} */
  const out = {};
  /**
   * @param {string} name
   * @param {Measure} m
   */
  const add = (name, m) => {
    const r = (out[name] ??= { samples: [], events: [], inputs: [], processings: [] });
    r.samples.push(m.ms);
    r.events.push(m.event);
    r.inputs.push(m.input);
    r.processings.push(m.processing);
    onProgress(name, r.samples.length);
  };
  const budget = 120_000 + repeats * 20_000;

  // A phone: a card opened and closed by taps, rooms changed by swipes.
  await withBrowser(
    async ({ page, cdp }) => {
      await ready(page, `${origin}/fr/travail/`);
      await throttle(cdp, cpu);
      const opens = page.locator('.wall .bubble__open');
      const count = await opens.count();
      for (let i = 0; i < repeats; i++) {
        const open = opens.nth(i % count);
        await open.scrollIntoViewIfNeeded();
        add(
          'open a card (tap)',
          await measure(page, async () => {
            await open.tap();
            await page.locator('[role="dialog"]').waitFor({ state: 'visible', timeout: 30_000 });
          }),
        );
        await sleep(400);
        add(
          'close it (tap)',
          await measure(page, async () => {
            await page.locator('[role="dialog"] button[data-autofocus]').tap();
            await page.locator('[role="dialog"]').waitFor({ state: 'detached', timeout: 30_000 });
          }),
        );
        await sleep(400);
      }
      let direction = 'left';
      for (let i = 0; i < repeats; i++) {
        const before = roomOf(page.url());
        const index = rooms.indexOf(before);
        if (direction === 'left' && index === rooms.length - 1) direction = 'right';
        if (direction === 'right' && index === 0) direction = 'left';
        add(
          'next room (swipe)',
          await measure(page, async () => {
            await swipe(page, cdp, direction);
            await roomChanged(page, before);
          }),
        );
        await page.locator('.wall .bubble').first().waitFor({ timeout: 30_000 });
        await sleep(800);
      }
    },
    { viewport: MOBILE_VIEWPORT, phone: true, timeoutMs: budget * 2, what: 'interactions on a phone' },
  );

  // A laptop: rooms by key, the language switched, a search typed.
  await withBrowser(
    async ({ page, cdp }) => {
      await ready(page, `${origin}/fr/environnement/`);
      await throttle(cdp, cpu);
      let key = 'ArrowRight';
      for (let i = 0; i < repeats; i++) {
        const before = roomOf(page.url());
        const index = rooms.indexOf(before);
        if (key === 'ArrowRight' && index === rooms.length - 1) key = 'ArrowLeft';
        if (key === 'ArrowLeft' && index === 0) key = 'ArrowRight';
        add(
          'next room (key)',
          await measure(page, async () => {
            await page.keyboard.press(key);
            await roomChanged(page, before);
          }),
        );
        await sleep(800);
      }
      for (let i = 0; i < repeats; i++) {
        const lang = i % 2 ? 'fr' : 'en';
        const link = page.locator(`header a[hreflang="${lang}"]:visible`).first();
        add(
          'switch language (click)',
          await measure(page, async () => {
            await link.click();
            await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 30_000 });
          }),
        );
        await sleep(800);
      }
      await throttle(cdp, 1);
      await ready(page, `${origin}/fr/recherche/`);
      const box = page.locator('input[type="search"]');
      await box.click();
      // the index is loaded by the first search: not what a keystroke costs afterwards
      await box.pressSequentially('ia');
      await sleep(1500);
      await box.fill('');
      await sleep(500);
      await throttle(cdp, cpu);
      const word = 'intelligence artificielle travail culture ';
      for (let i = 0; i < repeats; i++) {
        const ch = word[i % word.length];
        add(
          'search keystroke',
          await measure(page, async () => {
            await page.keyboard.press(ch === ' ' ? 'Space' : ch);
          }),
        );
        await sleep(300);
      }
    },
    { viewport: DESKTOP_VIEWPORT, timeoutMs: budget * 2, what: 'interactions on a laptop' },
  );

  // A kiosk: the first touch on the attract loop, a fresh load each time.
  await withBrowser(
    async ({ page, cdp }) => {
      for (let i = 0; i < repeats; i++) {
        await page.goto(`${origin}/?kiosk&idle=86400`, { waitUntil: 'load' });
        await page.evaluate(record);
        await page.locator('.attract__wake').waitFor({ state: 'visible', timeout: 30_000 });
        await sleep(1500);
        await throttle(cdp, cpu);
        add(
          "kiosk's first touch",
          await measure(page, async () => {
            await page.touchscreen.tap(960, 540);
            await page.locator('.attract').waitFor({ state: 'detached', timeout: 30_000 });
          }),
        );
        await throttle(cdp, 1);
      }
    },
    {
      viewport: KIOSK_VIEWPORT,
      touch: true,
      timeoutMs: budget * 2,
      what: 'a kiosk first touch',
    },
  );

  for (const r of Object.values(out)) {
    r.p75 = percentile(r.samples, 75);
    r.median = percentile(r.samples, 50);
    r.worst = max(r.samples);
    const at = r.samples.indexOf(r.worst);
    r.worstEvent = r.events[at];
    r.worstInput = r.inputs[at];
    r.worstProcessing = r.processings[at];
  }
  return out;
}
