// Playwright (playwright-core) measurements in Debian's Chromium: network log of a cold load,
// frame times during room transitions, and the kiosk soak.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { CHROME_PATH, CHROME_ARGS, tmpDir, rmDir, sleep, withTimeout, percentile, max } from './common.mjs';
import { distFile, gzipSize, rawSize } from './assets.mjs';

/** @typedef {{ width: number, height: number }} Viewport */
/** @typedef {{ errors: string[], warnings: string[] }} PageLog What the page logged: errors (uncaught or console), console warnings. */
/**
 * What withBrowser() hands its step.
 * @typedef {{
 *   context: import('playwright-core').BrowserContext,
 *   page: import('playwright-core').Page,
 *   cdp: import('playwright-core').CDPSession,
 *   log: PageLog,
 * }} Session
 */
/** @typedef {ReturnType<typeof frameStats>} FrameStats */

/** @type {Viewport} */
export const MOBILE_VIEWPORT = { width: 412, height: 823 };
/** @type {Viewport} */
export const DESKTOP_VIEWPORT = { width: 1350, height: 940 };

/**
 * A fresh headless Chromium with a throwaway profile; fn(context, page, cdp); always closed.
 * @template T
 * @param {(session: Session) => Promise<T>} fn
 * @param {{ viewport?: Viewport, timeoutMs?: number, what?: string, memory?: boolean, phone?: boolean, touch?: boolean }} [options]
 * @returns {Promise<T>}
 */
