#!/usr/bin/env node
// Static sizes of a room page, from dist/ alone (no browser, no timing, deterministic):
// gzip sizes of the JS and CSS that dist/fr/travail/index.html declares (script,
// modulepreload, stylesheet) with their static imports (Vite's build manifest), of the fonts the page preloads and of the lazy chunks. Exits 1 when
// the initial JS or the bytes before the first quote is readable are over budget.
//   node tests/bench/sizes.mjs [--dist dist] [--page /fr/travail/] [--gate]
// --gate (what `npm test` runs): holds each size to its budget, or, where the budget is not met
// yet, to the ceiling of CI_CEILINGS (bench.mjs) — no regression — and says so.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageAssetSizes, roomPages } from './lib/assets.mjs';
import { parseArgs, table, fmt } from './lib/common.mjs';
import { BUDGETS, CI_CEILINGS } from './bench.mjs';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * @param {import('./lib/assets.mjs').PageAssetSizes} s
 * @param {string} distDir
 * @param {{ lazy?: boolean }} [options]
 */
export function printAssetSizes(s, distDir, { lazy = true } = {}) {
  /** @param {string | null} f */
  const rel = (f) => (f ? path.relative(distDir, f) : '(missing)');
  const rows = [
    ['HTML', 'document', rel(s.htmlFile), fmt.kb(s.html.raw), fmt.kb(s.html.gzip)],
    ...s.initialCss.map((r) => ['CSS initial', r.how, rel(r.file), fmt.kb(r.raw), fmt.kb(r.gzip)]),
    ...s.bodyCss.map((r) => ['CSS after the text', r.how, rel(r.file), fmt.kb(r.raw), fmt.kb(r.gzip)]),
    ...s.initialFonts.map((r) => ['font initial', r.how, rel(r.file), fmt.kb(r.raw), fmt.kb(r.gzip)]),
    ...s.initialJs.map((r) => ['JS initial', r.how, rel(r.file), fmt.kb(r.raw), fmt.kb(r.gzip)]),
  ];
  if (lazy) rows.push(...s.lazyJs.map((r) => ['JS lazy', '', rel(r.file), fmt.kb(r.raw), fmt.kb(r.gzip)]));
  rows.push(
    ['total', 'initial CSS', '', fmt.kb(s.totals.initialCss.raw), fmt.kb(s.totals.initialCss.gzip)],
    ['total', 'fonts preloaded', '', fmt.kb(s.totals.initialFonts.raw), fmt.kb(s.totals.initialFonts.gzip)],
    ['total', 'readable (HTML + CSS)', '', '', fmt.kb(s.totals.readable)],
    ['total', 'initial JS', '', fmt.kb(s.totals.initialJs.raw), fmt.kb(s.totals.initialJs.gzip)],
    ...s.visitJs
      .slice(s.initialJs.length)
      .map((r) => ['JS once idle', r.how, rel(r.file), fmt.kb(r.raw), fmt.kb(r.gzip)]),
    ['total', 'JS of a room visit', '', fmt.kb(s.totals.visitJs.raw), fmt.kb(s.totals.visitJs.gzip)],
    ['total', `lazy JS (${s.lazyJs.length} files)`, '', fmt.kb(s.totals.lazyJs.raw), fmt.kb(s.totals.lazyJs.gzip)],
  );
  console.log(table(['what', 'how', 'file', 'raw', 'gzip'], rows));
}

/**
 * Elements in each room's prerendered page (French, English), and in its wall per bubble: what a room change
 * has the browser style, lay out and paint (fewer elements per bubble, a cheaper change).
 * @param {string} distDir
 */
