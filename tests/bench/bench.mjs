#!/usr/bin/env node
// Performance bench of the exhibition: `npm run bench [-- --runs N --soak N --quick]`.
//
// Builds if dist/ is stale, serves dist/ on 127.0.0.1 (gzip, no SPA fallback), writes a
// plain-HTML reference of the same room, then measures:
//   1. sizes: initial JS/CSS declared by a room page and requested by Chromium, lazy chunks,
//      bytes before the first quote is readable (HTML + render-blocking CSS + fonts before FCP);
//   2. Lighthouse 12 (mobile and desktop, simulated throttling), room page vs plain page;
//   3. frame times and long tasks during room transitions (ArrowRight/ArrowLeft, 4× CPU);
//   4. a kiosk soak: the attract loop through thousands of transitions (Playwright fake clock),
//      JS heap and DOM nodes at start, half-way and end, frame times sampled at 4× CPU;
// and checks the budgets below (exit 1 if one fails). It reports what it measures: some
// budgets are expected to fail today.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { errorMessage, errorStack } from './lib/common.mjs';

/** @typedef {(message: string) => void} Progress What a step is doing, said on stderr. */
/** @typedef {'mobile' | 'desktop'} FormFactor */
/** @typedef {Awaited<ReturnType<typeof import('./lib/lighthouse.mjs').lighthouseRun>>} LighthouseRun */
/**
 * What Lighthouse measured of a page in one form factor: the medians of its runs (lcpMin, lcpMax,
 * clsMax: the extremes), the audits that did not pass in any run, and every run's performance score.
 * @typedef {'performance' | 'accessibility' | 'best-practices' | 'seo' | 'fcp' | 'lcp' | 'lcpMin' | 'lcpMax' | 'tbt'
 *   | 'cls' | 'clsMax' | 'si' | 'bytes' | 'pageBytes' | 'workerBytes' | 'jsBytes' | 'requests' | 'obsFcp' | 'obsLcp'
 *   | 'benchmarkIndex'} LighthouseMeasure
 * @typedef {Record<LighthouseMeasure, number> & {
 *   failing: string[], errored: string[], nonLoopback: string[], warnings: string[], perfScores: number[],
 * }} LighthouseMedians
 */
/** @typedef {{ median: number, min: number, max: number, n: number }} RunStats A measure over a page's runs. */
// What each step of the bench returns: its part of --json (a step skipped or failed: null).
/**
 * The sizes: bytes (gzip) of the room page's JS, CSS and what comes before its first quote.
 * @typedef {{
 *   declared: { initialJs: number, initialCss: number, lazyJs: number },
 *   visitJs: number, initialJs: number, jsBeforeLoad: number, jsAfterLoad: number, readable: number, html: number,
 *   cssBlocking: number, fontsBeforeFcp: number, fontsBeforeFcpFiles: string[], fcpMs: number | undefined,
 * }} SizesResult
 */
/**
 * Lighthouse: per form factor, per page (room, plain, scriptless), the medians and the runs.
 * @typedef {{
 *   summary: Record<FormFactor, Record<string, LighthouseMedians>>,
 *   runs: Record<FormFactor, Record<string, LighthouseRun[]>>,
 * }} LighthouseResult
 */
/**
 * The slow phone: per page (room, card, hall), its LCP and its plain page's; the LCP of every run.
 * @typedef {{
 *   page: string, devtools: RunStats, plainDevtools: RunStats, ratio: number,
 *   simulated: RunStats, plainSimulated: RunStats, simulatedRatio: number, fcp: number,
 * }} SlowPhonePage
 * @typedef {{ summary: Record<string, SlowPhonePage>, runs: Record<string, (number | undefined)[]> }} SlowPhoneResult
 */
/**
 * Room transitions, with the floor under them and a first tap (or why they were not measured).
 * @typedef {Awaited<ReturnType<typeof import('./lib/browser.mjs').roomChangeFloor>>} Floor
 * @typedef {(Floor & { error?: undefined }) | (Partial<Floor> & { error: string })} FloorOrError
 * @typedef {Awaited<ReturnType<typeof import('./lib/browser.mjs').firstTap>>} FirstTap
 * @typedef {Awaited<ReturnType<typeof import('./lib/browser.mjs').roomTransitions>> & {
 *   floor?: FloorOrError, firstTap?: FirstTap | { error: string },
 * }} TransitionsResult
 */
/**
 * Interactions: each kind of act, and the load average (1, 5, 15 min) before and after.
 * @typedef {{
 *   acts: Record<string, import('./lib/interactions.mjs').ActResults>, loadBefore: number[], loadAfter: number[],
 * }} InteractionsResult
 */
/**
 * The kiosk soak, with the growth over its second half (%) and the heap's slope there (B a transition).
 * @typedef {Awaited<ReturnType<typeof import('./lib/browser.mjs').kioskSoak>> & {
 *   heapGrowthPct: number, nodeGrowthPct: number, heapSlopePerStep: number,
 * }} SoakResult
 */
/** @typedef {{ label: string, ok?: boolean, skipped?: boolean, shown: string | null | undefined }} Check A budget's line. */

/** Every budget of the bench, in one place. */
export const BUDGETS = {
  /** mobile Lighthouse LCP of the room page ≤ this × LCP of the plain-HTML page (medians) */
  lcpVsPlainMax: 1.15,
  /**
   * The first quote on a slow phone: mobile Lighthouse LCP with applied throttling (devtools) of a
   * room, a card's page and the hall ≤ this × the plain page of the same text (medians)
   */
  slowPhoneLcpVsPlainMax: 1.2,
  /** Lighthouse performance score, mobile (median) */
  performanceMobileMin: 98,
  /** Lighthouse accessibility / best-practices / SEO, mobile and desktop (medians) */
  accessibilityMin: 100,
  bestPracticesMin: 100,
  seoMin: 100,
  /**
   * JS the room page loads initially (requested before the load event), gzip. Vite's own chunking
   * (no chunk groups of ours), and react-router's data router (loaders, lazy routes, its scroll
   * restoration) in place of a hand-made router over its declarative mode: about 12 KB more, loaded
   * at low priority once the page is painted and readable (docs/performance.md).
   */
  initialJsGzipKB: 140,
  /**
   * HTML (with the stylesheet each page carries) + render-blocking CSS, gzip, in every room and
   * language (fonts swap in: the text is readable without them)
   */
  bytesBeforeReadableKB: 25,
  /**
   * The JS of a room visit, gzip: the initial JS and what the app fetches once it has the page and
   * the browser is idle (every room's quotes, the open card's code, the service worker's
   * registration). Vite's default chunking and react-router's data router (docs/performance.md).
   */
  roomVisitJsGzipKB: 176,
  /** The font files a Latin page preloads (global.css, "Fonts"): its two faces' Latin subsets */
  preloadedFontsKB: 80,
  /** Lighthouse CLS, mobile and desktop (medians) */
  clsMax: 0,
  /**
   * Each kind of act (a card opened, closed, a room by key and by swipe, the language, a search
   * keystroke, a kiosk's first touch), Event Timing at 4× CPU: 75th percentile and worst of its
   * repeats, from the act to the next paint (INP's "good" is ≤ 200 ms)
   */
  interactionP75Max: 200,
  interactionWorstMax: 300,
  // No budget on long tasks during room transitions: the browser alone needs 70–95 ms at 4× CPU to
  // put a room in place, in one task. The frames step reports them; what a visitor feels, the delay
  // from an act to the next paint, is budgeted below (interactionP75Max, interactionWorstMax).
  /** kiosk soak, second half (half-way → end): growth must stay below these */
  soakHeapGrowthPctLt: 10,
  /**
   * kiosk soak: the heap's slope over the second half, bytes a transition (flat within noise: what
   * still grows after a thousand transitions is V8's optimised code, heap snapshots show, not the app's objects)
   */
  soakHeapSlopeMaxB: 50,
  soakNodeGrowthPctLt: 10,
};