export async function withBrowser(
  fn,
  {
    viewport = DESKTOP_VIEWPORT,
    timeoutMs = 300_000,
    what = 'browser step',
    memory = false,
    phone = false,
    touch = false,
  } = {},
) {
  const profile = tmpDir('pw');
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROME_PATH,
      headless: true,
      args: [...CHROME_ARGS, ...(memory ? ['--enable-precise-memory-info'] : [])],
      viewport,
      ...(phone ? { isMobile: true, hasTouch: true } : touch ? { hasTouch: true } : {}),
      locale: 'fr-FR',
      timeout: 60_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(30_000);
    const log = { errors: /** @type {string[]} */ ([]), warnings: /** @type {string[]} */ ([]) };
    page.on('pageerror', (e) => log.errors.length < 20 && log.errors.push(String(e?.message ?? e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && log.errors.length < 20) log.errors.push(m.text());
      if (m.type() === 'warning' && log.warnings.length < 20) log.warnings.push(m.text());
    });
    const cdp = await context.newCDPSession(page);
    return await withTimeout(fn({ context, page, cdp, log }), timeoutMs, what);
  } finally {
    if (context) await withTimeout(context.close(), 30_000, 'closing Chromium').catch(() => {});
    rmDir(profile);
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Cold load: which requests happen before FCP / before the load event, and their gzip sizes.
// ---------------------------------------------------------------------------------------------

/**
 * Size of what the server sends for a same-origin file: gzip for text, raw for fonts/images.
 * @param {string} file
 */
function bodySize(file) {
  return /\.(woff2?|png|jpe?g|webp|avif|ico)$/i.test(file) ? rawSize(file) : gzipSize(file);
}

/**
 * A request of a cold load, from the DevTools protocol's Network events (timestamps in seconds).
 * @typedef {{
 *   url: string, type?: string, ts: number, loaderId: string, blocking?: string, initiator?: string,
 *   redirected?: boolean, status?: number, fromSW?: boolean, done?: number, encoded?: number,
 * }} LoadRequest
 */
/**
 * A request of a cold load with its path, its file in dist/ and what the server sent of it.
 * @typedef {LoadRequest & {
 *   path: string, sameOrigin: boolean | null, file: string | null, size: number, beforeFcp: boolean, beforeLoad: boolean,
 * }} LoadRow
 */

/**
 * @param {string} origin
 * @param {string} pagePath
 * @param {string} distDir
 * @param {{ viewport?: Viewport, settleMs?: number }} [options]
 */
export async function profileLoad(origin, pagePath, distDir, { viewport = MOBILE_VIEWPORT, settleMs = 3000 } = {}) {
  return withBrowser(
    async ({ page, cdp, log }) => {
      /** @type {Map<string, LoadRequest>} */
      const reqs = new Map();
      /** @type {{ name: string, loaderId: string, timestamp: number }[]} */
      const lifecycle = [];
      cdp.on('Network.requestWillBeSent', (e) => {
        if (reqs.has(e.requestId) && e.redirectResponse)
          /** @type {LoadRequest} */ (reqs.get(e.requestId)).redirected = true;
        reqs.set(e.requestId, {
          url: e.request.url,
          type: e.type,
          ts: e.timestamp,
          loaderId: e.loaderId,
          blocking: e.renderBlockingBehavior,
          initiator: e.initiator?.type,
        });
      });
      cdp.on('Network.responseReceived', (e) => {
        const r = reqs.get(e.requestId);
        if (r) Object.assign(r, { status: e.response.status, fromSW: e.response.fromServiceWorker });
      });
      cdp.on('Network.loadingFinished', (e) => {
        const r = reqs.get(e.requestId);
        if (r) Object.assign(r, { done: e.timestamp, encoded: e.encodedDataLength });
      });
      cdp.on('Page.lifecycleEvent', (e) => lifecycle.push(e));
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Page.enable');
      await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
      await page.goto(origin + pagePath, { waitUntil: 'load' });
      // let post-load fetches (lazy chunks, service worker registration) show up, bounded
      const t0 = Date.now();
      let lastCount = -1;
      while (Date.now() - t0 < settleMs * 3) {
        await sleep(settleMs / 3);
        if (reqs.size === lastCount) break;
        lastCount = reqs.size;
      }
      const paint = await page.evaluate(() => {
        const nav = /** @type {PerformanceNavigationTiming | undefined} */ (
          performance.getEntriesByType('navigation')[0]
        );
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return { fcp: fcp?.startTime, load: nav?.loadEventStart, dcl: nav?.domContentLoadedEventStart };
      });
      // lifecycle events of the page's own document (not of the about:blank before it)
      const doc = [...reqs.values()].find((r) => r.type === 'Document' && r.url.startsWith(origin));
      /** @param {string} name */
      const event = (name) =>
        lifecycle.find((e) => e.name === name && (!doc || e.loaderId === doc.loaderId))?.timestamp ?? NaN;
      let fcpTs = event('firstContentfulPaint');
      let loadTs = event('load');
      // fall back on the Paint / Navigation Timing APIs (ms since the navigation started)
      if (!Number.isFinite(fcpTs) && doc && Number.isFinite(paint.fcp)) fcpTs = doc.ts + paint.fcp / 1000;
      if (!Number.isFinite(loadTs) && doc && Number.isFinite(paint.load))
        loadTs = doc.ts + /** @type {number} */ (paint.load) / 1000;
      const origins = new Set([origin]);
      const rows = [...reqs.values()].map(
        /** @returns {LoadRow} */ (r) => {
          /** @type {URL | null} */
          let u;
          try {
            u = new URL(r.url);
          } catch {
            u = null;
          }
          const sameOrigin = u && origins.has(u.origin);
          const file = u && sameOrigin ? distFile(distDir, u.pathname) : null;
          return {
            ...r,
            path: u ? u.pathname + u.search : r.url,
            sameOrigin,
            file,
            size: file && fs.existsSync(file) ? bodySize(file) : NaN,
            beforeFcp: r.ts <= fcpTs,
            beforeLoad: r.ts <= loadTs,
          };
        },
      );
      return {
        rows,
        paint,
        errors: log.errors,
        warnings: log.warnings,
        hasFcp: Number.isFinite(fcpTs),
        hasLoad: Number.isFinite(loadTs),
      };
    },
    { viewport, timeoutMs: 90_000, what: `load profile of ${pagePath}` },
  );
}

/**
 * From a load profile: initial JS/CSS actually requested, and bytes before the first quote is readable.
 * @param {{ rows: LoadRow[] }} profile
 */
export function summariseLoad(profile) {
  const { rows } = profile;
  /** @param {LoadRow[]} xs */
  const sum = (xs) => xs.reduce((s, r) => s + (Number.isFinite(r.size) ? r.size : 0), 0);
  const doc = rows.find((r) => r.type === 'Document');
  const js = rows.filter((r) => r.type === 'Script' && !r.fromSW);
  const css = rows.filter((r) => r.type === 'Stylesheet');
  const fonts = rows.filter((r) => r.type === 'Font');
  const jsBeforeLoad = js.filter((r) => r.beforeLoad);
  const jsAfterLoad = js.filter((r) => !r.beforeLoad);
  const blockingCss = css.filter((r) => r.blocking === 'Blocking' || (r.blocking == null && r.beforeFcp));
  const fontsBeforeFcp = fonts.filter((r) => r.beforeFcp);
  // The fonts swap in (font-display: swap): the first quote is readable without them.
  const readable = /** @type {LoadRow[]} */ ([doc, ...blockingCss].filter(Boolean));
  return {
    doc,
    js,
    jsBeforeLoad,
    jsAfterLoad,
    css,
    blockingCss,
    fonts,
    fontsBeforeFcp,
    readable,
    bytes: {
      html: doc ? doc.size : NaN,
      jsBeforeLoad: sum(jsBeforeLoad),
      jsAfterLoad: sum(jsAfterLoad),
      cssBlocking: sum(blockingCss),
      fontsBeforeFcp: sum(fontsBeforeFcp),
      fontsAll: sum(fonts),
      readable: sum(readable),
    },
    other: rows.filter(
      (r) => !(/** @type {(string | undefined)[]} */ (['Document', 'Script', 'Stylesheet', 'Font']).includes(r.type)),
    ),
    nonLoopback: rows.filter((r) => !r.sameOrigin && !/^(data|blob):/.test(r.url)),
  };
}

// ---------------------------------------------------------------------------------------------
// Frame-time probe, installed in the page: real requestAnimationFrame deltas and long tasks.
// `real` is the name of a window property holding the page's own rAF (saved before any clock fake).
// ---------------------------------------------------------------------------------------------
const startProbe = () => {
  const w = window;
  const raf = w.__benchReal?.raf ?? w.requestAnimationFrame.bind(w);
  /** @type {BenchProbe} */
  const probe = { frames: [], longTasks: [], stop: false };
  w.__benchProbe = probe;
  try {
    probe.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push(e.duration);
    });
    probe.observer.observe({ type: 'longtask', buffered: false });
  } catch {
    probe.longTaskUnsupported = true;
  }
  let last = 0;
  /** @param {number} t */
  const tick = (t) => {
    if (probe.stop) return;
    if (last) probe.frames.push(t - last);
    last = t;
    raf(tick);
  };
  raf(tick);
};
const stopProbe = () => {
  const p = window.__benchProbe;
  if (!p) throw new Error('no frame probe in the page');
  p.stop = true;
  p.observer?.disconnect();
  return { frames: p.frames, longTasks: p.longTasks, longTaskUnsupported: !!p.longTaskUnsupported };
};

