// Deterministic sizes of what a prerendered page declares: no browser, no timing.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { GZIP_LEVEL } from './serve.mjs';

/** @typedef {import('vite').Manifest} Manifest Vite's build manifest (dist/.vite/manifest.json). */
/**
 * A file a page asks for, and how (its tag, or what imports it).
 * @typedef {{ url: string, how: string }} Asset
 */
/**
 * An asset with its file in dist/ (null when missing) and its sizes (NaN when missing).
 * @typedef {Asset & { kind: string, file: string | null, raw: number, gzip: number }} AssetSize
 */
/** @typedef {{ raw: number, gzip: number }} Sizes */
/** @typedef {ReturnType<typeof pageAssetSizes>} PageAssetSizes What pageAssetSizes() finds of a page. */

/** @type {Map<string, number>} */
const gzCache = new Map();
/**
 * gzip size (level 9, the level the bench server uses) of a file.
 * @param {string} file
 */
export function gzipSize(file) {
  let n = gzCache.get(file);
  if (n === undefined) {
    n = zlib.gzipSync(fs.readFileSync(file), { level: GZIP_LEVEL }).length;
    gzCache.set(file, n);
  }
  return n;
}
/** @param {string} file */
export const rawSize = (file) => fs.statSync(file).size;

/**
 * Attributes of every tag named `tag` in an HTML string (good enough for Vite's output), and
 * whether the tag is in the body.
 * @param {string} html
 * @param {string} tag
 */
function tags(html, tag) {
  const bodyAt = html.search(/<body\b/i);
  const out = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    /** @type {Record<string, string>} */
    const attrs = {};
    for (const a of m[1].matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g))
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    out.push({ attrs, inBody: bodyAt >= 0 && (m.index ?? 0) > bodyAt });
  }
  return out;
}

/**
 * What the page itself asks for before running any script: <script src>, modulepreload, stylesheet, preloaded fonts.
 * A stylesheet linked in the body (`lateCss`: the faces', scripts/prerender.ts) blocks no paint of
 * the text before it.
 * @param {string} html
 */
export function declaredAssets(html) {
  /** @type {Asset[]} */
  const js = [];
  /** @type {Asset[]} */
  const css = [];
  /** @type {Asset[]} */
  const lateCss = [];
  /** @type {Asset[]} */
  const fonts = [];
  for (const { attrs: s } of tags(html, 'script'))
    if (s.src) js.push({ url: s.src, how: s.type === 'module' ? 'script module' : 'script' });
  for (const { attrs: l, inBody } of tags(html, 'link')) {
    const rel = (l.rel || '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload') && l.href) js.push({ url: l.href, how: 'modulepreload' });
    else if (rel.includes('stylesheet') && l.href)
      (inBody ? lateCss : css).push({ url: l.href, how: inBody ? 'stylesheet in the body' : 'stylesheet' });
    else if (rel.includes('preload') && l.href && l.as === 'script') js.push({ url: l.href, how: 'preload' });
    else if (rel.includes('preload') && l.href && l.as === 'style') css.push({ url: l.href, how: 'preload' });
    else if (rel.includes('preload') && l.href && l.as === 'font') fonts.push({ url: l.href, how: 'preload' });
  }
  return { js, css, lateCss, fonts };
}

/**
 * The file in dist/ behind a same-origin URL path, or null.
 * @param {string} distDir
 * @param {string} urlPath
 */