/**
 * Where a budget is not met yet, the size CI holds the line at (`sizes.mjs --gate`, in npm test):
 * today's size and a little slack, so that nothing grows while the work towards the budget goes on.
 */
export const CI_CEILINGS = {
  initialJsGzipKB: 140,
};

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.resolve(HERE, '../..');

/** The rooms' ids in the order of the tour (data/derived/rooms.json, written by content:derive). */
function roomIds() {
  /** @type {{ id: string }[]} */
  const rooms = JSON.parse(fs.readFileSync(path.join(PROJECT, 'data/derived/rooms.json'), 'utf8'));
  return rooms.map((room) => room.id);
}
const DIST = path.join(PROJECT, 'dist');
const ROOM_PAGE = '/fr/travail/';
const PLAIN_ROOM = 'travail';
const TRANSITIONS_PAGE = '/fr/environnement/';
/** The room whose first card a visitor taps before the app has the page. */
const FIRST_TAP_PAGE = '/fr/travail/';
const KIOSK_PAGE = '/?kiosk&idle=86400&tour=1';
const HALL_PAGE = '/fr/';
/** The whole bench stops by itself after this, whatever happens. */
const HARD_LIMIT_MIN = 120;

// Not awaited at the top level: sizes.mjs imports BUDGETS from this module while main() runs.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`bench: ${e?.stack ?? e}`);
    process.exit(2);
  });
}

