/**
 * Build step after `vite build` (client) and `vite build --ssr` (dist-ssr/): writes every page of
 * the exhibition, in every language, as its own static HTML file with its real content and head
 * (dist/<lang>/<room>/<card>/index.html), plus 404.html, sitemap.xml and robots.txt. Any static
 * host then opens every deep link, JavaScript or not.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { criticalCss, pageStylesheet, styleHash, syncStyleHashes, vocabulary } from './inline-style.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const publicOrigin = (process.env.VITE_PUBLIC_URL ?? 'http://localhost:4173').replace(/\/$/, '');

interface Rendered {
  status: number;
  head: string;
  body: string;
  lang: string;
  dir: string;
}
const server = (await import(pathToFileURL(join(root, 'dist-ssr/entry-server.js')).href)) as {
  render: (url: string) => Promise<Rendered>;
  allPages: () => Promise<{ path: string; route: string; lang: string }[]>;
};

/** Vite's build manifest: the chunks of the build, and what imports what. */
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  { file: string; name?: string; imports?: string[]; dynamicImports?: string[] }
>;

/**
 * A chunk and its static imports, as the build manifest lists them, less the app's own (the entry,
 * index.html, and what it imports: the page names those already).
 */
const entryChunks = new Set<string>();
function withImports(key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file) || entryChunks.has(chunk.file)) return into;
  into.add(chunk.file);
  chunk.imports?.forEach((imported) => withImports(imported, into));
  return into;
}
withImports('index.html', entryChunks);
if (entryChunks.size === 0) throw new Error('dist/.vite/manifest.json: no entry (index.html)');

/**
 * The code of a page beyond the rooms (its route's `lazy`, src/app/router.tsx), with all the French
 * strings they load: the modules of each route, as the manifest names them.
 */
const PAGE_MODULES: Record<string, string[]> = {
  hall: ['src/features/hall/hall-page.tsx'],
  translations: ['src/features/translations/about-translations-page.tsx'],
  speakers: ['src/features/speakers/speakers-page.tsx'],
  speaker: ['src/features/speakers/speaker-index.ts', 'src/features/speakers/speaker-page.tsx'],
  figures: ['src/features/figures/figures-page.tsx'],
  search: ['src/features/search/search-page.tsx'],
  catalogue: ['src/features/catalogue/catalogue-page.tsx'],
  about: ['src/features/about/about-page.tsx'],
  collection: ['src/features/cards/collection-page.tsx'],
};
function pageCodeChunks(route: string): string[] {
  const modules = PAGE_MODULES[route];
  if (!modules) return [];
  const files = new Set<string>();
  for (const key of [...modules, 'src/i18n/locales/fr.json?raw']) {
    if (!manifest[key]) throw new Error(`dist/.vite/manifest.json: no chunk for ${key} (route "${route}")`);
    withImports(key, files);
  }
  // A page that shows every room waits for all their quotes (src/content/catalogue.ts) too.
  const catalogue = manifest['src/content/catalogue.ts'];
  if (!catalogue) throw new Error('dist/.vite/manifest.json: no chunk for src/content/catalogue.ts');
  if (files.has(catalogue.file))
    for (const [key, chunk] of Object.entries(manifest))
      if (key.startsWith('data/derived/rooms/')) files.add(chunk.file);
  return [...files].map((file) => `${base}${file}`);
}

/**
 * A room's quotes, a chunk of their own (src/content/room-content.ts) that the app loads before
 * it takes the room's page over: fetched with the app's code, not after it (one round trip less
 * between the visitor's first act and the app's answer).
 */
function roomChunk(roomId: string): string {
  const importers = Object.values(manifest).filter((chunk) => chunk.dynamicImports?.length);
  const key = importers.flatMap((chunk) => chunk.dynamicImports!).find((k) => manifest[k]?.name === roomId);
  if (!key) throw new Error(`dist/.vite/manifest.json: no chunk of its own for the quotes of room "${roomId}"`);
  return `${base}${manifest[key]!.file}`;
}

/**
 * A language's pack (src/i18n/language-pack.ts: its UI strings, its content translation), which
 * the app loads before it takes a page in that language over; none for French, in the app.
 */
function languageChunks(lang: string): string[] {
  const keys = [`src/i18n/locales/${lang}.json`, `data/i18n/${lang}/content.json`, `data/i18n/${lang}/meta.json`];
  return keys.flatMap((key) => (manifest[key] ? [`${base}${manifest[key].file}`] : []));
}