/**
 * Frame times and long tasks (ms) of a probe, summed up.
 * @param {{ frames: number[], longTasks: number[] }} probe
 */
export function frameStats({ frames, longTasks }) {
  return {
    frames: frames.length,
    p50: percentile(frames, 50),
    p95: percentile(frames, 95),
    max: max(frames),
    over50: frames.filter((x) => x > 50).length,
    longTasks: longTasks.length,
    longTaskMax: max(longTasks),
    longTaskTotal: longTasks.reduce((s, x) => s + x, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Room transitions: ArrowRight/ArrowLeft on a room page, at 4× CPU throttling.
// ---------------------------------------------------------------------------------------------
/**
 * @param {string} origin
 * @param {string} startPath
 * @param {{ presses?: number, interval?: number, cpu?: number, roomOrder: string[], warmupMs?: number }} options
 */
export async function roomTransitions(
  origin,
  startPath,
  { presses = 30, interval = 800, cpu = 4, roomOrder, warmupMs = 1500 },
) {
  return withBrowser(
    async ({ page, cdp, log }) => {
      await page.goto(origin + startPath, { waitUntil: 'load' });
      // The app has taken the room over (a build with a boot script starts it at the visitor's first
      // act: the mouse moves), and the transitions measured are the app's, not its start. Then the
      // network settles, a pause.
      await page.mouse.move(200, 200);
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, {
        timeout: 15_000,
      });
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
      await sleep(warmupMs);
      if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      await page.evaluate(startProbe);
      // ping-pong across the rooms, from where the page really is: right to the last room, left
      // back to the first, … (a press that did not move the room does not desynchronise it)
      /** @param {string} u */
      const roomIndex = (u) => roomOrder.indexOf(new URL(u).pathname.split('/').filter(Boolean)[1]);
      let dir = 1;
      /** @type {{ from: number, expected: number, to?: number }[]} */
      const moves = []; // room indexes, `to` seen just before the next press
      const t0 = Date.now();
      for (let i = 0; i <= presses; i++) {
        await sleep(Math.max(0, t0 + (i + 1) * interval - Date.now()));
        const pos = roomIndex(page.url());
        if (i > 0) moves[i - 1].to = pos;
        if (i === presses) break;
        if (pos >= 0 && (pos + dir < 0 || pos + dir >= roomOrder.length)) dir = -dir;
        moves.push({ from: pos, expected: pos + dir });
        await page.keyboard.press(dir > 0 ? 'ArrowRight' : 'ArrowLeft');
      }
      const moved = moves.filter((m) => m.to !== m.from).length;
      const asExpected = moves.filter((m) => m.to === m.expected).length;
      const elsewhere = moves.filter((m) => m.to !== m.from && m.to !== m.expected).length;
      const raw = await page.evaluate(stopProbe);
      if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      return {
        ...frameStats(raw),
        presses,
        moved,
        asExpected,
        elsewhere,
        endUrl: page.url(),
        durationMs: Date.now() - t0,
        errors: log.errors,
        warnings: log.warnings,
        longTaskUnsupported: raw.longTaskUnsupported,
      };
    },
    { viewport: DESKTOP_VIEWPORT, timeoutMs: 60_000 + presses * interval * 2, what: 'room transitions' },
  );
}

/**
 * The floor under the room transitions: the browser alone, with none of the app's script running
 * (no act, so the boot never starts the app), puts a room's prerendered content in place of the
 * room on screen, in one task, at the same CPU throttling — the same elements and styles a room
 * change of the app ends with. Each room is first shown once (its text then laid out before, as
 * in the transitions, which visit every room), then the rooms are cycled; the longest task of
 * each change is recorded.
 * @param {string} origin
 * @param {string[]} roomPaths
 * @param {{ cpu?: number, rounds?: number }} [options]
 */
export async function roomChangeFloor(origin, roomPaths, { cpu = 4, rounds = 3 } = {}) {
  return withBrowser(
    async ({ page, cdp }) => {
      await page.goto(origin + roomPaths[0], { waitUntil: 'load' });
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
      /** @param {string} path */
      const show = (path) =>
        page.evaluate(async (address) => {
          const html = await (await fetch(address)).text();
          const next = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
          const main = document.querySelector('main');
          if (!next || !main) throw new Error(`no <main> in ${address}`);
          /** @type {number[]} */
          const tasks = [];
          const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
          observer.observe({ type: 'longtask' });
          await new Promise((resolve) => requestAnimationFrame(resolve));
          main.replaceChildren(...[...next.childNodes].map((node) => document.importNode(node, true)));
          window.scrollTo(0, 0);
          // Two frames and a pause: the change painted, its long task reported.
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          await new Promise((resolve) => setTimeout(resolve, 300));
          observer.disconnect();
          return tasks.length ? Math.max(...tasks) : 0;
        }, path);
      for (const path of roomPaths) await show(path);
      if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      const longest = [];
      for (let round = 0; round < rounds; round++) for (const path of roomPaths) longest.push(await show(path));
      return {
        changes: longest.length,
        median: percentile(longest, 50),
        max: max(longest),
        over50: longest.filter((x) => x > 50).length,
      };
    },
    { viewport: DESKTOP_VIEWPORT, timeoutMs: 120_000, what: 'room change floor' },
  );
}

/**
 * A visitor's first tap on a phone: a room page opened, left alone until the app has taken it over
 * (or, in a build with a boot script, until the boot has had the app's code fetched into the
 * cache), then, at the given CPU throttling, a tap on its
 * first card's Open link, which the app answers once it has taken the page over. Measured in the
 * page, from the tap to the first frame where the open card is seen (in the document, not
 * transparent). Each run is a fresh browser.
 * @param {string} origin
 * @param {string} pagePath
 * @param {{ cpu?: number, runs?: number }} [options]
 */
export async function firstTap(origin, pagePath, { cpu = 4, runs = 3 } = {}) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    times.push(
      await withBrowser(
        async ({ page, cdp }) => {
          await page.goto(origin + pagePath, { waitUntil: 'load' });
          await page.waitForFunction(
            () => {
              const metas = /** @type {NodeListOf<HTMLMetaElement>} */ (
                document.querySelectorAll('meta[name$="-chunks"]')
              );
              const listed = [...metas].flatMap((meta) => meta.content.split(' ').filter(Boolean));
              const done = new Set(
                /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'))
                  .filter((entry) => entry.responseEnd > 0)
                  .map((entry) => new URL(entry.name).pathname),
              );
              // A build without a boot script (no lists): its app takes the page over by itself.
              if (!listed.length) return document.documentElement.dataset.hydrated === 'true';
              return listed.every((href) => done.has(href));
            },
            undefined,
            { timeout: 20_000 },
          );
          await sleep(1000);
          if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
          const seen = page.evaluate(
            () =>
              /** @type {Promise<number>} */ (
                new Promise((resolve) => {
                  /** @type {number | undefined} */
                  let tapped;
                  window.addEventListener('pointerdown', () => (tapped ??= performance.now()), { capture: true });
                  const look = () => {
                    const dialog = document.querySelector('[role="dialog"]');
                    if (tapped !== undefined && dialog?.checkVisibility({ opacityProperty: true }))
                      resolve(performance.now() - tapped);
                    else requestAnimationFrame(look);
                  };
                  requestAnimationFrame(look);
                })
              ),
          );
          await page.locator('.bubble__open').first().tap();
          return await withTimeout(seen, 60_000, 'the open card after a first tap');
        },
        { viewport: MOBILE_VIEWPORT, phone: true, timeoutMs: 120_000, what: 'first tap' },
      ),
    );
  }
  return { runs: times.length, median: percentile(times, 50), min: Math.min(...times), max: max(times) };
}