export function printElementCounts(distDir) {
  const rows = ['fr', 'en']
    .flatMap((lang) =>
      fs
        .readdirSync(path.join(distDir, lang), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(distDir, lang, entry.name, 'index.html')),
    )
    .filter((file) => fs.existsSync(file) && /class="wall/.test(fs.readFileSync(file, 'utf8')))
    .map((file) => {
      const html = fs.readFileSync(file, 'utf8');
      /** @param {string} text */
      const count = (text) => (text.match(/<[a-zA-Z]/g) ?? []).length;
      const body = html.slice(html.indexOf('<body'));
      const wall = body.slice(body.indexOf('class="wall'), body.indexOf('class="room-nav"'));
      const bubbles = (wall.match(/<figure/g) ?? []).length;
      return [
        path.relative(distDir, path.dirname(file)),
        String(count(body)),
        String(bubbles),
        (count(wall) / bubbles).toFixed(1),
      ];
    });
  console.log(table(['room', 'elements in the page', 'bubbles', 'elements per bubble (wall)'], rows));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2), {
    dist: path.join(projectDir, 'dist'),
    page: '/fr/travail/',
    gate: false,
  });
  const distDir = path.resolve(args.dist);
  if (!fs.existsSync(path.join(distDir, 'assets'))) {
    console.error(`no build in ${distDir}: run npm run build first`);
    process.exit(2);
  }
  const s = pageAssetSizes(distDir, args.page);
  console.log(
    `# ${args.page} — sizes from ${path.relative(process.cwd(), distDir) || '.'} (gzip level 9; 1 KB = 1024 B)`,
  );
  printAssetSizes(s, distDir);
  printElementCounts(distDir);
  // Every room in every language: the bytes before its first quote (HTML with the stylesheet it
  // carries, and any render-blocking stylesheet), the worst first; a card's page, for the record.
  const perRoom = roomPages(distDir)
    .map((page) => ({ page, readable: pageAssetSizes(distDir, page).totals.readable }))
    .sort((a, b) => b.readable - a.readable);
  const lightest = perRoom.at(-1);
  if (!lightest) throw new Error(`${distDir}: no room page`);
  const cards = perRoom.flatMap(({ page }) =>
    fs
      .readdirSync(path.join(distDir, page), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `${page}${d.name}/`),
  );
  const worstCard = cards
    .map((page) => ({ page, readable: pageAssetSizes(distDir, page).totals.readable }))
    .sort((a, b) => b.readable - a.readable)[0];
  console.log(
    `\nbytes before the first quote, ${perRoom.length} rooms × languages (HTML with its inline stylesheet + render-blocking CSS, gzip):`,
  );
  console.log(
    table(
      ['page', 'gzip'],
      [
        ...perRoom.slice(0, 5).map((r) => [r.page, fmt.kb(r.readable)]),
        [`… lightest ${lightest.page}`, fmt.kb(lightest.readable)],
        ...(worstCard ? [[`heaviest card's page (not budgeted) ${worstCard.page}`, fmt.kb(worstCard.readable)]] : []),
      ],
    ),
  );
  const worstRoom = perRoom[0];
  const missing = [...s.initialJs, ...s.initialCss, ...s.bodyCss, ...s.initialFonts].filter((r) => r.missing);
  if (missing.length) console.log(`\n✗ declared but missing from dist/: ${missing.map((r) => r.url).join(', ')}`);
  const jsOk = s.totals.initialJs.gzip <= BUDGETS.initialJsGzipKB * 1024;
  const readableOk = worstRoom.readable <= BUDGETS.bytesBeforeReadableKB * 1024;
  const visitOk = s.totals.visitJs.gzip <= BUDGETS.roomVisitJsGzipKB * 1024;
  const fontsOk = s.totals.initialFonts.raw <= BUDGETS.preloadedFontsKB * 1024;
  console.log(
    `\n${jsOk ? '✓' : '✗'} initial JS ${fmt.kb(s.totals.initialJs.gzip)} gzip ≤ ${BUDGETS.initialJsGzipKB} KB (the page's scripts and all they load before the app is interactive)`,
  );
  console.log(
    `${readableOk ? '✓' : '✗'} bytes before the first quote is readable ≤ ${BUDGETS.bytesBeforeReadableKB} KB in every room and language: at most ${fmt.kb(worstRoom.readable)} (${worstRoom.page}; HTML with its inline stylesheet + render-blocking CSS; ${args.page}: ${fmt.kb(s.totals.readable)})`,
  );
  console.log(
    `${visitOk ? '✓' : '✗'} JS of a room visit ≤ ${BUDGETS.roomVisitJsGzipKB} KB: ${fmt.kb(s.totals.visitJs.gzip)} gzip (the initial JS and what the app fetches once idle: every room's quotes, the open card's code, the service worker's registration)`,
  );
  console.log(
    `${fontsOk ? '✓' : '✗'} fonts preloaded ≤ ${BUDGETS.preloadedFontsKB} KB: ${fmt.kb(s.totals.initialFonts.raw)} (they swap in; the text is readable before)`,
  );
  if (args.gate && !jsOk) {
    const held = s.totals.initialJs.gzip <= CI_CEILINGS.initialJsGzipKB * 1024;
    console.log(
      `${held ? '✓' : '✗'} gate: initial JS ≤ ${CI_CEILINGS.initialJsGzipKB} KB, the ceiling CI holds until the ${BUDGETS.initialJsGzipKB} KB budget is met (no regression)`,
    );
    process.exit(held && readableOk && visitOk && fontsOk && !missing.length ? 0 : 1);
  }
  const ok = jsOk && readableOk && visitOk && fontsOk && !missing.length;
  process.exit(ok ? 0 : 1);
}