/**
 * What the app loads for this page before it takes it over (src/main.tsx: its room's quotes, its
 * language's pack, its code), fetched with the app's own code rather than after it has run.
 */
const chunksMeta = (pageChunks: string[]) =>
  pageChunks.map((href) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="${href}">\n`).join('');

/**
 * The exhibition's faces (src/styles/fonts.css, a stylesheet of its own) and the font files of a
 * page's first screen: the Latin subsets of Fraunces (the display face, first) and Atkinson; on
 * Arabic pages, set in Noto Naskh Arabic alone (global.css, "Right-to-left"), its Arabic and Latin
 * subsets (names, acronyms, digits, spaces). Named at the end of the body, so that neither blocks
 * the first paint nor shares a slow network with the page: the first quote is painted in the
 * metric-matched stand-ins of global.css, then the faces swap in (`font-display: swap`; measured
 * with the bench's applied throttling, docs/performance.md).
 */
const fontsStylesheet = manifest['src/styles/fonts.css']?.file;
if (!fontsStylesheet) throw new Error('dist/.vite/manifest.json: no stylesheet for src/styles/fonts.css');
const fontFiles = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.woff2'));
function fontFile(prefix: string): string {
  const file = fontFiles.find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`dist/assets: no font file ${prefix}*.woff2 to preload`);
  return file;
}
const LATIN_FONTS = [
  fontFile('fraunces-latin-wght-normal-'),
  fontFile('atkinson-hyperlegible-next-latin-wght-normal-'),
];
const ARABIC_FONTS = [
  fontFile('noto-naskh-arabic-arabic-wght-normal-'),
  fontFile('noto-naskh-arabic-latin-wght-normal-'),
];
const fonts = (lang: string) =>
  (lang === 'ar' ? ARABIC_FONTS : LATIN_FONTS)
    .map((file) => `<link rel="preload" href="${base}assets/${file}" as="font" type="font/woff2" crossorigin>\n`)
    .join('') + `<link rel="stylesheet" href="${base}${fontsStylesheet}">\n`;

const built = readFileSync(join(dist, 'index.html'), 'utf8');
if (!built.includes('<div id="root"></div>')) throw new Error('dist/index.html has no empty #root to fill');
/**
 * Each page carries the rules of the stylesheet that pages of its kind use (scripts/inline-style.ts):
 * a first visit on a slow network paints with the HTML alone, one round trip less than with a
 * render-blocking stylesheet, and without the bytes of what such a page never shows at first (the
 * kiosk, an open card on a room's page, the search's results…). The whole stylesheet follows at the
 * end of the body, not blocking the first paint, for what the app renders once it has the page (it
 * runs only once the stylesheets have arrived). One style per kind of page (its route; a card's
 * page apart), so that the CSP lists a handful of hashes (deploy/security-headers.conf, kept in step
 * at the end), not one per page.
 */
const stylesheet = pageStylesheet(built, (href) => readFileSync(join(dist, href.slice(base.length)), 'utf8'));
const STYLE = '<!--page-style-->';
const template = built
  .replace(stylesheet.tag, STYLE)
  // Nothing of the app is needed for the first paint: it comes after the page's own text and style.
  .replace('<script type="module" crossorigin', '<script type="module" fetchpriority="low" crossorigin')
  .replaceAll('<link rel="modulepreload" crossorigin', '<link rel="modulepreload" fetchpriority="low" crossorigin');
if (!template.includes('fetchpriority="low"'))
  throw new Error('dist/index.html: no module script to lower the priority of');
/** The pages rendered, written once every page of their kind is known. */
const rendered: { path: string; kind: string; html: string }[] = [];

/**
 * What a prerendered page links at its end: the whole stylesheet, then its faces (which name them in
 * the font variables the stylesheet sets to the stand-ins alone).
 */
const lateStyles = (lang: string) => `<link rel="stylesheet" crossorigin href="${stylesheet.href}">\n${fonts(lang)}`;

/**
 * A page: the template with the rendered head and body. `route` is the address it was rendered
 * for (absent for 404.html), kept on #root: the browser takes the HTML over only at that very
 * address, and renders afresh anywhere else (a host serving it for an encoded or rewritten URL).
 * Replacements are functions: `$&` or `` $` `` in a quote must stay text, not a pattern.
 */
function page({ head, body, lang, dir }: Rendered, route?: string, pageChunks: string[] = []): string {
  const root = `<div id="root"${route ? ` data-prerendered="${route}"` : ''}>${body}</div>`;
  return template
    .replace(/<html lang="[^"]*" dir="[^"]*">/, () => `<html lang="${lang}" dir="${dir}">`)
    .replace(/<title>[^<]*<\/title>\s*/, '')
    .replace(/<meta\s+name="description"[^>]*>\s*/, '')
    .replace('</head>', () => `${head}${chunksMeta(pageChunks)}</head>`)
    .replace('<div id="root"></div>', () => root)
    .replace('</body>', () => `${lateStyles(lang)}</body>`);
}

function write(path: string, html: string) {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

const pages = await server.allPages();
const paths = pages.map((entry) => entry.path);
// The list of pages, for the end-to-end scans (every route × every language): beside the server
// bundle, not published with the site.
writeFileSync(join(root, 'dist-ssr/pages.json'), JSON.stringify(pages, null, 1) + '\n');
for (const { path, route, lang } of pages) {
  const address = `${base}${path.slice(1)}`;
  const result = await server.render(address);
  if (result.status !== 200) throw new Error(`${path} rendered with status ${result.status}`);
  const roomId = route === 'room' ? path.split('/')[2]! : undefined;
  // A card's page (/fr/room/card/) shows its card open: a kind of its own.
  const kind = route === 'room' && path.split('/').length > 4 ? 'card' : route;
  const html = page(result, address, [
    ...(roomId ? [roomChunk(roomId)] : []),
    ...languageChunks(lang),
    ...pageCodeChunks(route),
  ]);
  rendered.push({ path, kind, html });
}

// For hosts that serve one: the not-found page, rendered in French (the app re-renders it in place).
const missing = await server.render(`${base}fr/page-introuvable/`);
if (missing.status !== 404) throw new Error(`the not-found page rendered with status ${missing.status}`);
rendered.push({ path: '404.html', kind: 'not-found', html: page(missing) });

// `/` stays the app's shell: it opens the visitor's language, and renders any page offline (the
// service worker's fallback), all of it by the app: it carries the whole stylesheet. Without
// JavaScript, a link to French.
rendered.push({
  path: 'index.html',
  kind: 'shell',
  html: template
    .replace('</head>', () => `${chunksMeta([])}</head>`)
    .replace('</body>', () => `${fonts('fr')}</body>`)
    .replace(
      '<div id="root"></div>',
      `<div id="root"><p class="noscript-hall"><a href="${base}fr/">Contre-sommet de l'IA — l'exposition</a></p></div>`,
    ),
});

const styleHashes = new Set<string>();
for (const kind of new Set(rendered.map((r) => r.kind))) {
  const ofKind = rendered.filter((r) => r.kind === kind);
  const css =
    kind === 'shell'
      ? stylesheet.css
      : criticalCss(stylesheet.css, new Set(ofKind.flatMap((r) => [...vocabulary(r.html)])));
  styleHashes.add(styleHash(css));
  for (const { path, html } of ofKind)
    write(
      path,
      html.replace(STYLE, () => `<style>${css}</style>`),
    );
}
syncStyleHashes(join(root, 'deploy/security-headers.conf'), [...styleHashes], {
  // CI checks the committed file; elsewhere the build brings it up to date (and says so).
  check: Boolean(process.env.CI) && base === '/',
});

const url = (path: string) => `${publicOrigin}${base}${path.slice(1)}`;
const langs = [...new Set(paths.map((p) => p.split('/')[1]!))];
const sitemap = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ...paths.map((path) => {
    const alternates = langs.map(
      (l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${url(path.replace(/^\/[^/]+/, `/${l}`))}"/>`,
    );
    return `<url><loc>${url(path)}</loc>${alternates.join('')}</url>`;
  }),
  '</urlset>',
].join('\n');
writeFileSync(join(dist, 'sitemap.xml'), sitemap + '\n');
writeFileSync(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${url('/sitemap.xml')}\n`);

console.log(`prerendered ${paths.length} pages in ${langs.length} languages, 404.html, sitemap.xml, robots.txt`);
// Said again as the build's last word (scripts/vite-plugins.ts says it at length): easy to miss otherwise.
if (!process.env.VITE_PUBLIC_URL)
  console.warn(
    `\x1b[1;33mVITE_PUBLIC_URL not set: links given away name ${publicOrigin}; a kiosk on localhost shows no QR code\x1b[0m`,
  );