async function main() {
  const common = await import('./lib/common.mjs');
  const { parseArgs, section, table, fmt, median, min, max, cleanupTmp, benchTmp, tmpDir } = common;
  const args = parseArgs(process.argv.slice(2), {
    runs: 5,
    soak: 5000,
    quick: false,
    build: true, // --no-build: use dist/ as it is
    'force-build': false,
    presses: 30,
    repeats: 30, // each kind of act, for the interactions (Event Timing)
    interval: 800,
    cpu: 4,
    skip: '', // comma list: sizes,lighthouse,slowphone,frames,interactions,soak
    'lh-minutes': 25, // Lighthouse stops adding runs past this (half per form factor; one run each at least)
    'slow-runs': 0, // runs of the slow-phone LCP (applied throttling); 0: as many as --runs
    json: '',
    https: false, // serve over HTTPS and HTTP/2 (a throwaway certificate), as a real host does
    help: false,
  });
  if (args.help) {
    console.log(
      'usage: npm run bench -- [--runs 5] [--soak 2000] [--quick] [--no-build|--force-build] [--lh-minutes 25]\n' +
        '                        [--presses 30] [--interval 800] [--cpu 4] [--skip sizes,lighthouse,frames,soak] [--json out.json]\n' +
        '                        [--https]',
    );
    return;
  }
  const given = new Set(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')[0]));
  if (args.quick) {
    if (!given.has('runs')) args.runs = 1;
    if (!given.has('soak')) args.soak = 200;
    if (!given.has('repeats')) args.repeats = 5;
  }
  if (args.runs < 1 || args.runs > 50 || !Number.isInteger(args.runs))
    throw new Error('--runs: an integer from 1 to 50');
  if (args.soak < 2 || args.soak > 20000 || !Number.isInteger(args.soak))
    throw new Error('--soak: an integer from 2 to 20000');
  if (args.presses < 1 || args.presses > 200) throw new Error('--presses: 1 to 200');
  if (!(args['lh-minutes'] > 0)) throw new Error('--lh-minutes: a positive number');
  const skip = new Set(args.skip.split(',').filter(Boolean));

  const started = Date.now();
  const loadNote = () => {
    const [l1] = os.loadavg();
    const cores = os.cpus().length;
    return `load average ${l1.toFixed(1)} on ${cores} cores${l1 > cores ? ' (busy machine: timings are slower and noisier)' : ''}`;
  };
  /** @type {number[]} */
  const loads = [];
  const sampleLoad = () => loads.push(os.loadavg()[0]);
  const loadTimer = setInterval(sampleLoad, 15_000);
  loadTimer.unref();
  sampleLoad();
  const hardStop = setTimeout(() => {
    console.error(`\nbench: hard time limit of ${HARD_LIMIT_MIN} min reached, stopping`);
    shutdown(3);
  }, HARD_LIMIT_MIN * 60_000);
  hardStop.unref();

  /** @type {Awaited<ReturnType<typeof import('./lib/serve.mjs').startServer>> | null} */
  let server = null;
  let killLighthouseChromes = () => {};
  // whatever the way out (an error included): no Chromium left behind, no temp folder left
  process.on('exit', () => {
    killLighthouseChromes();
    cleanupTmp();
  });
  /** @param {number} code */
  async function shutdown(code) {
    killLighthouseChromes();
    if (server) await Promise.race([server.close().catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
    cleanupTmp();
    process.exit(code);
  }
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => shutdown(130));

  /**
   * What the bench measured, as --json writes it: a step skipped or failed is null (see errors).
   * @typedef {{
   *   date: string, args: typeof args, budgets: typeof BUDGETS,
   *   sizes?: SizesResult | null, lighthouse?: LighthouseResult | null, slowPhone?: SlowPhoneResult | null,
   *   transitions?: TransitionsResult | null, interactions?: InteractionsResult | null, soak?: SoakResult | null,
   *   load?: number[], checks?: Check[], errors?: Record<string, string>,
   * }} Results
   */
  /** @type {Results} */
  const results = { date: new Date().toISOString(), args: { ...args }, budgets: BUDGETS };
  /** @type {Record<string, string>} */
  const errors = {};
  /**
   * Runs a step of the bench: null if skipped (--skip) or failed (its error kept in errors).
   * @template T
   * @param {string} name
   * @param {() => Promise<T>} fn
   * @returns {Promise<T | null>}
   */
  const attempt = async (name, fn) => {
    if (skip.has(name)) {
      console.log(`  (skipped: --skip ${name})`);
      return null;
    }
    try {
      return await fn();
    } catch (e) {
      errors[name] = String(errorStack(e));
      console.log(`  ✗ ${name} failed: ${errorMessage(e).split('\n')[0]}`);
      console.error(errorStack(e));
      return null;
    }
  };
  /** @param {string} msg */
  const progress = (msg) => process.stderr.write(`  … ${msg}\n`);

  // ---- 0. build ------------------------------------------------------------------------------
  section('build');
  await ensureBuild(args, progress);

  // ---- serve dist/ and the plain reference ---------------------------------------------------
  const { startServer } = await import('./lib/serve.mjs');
  const { writePlainRoom } = await import('./lib/plain.mjs');
  benchTmp();
  // Others may rebuild dist/ while the bench runs: measure a snapshot of it.
  const SNAP = await snapshotDist(tmpDir('dist'), progress);
  const plainDir = tmpDir('plain');
  const plainFile = writePlainRoom(PROJECT, PLAIN_ROOM, plainDir);
  // A card's page and the hall, each beside a plain page of its own text (the slow-phone LCP).
  const { plainRoomHtml, plainFromPage, writePlain } = await import('./lib/plain.mjs');
  const slowCard = JSON.parse(fs.readFileSync(path.join(PROJECT, 'data/rooms', `${PLAIN_ROOM}.json`), 'utf8')).cards[0]
    .id;
  writePlain(plainDir, `${PLAIN_ROOM}-card`, plainRoomHtml(PROJECT, PLAIN_ROOM, { firstCard: slowCard }));
  writePlain(plainDir, 'hall', plainFromPage(fs.readFileSync(path.join(SNAP, HALL_PAGE, 'index.html'), 'utf8')));
  // The same room page without its script tag: what the simulated LCP would be if the page
  // loaded no script before its first paint (the one difference from the room page).
  const scriptlessDir = tmpDir('scriptless');
  fs.writeFileSync(
    path.join(scriptlessDir, 'index.html'),
    fs
      .readFileSync(path.join(SNAP, ROOM_PAGE, 'index.html'), 'utf8')
      .replace(/<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>/g, ''),
  );
  const tls = args.https ? common.throwawayCertificate(tmpDir('tls')) : null;
  server = await startServer(SNAP, { mounts: { '/plain/': plainDir, '/scriptless/': scriptlessDir }, tls });
  const siteUrl = deployAt(SNAP, server.origin);
  const roomUrl = server.origin + ROOM_PAGE;
  const plainUrl = `${server.origin}/plain/${PLAIN_ROOM}/`;
  const scriptlessUrl = `${server.origin}/scriptless/`;
  console.log(
    `  serving a snapshot of dist/ at ${server.origin} (gzip, no SPA fallback, ${tls ? 'HTTPS and HTTP/2 with a throwaway certificate Chromium is told to trust' : 'plain HTTP/1.1; --https for HTTPS and HTTP/2'})`,
  );
  if (siteUrl)
    console.log(
      `  its site URL ${siteUrl} (canonical, alternates, previews) set to ${server.origin}, as VITE_PUBLIC_URL would at build`,
    );
  console.log(`  room page  ${roomUrl}`);
  console.log(
    `  plain page ${plainUrl}  (${fmt.kb(fs.statSync(plainFile).size)} raw, generated from data/rooms/${PLAIN_ROOM}.json)`,
  );

  // ---- 1. sizes ------------------------------------------------------------------------------
  section(`sizes of ${ROOM_PAGE} (gzip level 9, 1 KB = 1024 B)`);
  results.sizes = await attempt('sizes', async () => {
    const { pageAssetSizes } = await import('./lib/assets.mjs');
    const { printAssetSizes } = await import('./sizes.mjs');
    const { profileLoad, summariseLoad } = await import('./lib/browser.mjs');
    const declared = pageAssetSizes(SNAP, ROOM_PAGE);
    console.log(
      '\n  Declared by the page (script, modulepreload, stylesheet tags) and lazy chunks (every other dist/assets/*.js):',
    );
    printAssetSizes(declared, SNAP, { lazy: true });

    progress('cold load in Chromium (network log)…');
    const prof = await profileLoad(server.origin, ROOM_PAGE, SNAP);
    const s = summariseLoad(prof);
    /** @param {import('./lib/browser.mjs').LoadRow} r */
    const mark = (r) =>
      [r.beforeFcp ? 'FCP' : '', r.beforeLoad ? 'load' : ''].filter(Boolean).join('+') || 'after load';
    const rows = prof.rows
      .filter((r) =>
        /** @type {(string | undefined)[]} */ (['Document', 'Script', 'Stylesheet', 'Font']).includes(r.type),
      )
      .map((r) => [
        r.type,
        r.path.length > 64 ? `${r.path.slice(0, 61)}…` : r.path,
        r.blocking ?? '',
        mark(r),
        fmt.kb(r.size),
        fmt.kb(r.encoded),
      ]);
    console.log(`\n  Requested by Chromium on a cold load of ${ROOM_PAGE} (mobile viewport, no throttling):`);
    console.log(table(['type', 'path', 'render-blocking', 'requested before', 'gzip', 'on the wire'], rows));
    if (s.other.length) console.log(`  other requests: ${s.other.map((r) => `${r.type} ${r.path}`).join(', ')}`);
    if (s.nonLoopback.length) console.log(`  ✗ requests off loopback: ${s.nonLoopback.map((r) => r.url).join(', ')}`);
    if (!prof.hasFcp) console.log('  ! no first-contentful-paint seen: "before FCP" could not be told apart');
    if (!prof.hasLoad) console.log('  ! no load event seen: "before load" could not be told apart');
    const jsDeclared = declared.totals.initialJs.gzip;
    console.log('');
    console.log(
      table(
        ['measure', 'gzip', 'files'],
        [
          ['JS declared by the page', fmt.kb(jsDeclared), String(declared.initialJs.length)],
          ['JS requested before load', fmt.kb(s.bytes.jsBeforeLoad), String(s.jsBeforeLoad.length)],
          ['JS requested after load (until idle)', fmt.kb(s.bytes.jsAfterLoad), String(s.jsAfterLoad.length)],
          [
            'JS of a room visit (initial + once idle, by the manifest)',
            fmt.kb(declared.totals.visitJs.gzip),
            String(declared.visitJs.length),
          ],
          ['CSS declared by the page', fmt.kb(declared.totals.initialCss.gzip), String(declared.initialCss.length)],
          [
            'lazy JS in dist/assets (not declared)',
            fmt.kb(declared.totals.lazyJs.gzip),
            String(declared.lazyJs.length),
          ],
          ['HTML', fmt.kb(s.bytes.html), '1'],
          ['render-blocking CSS', fmt.kb(s.bytes.cssBlocking), String(s.blockingCss.length)],
          ['fonts requested before FCP', fmt.kb(s.bytes.fontsBeforeFcp), String(s.fontsBeforeFcp.length)],
          ['fonts requested in all', fmt.kb(s.bytes.fontsAll), String(s.fonts.length)],
          ['bytes before the first quote is readable', fmt.kb(s.bytes.readable), String(s.readable.length)],
        ],
      ),
    );
    console.log(
      '  (readable = HTML, with the stylesheet it carries, + render-blocking CSS; the fonts swap in, font-display: swap; woff2, sent as is)',
    );
    if (prof.errors.length) console.log(`  page errors: ${prof.errors.slice(0, 3).join(' | ')}`);
    return {
      declared: {
        initialJs: jsDeclared,
        initialCss: declared.totals.initialCss.gzip,
        lazyJs: declared.totals.lazyJs.gzip,
      },
      visitJs: declared.totals.visitJs.gzip,
      initialJs: Math.max(s.bytes.jsBeforeLoad, jsDeclared),
      jsBeforeLoad: s.bytes.jsBeforeLoad,
      jsAfterLoad: s.bytes.jsAfterLoad,
      readable: s.bytes.readable,
      html: s.bytes.html,
      cssBlocking: s.bytes.cssBlocking,
      fontsBeforeFcp: s.bytes.fontsBeforeFcp,
      fontsBeforeFcpFiles: s.fontsBeforeFcp.map((r) => r.path),
      fcpMs: prof.paint.fcp,
    };
  });

  // ---- 2. Lighthouse -------------------------------------------------------------------------
  section(
    `Lighthouse 12 — ${args.runs} run(s) per page and form factor, simulated throttling, medians, over ${tls ? 'HTTPS and HTTP/2' : 'HTTP/1.1'}`,
  );
  results.lighthouse = await attempt('lighthouse', async () => {
    const lhMod = await import('./lib/lighthouse.mjs');
    killLighthouseChromes = lhMod.killAll;
    /** @type {LighthouseResult['runs']} */
    const runs = { mobile: { room: [], plain: [], scriptless: [] }, desktop: { room: [], plain: [] } };
    const lhStart = Date.now();
    /** @type {string[]} */
    const notes = [];
    for (const [f, form] of /** @type {FormFactor[]} */ (['mobile', 'desktop']).entries()) {
      // on a busy machine a run can take minutes: past its share of --lh-minutes a form factor stops
      const deadline = lhStart + ((f + 1) * args['lh-minutes'] * 60_000) / 2;
      let failures = 0;
      for (let i = 0; i < args.runs; i++) {
        if (i > 0 && Date.now() > deadline) {
          notes.push(`! ${form}: ${i} of ${args.runs} runs (time limit --lh-minutes ${args['lh-minutes']} reached)`);
          break;
        }
        // interleaved, so that drift on a busy machine hits both pages alike
        /** @type {[key: string, url: string][]} */
        const pages = [
          ['room', roomUrl],
          ['plain', plainUrl],
        ];
        if (form === 'mobile') pages.push(['scriptless', scriptlessUrl]);
        for (const [key, url] of pages) {
          const t = Date.now();
          let m;
          try {
            m = await lhMod.lighthouseRun(url, form);
          } catch (e) {
            failures++;
            progress(`${form} ${key.padEnd(5)} ${i + 1}/${args.runs}: failed: ${errorMessage(e).split('\n')[0]}`);
            notes.push(`! ${form} ${key} run ${i + 1} failed: ${errorMessage(e).split('\n')[0].slice(0, 120)}`);
            if (failures > 3) throw new Error(`Lighthouse failed ${failures} times (${form})`, { cause: e });
            continue;
          }
          runs[form][key].push(m);
          progress(
            `${form} ${key.padEnd(5)} ${i + 1}/${args.runs}: perf ${m.score.performance} a11y ${m.score.accessibility} bp ${m.score['best-practices']} seo ${m.score.seo} ` +
              `FCP ${fmt.ms(m.fcp)} LCP ${fmt.ms(m.lcp)} TBT ${fmt.ms(m.tbt)} CLS ${fmt.cls(m.cls)} ${fmt.kb(m.bytes)} (${((Date.now() - t) / 1000).toFixed(0)} s)`,
          );
        }
      }
      for (const key of ['room', 'plain'])
        if (!runs[form][key].length) throw new Error(`no successful Lighthouse run (${form} ${key})`);
    }
    /**
     * @param {LighthouseRun[]} xs
     * @param {(run: LighthouseRun) => number | undefined} f
     */
    const med = (xs, f) => median(xs.map(f));
    /** @type {Record<FormFactor, Record<string, LighthouseMedians>>} */
    const summary = { mobile: {}, desktop: {} };
    for (const form of /** @type {FormFactor[]} */ (['mobile', 'desktop'])) {
      for (const key of Object.keys(runs[form])) {
        const r = runs[form][key];
        if (!r.length) continue;
        summary[form][key] = {
          performance: med(r, (x) => x.score.performance),
          accessibility: med(r, (x) => x.score.accessibility),
          'best-practices': med(r, (x) => x.score['best-practices']),
          seo: med(r, (x) => x.score.seo),
          fcp: med(r, (x) => x.fcp),
          lcp: med(r, (x) => x.lcp),
          lcpMin: min(r.map((x) => x.lcp)),
          lcpMax: max(r.map((x) => x.lcp)),
          tbt: med(r, (x) => x.tbt),
          cls: med(r, (x) => x.cls),
          clsMax: max(r.map((x) => x.cls)),
          si: med(r, (x) => x.si),
          bytes: med(r, (x) => x.bytes),
          pageBytes: med(r, (x) => x.pageBytes),
          workerBytes: med(r, (x) => x.workerBytes),
          jsBytes: med(r, (x) => x.jsBytes),
          requests: med(r, (x) => x.requests),
          obsFcp: med(r, (x) => x.obsFcp),
          obsLcp: med(r, (x) => x.obsLcp),
          benchmarkIndex: med(r, (x) => x.benchmarkIndex),
          failing: [...new Set(r.flatMap((x) => x.failing))],
          errored: [...new Set(r.flatMap((x) => x.errored))],
          nonLoopback: [...new Set(r.flatMap((x) => x.nonLoopback))],
          warnings: [...new Set(r.flatMap((x) => x.warnings))],
          perfScores: r.map((x) => x.score.performance),
        };
      }
    }
    /** @param {number} a @param {number} b */
    const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
    /** @type {[label: string, cell: (s: LighthouseMedians) => string, ratioOf?: LighthouseMeasure][]} */
    const rowsFor = [
      ['performance', (s) => fmt.int(s.performance)],
      ['accessibility', (s) => fmt.int(s.accessibility)],
      ['best-practices', (s) => fmt.int(s['best-practices'])],
      ['SEO', (s) => fmt.int(s.seo)],
      ['FCP', (s) => fmt.ms(s.fcp)],
      ['LCP', (s) => fmt.ms(s.lcp), 'lcp'],
      ['TBT', (s) => fmt.ms(s.tbt)],
      ['CLS', (s) => fmt.cls(s.cls)],
      ['Speed Index', (s) => fmt.ms(s.si)],
      ['bytes transferred', (s) => fmt.kb(s.bytes), 'bytes'],
      ['  by the page', (s) => fmt.kb(s.pageBytes), 'pageBytes'],
      ['  by the service worker', (s) => fmt.kb(s.workerBytes)],
      ['JS bytes', (s) => fmt.kb(s.jsBytes)],
      ['requests', (s) => fmt.int(s.requests)],
      ['FCP unthrottled (observed)', (s) => fmt.ms(s.obsFcp)],
      ['LCP unthrottled (observed)', (s) => fmt.ms(s.obsLcp), 'obsLcp'],
    ];
    const M = summary.mobile;
    const D = summary.desktop;
    const rows = rowsFor.map(([label, f, rk]) => [
      label,
      f(M.room),
      f(M.plain),
      rk ? fmt.ratio(ratio(M.room[rk], M.plain[rk])) : '',
      f(D.room),
      f(D.plain),
      rk ? fmt.ratio(ratio(D.room[rk], D.plain[rk])) : '',
    ]);
    console.log(
      table(
        ['median', 'mobile room', 'mobile plain', 'room/plain', 'desktop room', 'desktop plain', 'room/plain'],
        rows,
      ),
    );
    /** @param {FormFactor} form */
    const counts = (form) => `${runs[form].room.length}/${runs[form].plain.length}`;
    console.log(
      `  room = ${ROOM_PAGE} of the exhibition; plain = the same quotes as static HTML; ` +
        `runs (room/plain): mobile ${counts('mobile')}, desktop ${counts('desktop')}`,
    );
    for (const n of notes) console.log(`  ${n}`);
    if (M.scriptless)
      console.log(
        `  the room page without its script tag (${scriptlessUrl}, same HTML and CSS), mobile: LCP ${fmt.ms(M.scriptless.lcp)} ` +
          `(${fmt.ratio(ratio(M.scriptless.lcp, M.plain.lcp))} the plain page's), FCP ${fmt.ms(M.scriptless.fcp)}: the simulation counts ` +
          `every request ended before the observed paint, so the script's own request (fetched at low priority, run ` +
          `only when the visitor acts) weighs on the room's LCP`,
      );
    // Where each page's simulated LCP comes from: the chain of work that ends last in each graph.
    console.log(
      '  where the mobile LCP comes from (the run with the median LCP of each page): Lighthouse simulates the load ' +
        'twice, an optimistic and a pessimistic graph of the requests and tasks it saw before the paint, and takes ' +
        'the mean; each graph ends with the chain below (simulated ms from the start; a task runs 4× its observed time, ' +
        'one that lays out 2×)',
    );
    /** @param {LighthouseRun[]} r */
    const medianRun = (r) => [...r].sort((x, y) => (x.lcp ?? NaN) - (y.lcp ?? NaN))[Math.floor((r.length - 1) / 2)];
    for (const key of ['room', 'plain', 'scriptless']) {
      const p = runs.mobile[key].length ? medianRun(runs.mobile[key]).lcpPaths : null;
      if (!p) continue;
      if (p.error !== undefined) {
        console.log(`    ${key}: not computed (${p.error})`);
        continue;
      }
      console.log(
        `    ${key.padEnd(10)} LCP ${fmt.ms(p.ms)} = (optimistic ${fmt.ms(p.optimistic.ms)} + pessimistic ${fmt.ms(p.pessimistic.ms)}) / 2`,
      );
      const [o, q] = [lhMod.describeChain(p.optimistic), lhMod.describeChain(p.pessimistic)];
      for (const [label, chain] of o === q
        ? [['both', o]]
        : [
            ['optimistic', o],
            ['pessimistic', q],
          ])
        console.log(`      ${label.padEnd(11)} ${chain}`);
    }
    console.log(
      `  LCP range mobile room ${fmt.ms(M.room.lcpMin)}–${fmt.ms(M.room.lcpMax)}, plain ${fmt.ms(M.plain.lcpMin)}–${fmt.ms(M.plain.lcpMax)}; ` +
        `perf scores mobile room [${M.room.perfScores.join(', ')}], desktop room [${D.room.perfScores.join(', ')}]`,
    );
    console.log(`  Lighthouse benchmarkIndex (machine speed) ${fmt.int(M.room.benchmarkIndex)}; ${loadNote()}`);
    if ([...M.room.failing, ...D.room.failing].includes('canonical')) {
      const html = fs.readFileSync(path.join(SNAP, ROOM_PAGE, 'index.html'), 'utf8');
      const link = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).find((t) => /rel="canonical"/.test(t));
      const href = link?.match(/href="([^"]*)"/)?.[1];
      console.log(
        `  note: the canonical audit fails; the page's canonical URL is ${href ?? '(none)'}, the bench serves ${server.origin}`,
      );
    }
    for (const form of /** @type {FormFactor[]} */ (['mobile', 'desktop']))
      for (const key of ['room', 'plain']) {
        const s = summary[form][key];
        if (s.failing.length) console.log(`  ${form} ${key}: audits not passing: ${s.failing.join(', ')}`);
        if (s.errored.length) console.log(`  ${form} ${key}: audits in error (not scored): ${s.errored.join(', ')}`);
        if (s.nonLoopback.length) console.log(`  ✗ ${form} ${key}: requests off loopback: ${s.nonLoopback.join(', ')}`);
        for (const w of s.warnings) console.log(`  ${form} ${key}: warning: ${w.slice(0, 160)}`);
      }
    return { summary, runs };
  });

  // ---- 2b. the first quote on a slow phone (applied throttling) ------------------------------
  const slowRuns = args['slow-runs'] || args.runs;
  section(
    `first quote on a slow phone — Lighthouse mobile, applied throttling (devtools) and simulated, ${slowRuns} run(s), medians`,
  );
  results.slowPhone = await attempt('slowphone', async () => {
    const lhMod = await import('./lib/lighthouse.mjs');
    killLighthouseChromes = lhMod.killAll;
    /** @type {[key: string, page: string, plain: string][]} */
    const pages = [
      ['room', ROOM_PAGE, `/plain/${PLAIN_ROOM}/`],
      ['card', `/fr/${PLAIN_ROOM}/${slowCard}/`, `/plain/${PLAIN_ROOM}-card/`],
      ['hall', HALL_PAGE, '/plain/hall/'],
    ];
    /** @type {Record<string, LighthouseRun[]>} */
    const runs = {};
    const deadline = Date.now() + (args['lh-minutes'] * 60_000) / 2;
    let failures = 0;
    for (let i = 0; i < slowRuns; i++) {
      if (i > 0 && Date.now() > deadline) {
        console.log(`  ! ${i} of ${slowRuns} runs (time limit: half of --lh-minutes ${args['lh-minutes']})`);
        break;
      }
      // interleaved: page, its plain page, for each method, so that drift hits both alike; the
      // pages in turn first from one run to the next (a run's first Lighthouse is often slower)
      for (const [key, page, plain] of [...pages.slice(i % pages.length), ...pages.slice(0, i % pages.length)])
        for (const throttling of /** @type {('devtools' | 'simulate')[]} */ (['devtools', 'simulate']))
          for (const [which, address] of i % 2
            ? [
                ['plain', plain],
                ['page', page],
              ]
            : [
                ['page', page],
                ['plain', plain],
              ]) {
            const id = `${key} ${which} ${throttling}`;
            try {
              const m = await lhMod.lighthouseRun(server.origin + address, 'mobile', { throttling, paths: false });
              (runs[id] ??= []).push(m);
              progress(`${id} ${i + 1}/${slowRuns}: LCP ${fmt.ms(m.lcp)} FCP ${fmt.ms(m.fcp)}`);
            } catch (e) {
              progress(`${id} ${i + 1}/${slowRuns}: failed: ${errorMessage(e).split('\n')[0]}`);
              if (++failures > 3) throw new Error(`Lighthouse failed ${failures} times`, { cause: e });
            }
          }
    }
    /**
     * @param {string} id
     * @param {(run: LighthouseRun) => number | undefined} [f]
     * @returns {RunStats}
     */
    const stat = (id, f = (x) => x.lcp) => {
      const xs = (runs[id] ?? []).map(f);
      return { median: median(xs), min: min(xs), max: max(xs), n: xs.length };
    };
    /** @param {RunStats} st */
    const range = (st) => (st.n > 1 ? `${fmt.ms(st.min)}–${fmt.ms(st.max)}` : '');
    /** @type {SlowPhoneResult['summary']} */
    const summary = {};
    /** @type {string[][]} */
    const rows = [];
    for (const [key, page] of pages) {
      const d = stat(`${key} page devtools`);
      const dp = stat(`${key} plain devtools`);
      const sm = stat(`${key} page simulate`);
      const sp = stat(`${key} plain simulate`);
      summary[key] = {
        page,
        devtools: d,
        plainDevtools: dp,
        ratio: d.median / dp.median,
        simulated: sm,
        plainSimulated: sp,
        simulatedRatio: sm.median / sp.median,
        fcp: stat(`${key} page devtools`, (x) => x.fcp).median,
      };
      rows.push([
        `${key} ${page}`,
        fmt.ms(d.median),
        range(d),
        fmt.ms(dp.median),
        fmt.ratio(d.median / dp.median),
        fmt.ms(sm.median),
        fmt.ms(sp.median),
        fmt.ratio(sm.median / sp.median),
        String(d.n),
      ]);
    }
    console.log(
      table(
        [
          'page',
          'LCP applied',
          'min–max',
          'plain, applied',
          'ratio',
          'LCP simulated',
          'plain, simulated',
          'ratio',
          'runs',
        ],
        rows,
      ),
    );
    console.log(
      `  applied = Lighthouse mobile with throttlingMethod 'devtools' (network 150 ms RTT ×3.75, 1.6 Mbps; CPU 4× slower) ` +
        `— the load itself slowed; simulated = the default, an unthrottled load replayed by Lantern. plain = the same text as ` +
        `static HTML (the room's quotes; the card's quote first, then the room's; the hall's own text). ${loadNote()}`,
    );
    return { summary, runs: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.map((x) => x.lcp)])) };
  });

  // ---- 3. room transitions -------------------------------------------------------------------
  section(
    `frame times during room transitions — ${TRANSITIONS_PAGE}, ${args.presses} presses every ${args.interval} ms, ${args.cpu}× CPU`,
  );
  results.transitions = await attempt('frames', async () => {
    const { roomTransitions } = await import('./lib/browser.mjs');
    const roomOrder = roomIds();
    progress(`pressing ArrowRight/ArrowLeft ${args.presses} times…`);
    /** @type {TransitionsResult} */
    const r = await roomTransitions(server.origin, TRANSITIONS_PAGE, {
      presses: args.presses,
      interval: args.interval,
      cpu: args.cpu,
      roomOrder,
    });
    console.log(
      table(
        [
          'presses',
          'room changes',
          'frames',
          'p50',
          'p95',
          'max',
          'frames > 50 ms',
          'long tasks > 50 ms',
          'longest task',
          'long tasks total',
        ],
        [
          [
            String(r.presses),
            String(r.moved),
            String(r.frames),
            fmt.ms1(r.p50),
            fmt.ms1(r.p95),
            fmt.ms1(r.max),
            String(r.over50),
            String(r.longTasks),
            fmt.ms(r.longTaskMax),
            fmt.ms(r.longTaskTotal),
          ],
        ],
      ),
    );
    console.log(
      '  frame time = requestAnimationFrame delta (16.7 ms at 60 Hz); long tasks from PerformanceObserver("longtask")',
    );
    console.log(
      `  room after each press (seen ${args.interval} ms later): ${r.asExpected} as expected, ${r.presses - r.moved} unchanged, ${r.elsewhere} elsewhere (skipped or went back)`,
    );
    if (r.longTaskUnsupported) console.log('  ! longtask entries unsupported in this Chromium');
    if (r.errors.length) console.log(`  page errors: ${r.errors.slice(0, 3).join(' | ')}`);
    progress('the same room changes made by the browser alone…');
    const { roomChangeFloor, firstTap } = await import('./lib/browser.mjs');
    /** @type {FloorOrError} */
    const floor = await roomChangeFloor(
      server.origin,
      roomOrder.map((id) => `/${TRANSITIONS_PAGE.split('/')[1]}/${id}/`),
      { cpu: args.cpu },
    ).catch((error) => ({ error: String(error?.message ?? error) }));
    r.floor = floor;
    console.log(
      floor.error
        ? `  floor not measured: ${floor.error}`
        : `  the floor: the browser alone (no app script) putting a room's prerendered content in place of another, ${floor.changes} changes at ${args.cpu}× CPU: ` +
            `longest task median ${fmt.ms(floor.median)}, max ${fmt.ms(floor.max)}, ${floor.over50} of ${floor.changes} over 50 ms`,
    );
    progress('first taps on a phone before the app…');
    const tap = await firstTap(server.origin, FIRST_TAP_PAGE, { cpu: args.cpu }).catch((error) => ({
      error: errorMessage(error),
    }));
    r.firstTap = tap;
    console.log(
      'error' in tap
        ? `  first tap not measured: ${tap.error}`
        : `  a visitor's first tap, on a phone, before the app (its code in the cache), to its open card seen — ${FIRST_TAP_PAGE}, ${tap.runs} runs at ${args.cpu}× CPU: ` +
            `median ${fmt.ms(tap.median)} (${fmt.ms(tap.min)}–${fmt.ms(tap.max)})`,
    );
    return r;
  });

  // ---- 3b. interactions: from each act to the next paint -------------------------------------
  section(`interactions — Event Timing, ${args.repeats} of each act, ${args.cpu}× CPU, to the next paint`);
  results.interactions = await attempt('interactions', async () => {
    const { measureInteractions } = await import('./lib/interactions.mjs');
    const roomOrder = roomIds();
    const loadBefore = os.loadavg();
    const r = await measureInteractions(server.origin, {
      cpu: args.cpu,
      repeats: args.repeats,
      rooms: roomOrder,
      onProgress: (name, i) => i % 10 === 0 && progress(`${name}: ${i}/${args.repeats}`),
    });
    const loadAfter = os.loadavg();
    console.log(
      table(
        ['act', 'n', 'median', 'p75', 'worst', 'worst: event', 'input delay', 'handlers'],
        Object.entries(r).map(([name, x]) => [
          name,
          String(x.samples.length),
          fmt.ms(x.median),
          fmt.ms(x.p75),
          fmt.ms(x.worst),
          x.worstEvent,
          fmt.ms(x.worstInput),
          fmt.ms(x.worstProcessing),
        ]),
      ),
    );
    /** @param {number[]} l */
    const la = (l) => l.map((x) => x.toFixed(1)).join(' ');
    console.log(
      `  Event Timing (PerformanceObserver "event", interactionId): per act its longest interaction, from the input to the next ` +
        `paint, in 8 ms steps, 16 ms at least; phone 412 px (taps, swipes), laptop (keys, language, search), kiosk 1920 px ` +
        `(a fresh load each time). Load average (1, 5, 15 min) before ${la(loadBefore)}, after ${la(loadAfter)}, ${os.cpus().length} cores`,
    );
    return { acts: r, loadBefore, loadAfter };
  });

  // ---- 4. kiosk soak -------------------------------------------------------------------------
  section(
    `kiosk soak — ${KIOSK_PAGE}, ${args.soak} attract-loop transitions (fake clock), samples at ${args.cpu}× CPU`,
  );
  results.soak = await attempt('soak', async () => {
    const { kioskSoak } = await import('./lib/browser.mjs');
    const r = await kioskSoak(server.origin, KIOSK_PAGE, {
      transitions: args.soak,
      cpu: args.cpu,
      sampleSeconds: args.quick ? 5 : 10,
      maxMinutes: Math.max(8, args.soak / 250),
      onProgress: (n, total) => n % 500 === 0 && progress(`soak ${n}/${total} transitions`),
    });
    /** @param {number} a @param {number} b */
    const pct = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && a > 0 ? ((b - a) / a) * 100 : NaN);
    /**
     * @param {string} label
     * @param {SoakResult['atStart']} m
     */
    const mem = (label, m) => [
      label,
      String(m.step),
      fmt.kb(m.heap),
      String(m.nodes),
      String(m.elements),
      String(m.listeners),
    ];
    console.log(
      table(
        ['after GC', 'data-step', 'JS heap used', 'DOM nodes (CDP)', 'elements in document', 'JS listeners'],
        [
          mem('start', r.atStart),
          mem('half-way', r.atHalf),
          mem('end', r.atEnd),
          [
            'growth, 1st half',
            '',
            fmt.pct(pct(r.atStart.heap, r.atHalf.heap)),
            fmt.pct(pct(r.atStart.nodes, r.atHalf.nodes)),
            fmt.pct(pct(r.atStart.elements, r.atHalf.elements)),
            '',
          ],
          [
            'growth, 2nd half',
            '',
            fmt.pct(pct(r.atHalf.heap, r.atEnd.heap)),
            fmt.pct(pct(r.atHalf.nodes, r.atEnd.nodes)),
            fmt.pct(pct(r.atHalf.elements, r.atEnd.elements)),
            '',
          ],
        ],
      ),
    );
    const perStep = r.slope;
    console.log('');
    console.log(
      table(
        ['transitions', 'JS heap used', 'since the previous', 'per transition', 'DOM nodes', 'listeners'],
        r.series.map((m, i) => {
          const prev = r.series[i - 1];
          const d = prev ? m.heap - prev.heap : NaN;
          const per = prev && m.driven > prev.driven ? d / (m.driven - prev.driven) : NaN;
          return [
            String(m.driven),
            fmt.kb(m.heap),
            prev ? `${d >= 0 ? '+' : ''}${fmt.kb(d)}` : '',
            prev ? `${per >= 0 ? '+' : ''}${per.toFixed(0)} B` : '',
            String(m.nodes),
            String(m.listeners),
          ];
        }),
      ),
    );
    console.log(
      `  2nd-half slope (least squares over the samples from transition ${r.atHalf.driven} on): ${perStep >= 0 ? '+' : ''}${perStep.toFixed(1)} B of heap per transition ` +
        `(${fmt.kb(perStep * 1000)} per 1,000); ${r.driven} transitions driven (data-step ${r.firstStep} → ${r.lastStep}) in ${(r.durationMs / 1000).toFixed(0)} s`,
    );
    if (r.timedOut) console.log(`  ! soak stopped at its time limit after ${r.driven} of ${r.requested} transitions`);
    /**
     * @param {string} label
     * @param {SoakResult['sampleEnd']} s
     */
    const sampleRow = (label, s) =>
      s
        ? [
            label,
            String(s.transitions),
            String(s.frames),
            fmt.ms1(s.p50),
            fmt.ms1(s.p95),
            fmt.ms1(s.max),
            String(s.over50),
            String(s.longTasks),
            fmt.ms(s.longTaskMax),
          ]
        : [label, '-', '-', '-', '-', '-', '-', '-', '-'];
    console.log('');
    console.log(
      table(
        ['real-time sample', 'transitions', 'frames', 'p50', 'p95', 'max', 'frames > 50 ms', 'long tasks', 'longest'],
        [sampleRow('before the soak', r.sampleStart), sampleRow('after the soak', r.sampleEnd)],
      ),
    );
    const wrn = r.warnings.filter(Boolean);
    if (wrn.length) console.log(`  console warnings: ${[...new Set(wrn)].slice(0, 3).join(' | ')}`);
    if (r.errors.length) console.log(`  page errors: ${[...new Set(r.errors)].slice(0, 3).join(' | ')}`);
    return {
      ...r,
      heapGrowthPct: pct(r.atHalf.heap, r.atEnd.heap),
      nodeGrowthPct: pct(r.atHalf.nodes, r.atEnd.nodes),
      heapSlopePerStep: perStep,
    };
  });

  // ---- 5. budgets ----------------------------------------------------------------------------
  section('budgets');
  const B = BUDGETS;
  /** @type {Check[]} */
  const checks = [];
  /**
   * @param {string} label
   * @param {number | undefined} value the measure; undefined: not measured (its step skipped or failed)
   * @param {boolean} ok
   * @param {string | null | undefined} shown
   * @param {string} step
   */
  const check = (label, value, ok, shown, step) => {
    if (value === undefined && skip.has(step)) checks.push({ label, skipped: true, shown: `skipped (--skip ${step})` });
    else
      checks.push({
        label,
        ok: value === undefined ? false : ok,
        shown: value === undefined ? `not measured${errors[step] ? ` (${step} failed)` : ''}` : shown,
      });
  };
  // Whether a measure meets its budget: a missing one (undefined) never does, as `undefined <= limit` is false.
  /** @typedef {(value: number | undefined, limit: number) => boolean} Meets */
  /** @type {Meets} */
  const atMost = (value, limit) => value !== undefined && value <= limit;
  /** @type {Meets} */
  const atLeast = (value, limit) => value !== undefined && value >= limit;
  /** @type {Meets} */
  const below = (value, limit) => value !== undefined && value < limit;
  const lh = results.lighthouse?.summary;
  const M = lh?.mobile;
  const D = lh?.desktop;
  {
    const ratio = M ? M.room.lcp / M.plain.lcp : undefined;
    check(
      `mobile LCP room ≤ ${B.lcpVsPlainMax} × plain`,
      ratio,
      atMost(ratio, B.lcpVsPlainMax),
      M && `${fmt.ms(M.room.lcp)} vs ${fmt.ms(M.plain.lcp)} = ${fmt.ratio(ratio)}`,
      'lighthouse',
    );
    for (const [key, v] of Object.entries(
      results.slowPhone?.summary ?? { room: undefined, card: undefined, hall: undefined },
    ))
      check(
        `slow phone (applied throttling): ${key} LCP ≤ ${B.slowPhoneLcpVsPlainMax} × plain`,
        v?.ratio,
        atMost(v?.ratio, B.slowPhoneLcpVsPlainMax),
        v &&
          `${fmt.ms(v.devtools.median)} vs ${fmt.ms(v.plainDevtools.median)} = ${fmt.ratio(v.ratio)} (simulated ${fmt.ms(v.simulated.median)} vs ${fmt.ms(v.plainSimulated.median)} = ${fmt.ratio(v.simulatedRatio)})`,
        'slowphone',
      );
    check(
      `Lighthouse performance ≥ ${B.performanceMobileMin} (mobile)`,
      M?.room.performance,
      atLeast(M?.room.performance, B.performanceMobileMin),
      M && fmt.int(M.room.performance),
      'lighthouse',
    );
    for (const [cat, minScore] of /** @type {[LighthouseMeasure, number][]} */ ([
      ['accessibility', B.accessibilityMin],
      ['best-practices', B.bestPracticesMin],
      ['seo', B.seoMin],
    ])) {
      const v = M && D ? Math.min(M.room[cat], D.room[cat]) : undefined;
      check(
        `Lighthouse ${cat} = ${minScore} (mobile, desktop)`,
        v,
        atLeast(v, minScore),
        M && D && `${fmt.int(M.room[cat])}, ${fmt.int(D.room[cat])}`,
        'lighthouse',
      );
    }
    const cls = M && D ? Math.max(M.room.cls, D.room.cls) : undefined;
    check(
      `CLS = ${B.clsMax} (mobile, desktop)`,
      cls,
      atMost(cls, B.clsMax),
      M && D && `${fmt.cls(M.room.cls)}, ${fmt.cls(D.room.cls)}`,
      'lighthouse',
    );
  }
  const sz = results.sizes;
  check(
    `initial JS ≤ ${B.initialJsGzipKB} KB gzip`,
    sz?.initialJs,
    atMost(sz?.initialJs, B.initialJsGzipKB * 1024),
    sz &&
      `${fmt.kb(sz.initialJs)} (the page's scripts and all they load before the app is interactive, by the build manifest: ${fmt.kb(sz.declared.initialJs)}; requested by Chromium before the load event: ${fmt.kb(sz.jsBeforeLoad)})`,
    'sizes',
  );
  check(
    `JS of a room visit ≤ ${B.roomVisitJsGzipKB} KB gzip`,
    sz?.visitJs,
    atMost(sz?.visitJs, B.roomVisitJsGzipKB * 1024),
    sz && `${fmt.kb(sz.visitJs)} (initial, and what the app fetches once idle)`,
    'sizes',
  );
  check(
    `bytes before the first quote is readable ≤ ${B.bytesBeforeReadableKB} KB`,
    sz?.readable,
    atMost(sz?.readable, B.bytesBeforeReadableKB * 1024),
    sz &&
      `${fmt.kb(sz.readable)} for ${ROOM_PAGE} (HTML ${fmt.kb(sz.html)} + render-blocking CSS ${fmt.kb(sz.cssBlocking)}; fonts after it ${fmt.kb(sz.fontsBeforeFcp)}; every room: node tests/bench/sizes.mjs)`,
    'sizes',
  );
  for (const [name, x] of Object.entries(results.interactions?.acts ?? { interactions: undefined })) {
    check(
      `${name}: p75 ≤ ${B.interactionP75Max} ms, worst ≤ ${B.interactionWorstMax} ms (${args.cpu}× CPU)`,
      x?.p75,
      atMost(x?.p75, B.interactionP75Max) && atMost(x?.worst, B.interactionWorstMax),
      x && `p75 ${fmt.ms(x.p75)}, worst ${fmt.ms(x.worst)} (${x.samples.length} acts)`,
      'interactions',
    );
  }
  const so = results.soak;
  check(
    `soak heap growth < ${B.soakHeapGrowthPctLt} % (2nd half)`,
    so?.heapGrowthPct,
    below(so?.heapGrowthPct, B.soakHeapGrowthPctLt),
    so && `${fmt.pct(so.heapGrowthPct)} over ${so.atEnd.step - so.atHalf.step} transitions`,
    'soak',
  );
  check(
    `soak heap slope ≤ ${B.soakHeapSlopeMaxB} B a transition (2nd half)`,
    so?.heapSlopePerStep,
    atMost(so?.heapSlopePerStep, B.soakHeapSlopeMaxB),
    so && `${so.heapSlopePerStep.toFixed(1)} B over ${so.series.length} samples`,
    'soak',
  );
  check(
    `soak DOM node growth < ${B.soakNodeGrowthPctLt} % (2nd half)`,
    so?.nodeGrowthPct,
    below(so?.nodeGrowthPct, B.soakNodeGrowthPctLt),
    so && `${fmt.pct(so.nodeGrowthPct)} (${so.atHalf.nodes} → ${so.atEnd.nodes})`,
    'soak',
  );
  console.log(
    table(
      ['', 'budget', 'measured'],
      checks.map((c) => [c.skipped ? '·' : c.ok ? '✓' : '✗', c.label, c.shown ?? '-']),
      { align: ['l', 'l', 'l'] },
    ),
  );
  const failed = checks.filter((c) => !c.skipped && !c.ok).length;
  const skipped = checks.filter((c) => c.skipped).length;
  const errorNames = Object.keys(errors);
  console.log(
    `\n  ${checks.length - failed - skipped} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${errorNames.length ? `; steps in error: ${errorNames.join(', ')}` : ''} — ${((Date.now() - started) / 60000).toFixed(1)} min`,
  );
  const cores = os.cpus().length;
  console.log(
    `  machine: ${cores} cores, 1-min load average during the bench ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (median ${median(loads).toFixed(1)})${median(loads) > cores ? ': other work shared the CPU, timings are pessimistic and noisy' : ''}`,
  );
  results.load = loads;
  results.checks = checks;
  results.errors = errors;
  if (args.json) {
    fs.writeFileSync(
      args.json,
      JSON.stringify(results, (_key, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 1),
    );
    console.log(`  wrote ${args.json}`);
  }
  await shutdown(failed || errorNames.length ? 1 : 0);
}