// ---------------------------------------------------------------------------------------------
// 3. Kiosk soak: the attract loop driven by Playwright's fake clock.
// ---------------------------------------------------------------------------------------------
/**
 * The heap after two garbage collections, the page's counters and where the attract loop is.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {import('playwright-core').Page} page
 */
async function memory(cdp, page) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const live = await page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    step: Number(/** @type {HTMLElement | null} */ (document.querySelector('.attract'))?.dataset.step ?? NaN),
  }));
  return { heap: m.JSHeapUsedSize, nodes: m.Nodes, listeners: m.JSEventListeners, documents: m.Documents, ...live };
}

/**
 * Least-squares slope of heap against transitions driven (bytes a transition), NaN under 2 points.
 * @param {{ driven: number, heap: number }[]} points
 */
export function slope(points) {
  if (points.length < 2) return NaN;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.driven, 0) / n;
  const my = points.reduce((s, p) => s + p.heap, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.driven - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.driven - mx) * (p.heap - my), 0);
  return sxx > 0 ? sxy / sxx : NaN;
}

/**
 * @param {string} origin
 * @param {string} kioskPath
 * @param {{ transitions?: number, tourSeconds?: number, cpu?: number, sampleSeconds?: number, maxMinutes?: number,
 *   chunksPerStep?: number, points?: number, onProgress?: (driven: number, transitions: number) => void }} [options]
 */