export function distFile(distDir, urlPath) {
  let p;
  try {
    p = decodeURIComponent(new URL(urlPath, 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
  const f = path.join(distDir, path.normalize(p));
  if (!f.startsWith(path.resolve(distDir))) return null;
  try {
    if (fs.statSync(f).isDirectory())
      return fs.existsSync(path.join(f, 'index.html')) ? path.join(f, 'index.html') : null;
    return f;
  } catch {
    return null;
  }
}

/**
 * The page's scripts and the app they bring, from Vite's build manifest
 * (dist/.vite/manifest.json): every static import, all the way down, and what the page
 * modulepreloads (its room's quotes, its language's pack, its page's code: scripts/prerender.ts).
 * A build whose entry was a boot script that imported the app (src/main.tsx) later counts the app
 * too, so that builds before and after the boot was dropped compare. A room page's quotes (a chunk
 * of their own, named after the room: see src/content/room-content.ts) are loaded before the app
 * takes the page over: counted too. Deeper dynamic imports (other rooms, pages, languages,
 * search…) stay lazy.
 * @param {string} distDir
 * @param {Asset[]} declared
 * @param {string} pagePath
 * @returns {Asset[]}
 */
function withAppChunks(distDir, declared, pagePath) {
  const manifestFile = path.join(distDir, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile)) return declared;
  const manifest = /** @type {Manifest} */ (JSON.parse(fs.readFileSync(manifestFile, 'utf8')));
  const byFile = new Map(Object.values(manifest).map((chunk) => [`/${chunk.file}`, chunk]));
  const out = new Map(declared.map((a) => [new URL(a.url, 'http://127.0.0.1').pathname, a]));
  /**
   * @param {string} key
   * @param {string} how
   */
  const visit = (key, how) => {
    const chunk = manifest[key];
    const url = chunk && `/${chunk.file}`;
    if (!chunk || !url.endsWith('.js') || out.has(url)) return;
    out.set(url, { url, how });
    for (const imported of chunk.imports ?? []) visit(imported, 'import');
  };
  for (const a of declared) {
    const chunk = byFile.get(new URL(a.url, 'http://127.0.0.1').pathname);
    if (!chunk) continue;
    for (const imported of chunk.imports ?? []) visit(imported, 'import');
    for (const imported of chunk.dynamicImports ?? []) if (imported === 'src/main.tsx') visit(imported, 'app');
  }
  const roomId = pagePath.split('/').filter(Boolean)[1];
  const appChunks = Object.values(manifest).filter((chunk) => out.has(`/${chunk.file}`));
  for (const chunk of appChunks)
    for (const imported of chunk.dynamicImports ?? [])
      if (roomId && manifest[imported]?.name === roomId) visit(imported, 'room content');
  return [...out.values()];
}

/** @type {Map<string, string[]>} */
const roomPagesCache = new Map();
/**
 * Every room's page in every language ('/fr/travail/'…): the prerendered pages with a wall of quotes.
 * Found once per dist/ (like the gzip sizes above): idleChunks() asks for each of some 650 pages.
 * @param {string} distDir
 */
export function roomPages(distDir) {
  let pages = roomPagesCache.get(distDir);
  if (!pages) {
    pages = fs
      .readdirSync(distDir, { withFileTypes: true })
      .filter((lang) => lang.isDirectory() && /^[a-z]{2}$/.test(lang.name))
      .flatMap((lang) =>
        fs
          .readdirSync(path.join(distDir, lang.name), { withFileTypes: true })
          .filter((room) => room.isDirectory())
          .map((room) => `/${lang.name}/${room.name}/`),
      )
      .filter((page) => {
        const file = path.join(distDir, page, 'index.html');
        return fs.existsSync(file) && /class="wall/.test(fs.readFileSync(file, 'utf8'));
      })
      .sort();
    roomPagesCache.set(distDir, pages);
  }
  return [...pages];
}

/**
 * What the app fetches once it has a room's page and the browser is idle (src/main.tsx,
 * `afterTakeOver`): every room's quotes, the open card's code, the service worker's registration,
 * each with its static imports. With the initial JS, the JS of a room visit.
 * @param {string} distDir
 * @param {Iterable<string>} already
 * @returns {AssetSize[]}
 */
export function idleChunks(distDir, already) {
  const manifestFile = path.join(distDir, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile)) return [];
  const manifest = /** @type {Manifest} */ (JSON.parse(fs.readFileSync(manifestFile, 'utf8')));
  // Asked about chunks' names, which a chunk may not have.
  /** @type {ReadonlySet<string | undefined>} */
  const rooms = new Set(roomPages(distDir).map((p) => p.split('/')[2]));
  const seen = new Set(already);
  /** @type {Asset[]} */
  const out = [];
  /**
   * @param {string} key
   * @param {string} how
   */
  const visit = (key, how) => {
    const chunk = manifest[key];
    const url = chunk && `/${chunk.file}`;
    if (!chunk || !url.endsWith('.js') || seen.has(url)) return;
    seen.add(url);
    out.push({ url, how });
    for (const imported of chunk.imports ?? []) visit(imported, 'import');
  };
  /** @param {string} key */
  const idle = (key) =>
    rooms.has(manifest[key]?.name) || /card-layer\.tsx$|pwa-register/.test(key) ? manifest[key] : null;
  for (const chunk of Object.values(manifest))
    for (const key of chunk.dynamicImports ?? [])
      if (idle(key)) visit(key, rooms.has(manifest[key].name) ? 'room (idle)' : 'idle');
  return out.map((a) => {
    const file = distFile(distDir, a.url);
    return { kind: 'js', ...a, file, raw: file ? rawSize(file) : NaN, gzip: file ? gzipSize(file) : NaN };
  });
}

/**
 * Initial JS/CSS of a prerendered page (from its own tags) and the lazy JS (every other
 * dist/assets/*.js), gzip sizes.
 * @param {string} distDir
 * @param {string} pagePath
 */
export function pageAssetSizes(distDir, pagePath) {
  const htmlFile = distFile(distDir, pagePath);
  if (!htmlFile) throw new Error(`no prerendered page for ${pagePath} in ${distDir}`);
  const html = fs.readFileSync(htmlFile, 'utf8');
  const { js, css, lateCss, fonts } = declaredAssets(html);
  /**
   * @param {Asset} a
   * @param {string} kind
   */
  const row = (a, kind) => {
    const file = distFile(distDir, a.url);
    return {
      kind,
      how: a.how,
      url: a.url,
      file,
      raw: file ? rawSize(file) : NaN,
      gzip: file ? gzipSize(file) : NaN,
      missing: !file,
    };
  };
  const initialJs = withAppChunks(distDir, js, pagePath).map((a) => row(a, 'js'));
  const initialCss = css.map((a) => row(a, 'css'));
  const bodyCss = lateCss.map((a) => row(a, 'css'));
  // The fonts the page preloads, sent as they are (woff2 is compressed already). Not needed to read
  // the first quote: the faces swap in (font-display: swap), the text is shown without them.
  const initialFonts = [...new Map(fonts.map((a) => [a.url, a])).values()].map((a) => {
    const r = row(a, 'font');
    return { ...r, gzip: r.raw };
  });
  const initialFiles = new Set(initialJs.map((r) => r.file));
  const assetsDir = path.join(distDir, 'assets');
  const lazyJs = fs
    .readdirSync(assetsDir)
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => path.join(assetsDir, f))
    .filter((f) => !initialFiles.has(f))
    .sort()
    .map((f) => ({
      kind: 'js',
      how: 'lazy',
      url: `/assets/${path.basename(f)}`,
      file: f,
      raw: rawSize(f),
      gzip: gzipSize(f),
    }));
  /**
   * @param {Sizes[]} rows
   * @param {keyof Sizes} k
   */
  const sum = (rows, k) => rows.reduce((s, r) => s + (Number.isFinite(r[k]) ? r[k] : 0), 0);
  const visitJs = [
    ...initialJs,
    ...idleChunks(
      distDir,
      initialJs.map((r) => r.url),
    ),
  ];
  return {
    visitJs,
    htmlFile,
    html: { raw: rawSize(htmlFile), gzip: gzipSize(htmlFile) },
    initialJs,
    initialCss,
    bodyCss,
    initialFonts,
    lazyJs,
    totals: {
      initialJs: { raw: sum(initialJs, 'raw'), gzip: sum(initialJs, 'gzip') },
      initialCss: { raw: sum(initialCss, 'raw'), gzip: sum(initialCss, 'gzip') },
      initialFonts: { raw: sum(initialFonts, 'raw'), gzip: sum(initialFonts, 'gzip') },
      /** HTML (with the stylesheet it carries) + render-blocking CSS: what the first quote waits for */
      readable: gzipSize(htmlFile) + sum(initialCss, 'gzip'),
      /** the JS of a room visit: initial, and what the app fetches once idle */
      visitJs: { raw: sum(visitJs, 'raw'), gzip: sum(visitJs, 'gzip') },
      lazyJs: { raw: sum(lazyJs, 'raw'), gzip: sum(lazyJs, 'gzip') },
    },
  };
}