/** Whether a build of this project is running now (another session's `npm run build`). */
function buildRunning() {
  let ids;
  try {
    ids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid);
  } catch {
    return false;
  }
  for (const id of ids) {
    try {
      const cmd = fs.readFileSync(`/proc/${id}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (!/\bvite(\.js)? build\b|prerender\.ts|npm run build/.test(cmd)) continue;
      if (fs.realpathSync(`/proc/${id}/cwd`) === PROJECT) return true;
    } catch {
      /* gone, or not ours to read */
    }
  }
  return false;
}

/**
 * Waits (bounded) until no build of this project runs and dist/ has not changed for quietMs.
 * @param {Progress} progress
 * @param {{ quietMs?: number, maxMs?: number }} [options]
 */
async function waitForQuietDist(progress, { quietMs = 5000, maxMs = 300_000 } = {}) {
  const { sleep } = await import('./lib/common.mjs');
  const t0 = Date.now();
  let said = false;
  while (Date.now() - t0 < maxMs) {
    const running = buildRunning();
    const age = Date.now() - newestMtime(DIST);
    if (!running && age >= quietMs) return true;
    if (!said)
      progress(
        `${running ? 'a build of the project is running' : 'dist/ is being written'}: waiting for it to finish…`,
      );
    said = true;
    await sleep(3000);
  }
  return false;
}

/**
 * Copies dist/ into dir, and checks the copy is a whole build: the pages the
 * bench opens and every asset they declare. Waits and retries while someone else's build is
 * rewriting dist/ (others work in this tree at the same time).
 * @param {string} dir
 * @param {Progress} progress
 */
async function snapshotDist(dir, progress) {
  const { declaredAssets, distFile } = await import('./lib/assets.mjs');
  const { rmDir } = await import('./lib/common.mjs');
  const pages = ['index.html', 'fr/travail/index.html', 'fr/environnement/index.html', 'fr/index.html', '404.html'];
  let problem = '';
  for (let attempt = 1; attempt <= 8; attempt++) {
    await waitForQuietDist(progress);
    rmDir(dir);
    problem = '';
    try {
      const before = newestMtime(DIST);
      fs.cpSync(DIST, dir, { recursive: true });
      const missing = pages.filter((p) => !fs.existsSync(path.join(dir, p)));
      for (const p of pages.filter((x) => !missing.includes(x))) {
        const { js, css } = declaredAssets(fs.readFileSync(path.join(dir, p), 'utf8'));
        for (const a of [...js, ...css]) if (!distFile(dir, a.url)) missing.push(a.url);
      }
      if (missing.length) problem = `incomplete (${[...new Set(missing)].slice(0, 3).join(', ')})`;
      else if (newestMtime(DIST) !== before) problem = 'changed while copied';
    } catch (e) {
      problem = errorMessage(e);
    }
    if (!problem) return dir;
    progress(`dist/ snapshot ${problem}; retrying`);
    await new Promise((r) => setTimeout(r, 5000));
  }
  throw new Error(`dist/ snapshot ${problem}: run npm run build (or wait for the one running)`);
}

/**
 * Gives the snapshot the bench's address as its public URL, as a build with
 * VITE_PUBLIC_URL=<origin> would: the canonical, hreflang and preview URLs of every page,
 * sitemap.xml and robots.txt. Returns the URL that was replaced (null if already the same).
 * @param {string} dir
 * @param {string} origin
 */
function deployAt(dir, origin) {
  const html = fs.readFileSync(path.join(dir, ROOM_PAGE, 'index.html'), 'utf8');
  const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  if (!canonical) throw new Error(`${ROOM_PAGE}: no canonical link to take the site URL from`);
  const site = new URL(canonical).origin;
  if (site === origin) return null;
  /** @param {string} d */
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'assets') walk(f);
      } else if (/\.(html|xml|txt)$/.test(e.name)) {
        fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replaceAll(`${site}/`, `${origin}/`));
      }
    }
  };
  walk(dir);
  return site;
}

/**
 * Newest modification time under p (a file or a folder), 0 if absent.
 * @param {string} p
 */
function newestMtime(p) {
  let t = 0;
  /** @param {string} f */
  const walk = (f) => {
    let st;
    try {
      st = fs.statSync(f);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      t = Math.max(t, st.mtimeMs);
      for (const e of fs.readdirSync(f)) walk(path.join(f, e));
    } else t = Math.max(t, st.mtimeMs);
  };
  walk(p);
  return t;
}

function buildState() {
  const outputs = ['index.html', 'fr/travail/index.html', 'fr/environnement/index.html', '404.html'].map((f) =>
    path.join(DIST, f),
  );
  const missing = outputs.filter((f) => !fs.existsSync(f));
  // a build that failed half-way leaves pages whose assets are gone
  for (const f of outputs.filter((x) => !missing.includes(x))) {
    const html = fs.readFileSync(f, 'utf8');
    for (const m of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g))
      if (!fs.existsSync(path.join(DIST, m[1]))) missing.push(path.join(DIST, m[1]));
  }
  const builtAt = missing.length ? 0 : Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  const srcAt = Math.max(
    ...['src', 'scripts', 'data', 'index.html', 'vite.config.ts', 'public'].map((p) =>
      newestMtime(path.join(PROJECT, p)),
    ),
  );
  const stale = missing.length > 0 || srcAt > builtAt;
  const why = missing.length
    ? `incomplete (missing ${[...new Set(missing)]
        .slice(0, 3)
        .map((f) => path.relative(PROJECT, f))
        .join(', ')})`
    : stale
      ? 'older than src/, scripts/ or data/'
      : 'up to date';
  return { missing, builtAt, stale, why };
}

/**
 * Build when dist/ is missing or older than src/, scripts/ or data/ (or the build's own config).
 * @param {{ build: boolean, 'force-build': boolean }} args --no-build, --force-build
 * @param {Progress} progress
 */
async function ensureBuild(args, progress) {
  await waitForQuietDist(progress);
  let st = buildState();
  if (!args.build && !args['force-build']) {
    console.log(`  --no-build: using dist/ as it is (${st.why})`);
    if (st.missing.length) throw new Error('no build in dist/');
    return;
  }
  if (!st.stale && !args['force-build']) {
    console.log(`  dist/ is up to date (built ${new Date(st.builtAt).toISOString()})`);
    return;
  }
  console.log(`  dist/ ${args['force-build'] ? 'rebuilt on request' : st.why}: npm run build`);
  const { sleep } = await import('./lib/common.mjs');
  for (let attempt = 1; ; attempt++) {
    progress(`npm run build${attempt > 1 ? ` (attempt ${attempt})` : ''}…`);
    const t = Date.now();
    const r = spawnSync('npm', ['run', 'build'], {
      cwd: PROJECT,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 10 * 60_000,
      maxBuffer: 64 << 20,
    });
    if (r.status === 0) {
      console.log(`  built in ${((Date.now() - t) / 1000).toFixed(0)} s`);
      return;
    }
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    // a build by someone else at the same time fails on dist/ (ENOTEMPTY, ENOENT): wait and retry
    if (attempt < 3 && /ENOTEMPTY|ENOENT|EEXIST/.test(tail)) {
      progress(`build collided with another write to dist/ (${(tail.match(/E[A-Z]+:[^\n]*/) ?? [''])[0]}); retrying`);
      await sleep(15_000);
      await waitForQuietDist(progress);
      st = buildState();
      if (!st.stale) {
        console.log('  dist/ was rebuilt meanwhile (by someone else): using it');
        return;
      }
      continue;
    }
    console.log(tail);
    throw new Error(`npm run build failed (${r.signal ?? `exit ${r.status}`})`);
  }
}