export async function kioskSoak(
  origin,
  kioskPath,
  {
    transitions = 2000,
    tourSeconds = 1,
    cpu = 4,
    sampleSeconds = 10,
    maxMinutes = 8,
    chunksPerStep = 4,
    points = 20,
    onProgress = () => {},
  } = {},
) {
  const stepMs = tourSeconds * 1000;
  const budgetMs = maxMinutes * 60_000;
  return withBrowser(
    async ({ page, cdp, log }) => {
      // keep the page's real rAF for the frame probe, before the clock is faked
      await page.addInitScript(() => {
        window.__benchReal = { raf: window.requestAnimationFrame.bind(window) };
      });
      await page.clock.install();
      await cdp.send('Performance.enable');
      const t0 = Date.now();
      await page.goto(origin + kioskPath, { waitUntil: 'load' });
      // the loop starts once the app is up and its language packs are loaded: let time flow a little
      for (let i = 0; ; i++) {
        if (await page.locator('.attract[data-step]').count()) break;
        if (i >= 60) {
          const state = await page.evaluate(() => ({
            cls: document.documentElement.className,
            text: document.body.innerText.slice(0, 120),
          }));
          throw new Error(
            `no .attract[data-step] after 30 s at ${page.url()} (html class "${state.cls}", text "${state.text}")`,
          );
        }
        await page.clock.runFor(100);
        await sleep(400);
      }
      const step = () =>
        page.evaluate(() =>
          Number(/** @type {HTMLElement | null} */ (document.querySelector('.attract'))?.dataset.step ?? NaN),
        );

      /** Real-time sample with the clock flowing again, at `cpu`× throttling. */
      const sample = async () => {
        const s0 = await step();
        if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
        await page.clock.resume();
        await sleep(Math.min(2000, stepMs)); // settle into the rhythm before measuring
        await page.evaluate(startProbe);
        const s1 = await step();
        await sleep(sampleSeconds * 1000);
        const raw = await page.evaluate(stopProbe);
        const s2 = await step();
        if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        // back to manual time (pauseAt needs a moment in the future: the clock is still flowing)
        await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
        return { ...frameStats(raw), transitions: s2 - s1, totalSteps: (await step()) - s0 };
      };
      /** n attract-loop transitions in fake time, each advanced in a few slices so React and the animations run in between. */
      let driven = 0;
      let timedOut = false;
      /** @param {number} n */
      const drive = async (n) => {
        for (let i = 0; i < n; i++) {
          if (Date.now() - t0 > budgetMs) {
            timedOut = true;
            return;
          }
          for (let k = 0; k < chunksPerStep; k++) await page.clock.runFor(stepMs / chunksPerStep);
          driven++;
          if (driven % 100 === 0) onProgress(driven, transitions);
        }
      };

      await drive(5); // warm up: the first transitions, lazy chunks, fonts
      await sleep(500);
      const sampleStart = await sample();
      const firstStep = await step();
      // The heap after GC every 1/points of the way: a table, and the slope of its second half.
      const atStart = { ...(await memory(cdp, page)), driven: 0 };
      const series = [atStart];
      const half = Math.floor(transitions / 2);
      for (let k = 1; k <= points && !timedOut; k++) {
        await drive(Math.round((transitions * k) / points) - driven);
        await sleep(300);
        series.push({ ...(await memory(cdp, page)), driven });
      }
      const atHalf = series.reduce((a, b) => (Math.abs(b.driven - half) < Math.abs(a.driven - half) ? b : a));
      const atEnd = /** @type {typeof atStart} */ (series.at(-1)); // never empty: atStart is its first
      const sampleEnd = timedOut ? null : await sample();
      const lastStep = await step();
      return {
        requested: transitions,
        driven,
        stepsSeen: atEnd.step - atStart.step,
        firstStep,
        lastStep,
        timedOut,
        atStart,
        atHalf,
        atEnd,
        series,
        slope: slope(series.filter((m) => m.driven >= atHalf.driven)),
        sampleStart,
        sampleEnd,
        durationMs: Date.now() - t0,
        url: page.url(),
        errors: log.errors,
        warnings: log.warnings,
      };
    },
    { viewport: DESKTOP_VIEWPORT, timeoutMs: budgetMs + 180_000, what: 'kiosk soak', memory: true },
  );
}
