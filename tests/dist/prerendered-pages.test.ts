/**
 * The facts of every prerendered page, read from the files of the build (dist/) with no browser:
 * every page of the route table (dist-ssr/pages.json) in every language is a file of its own,
 * with its language and direction, its title, one h1 that names it, the verbatim text of its
 * quote, and internal links that all lead to prerendered pages; following the links from the
 * French hall reaches every room and every card, and no link leads to a card that is not in the
 * content. What needs a browser (the app taking the page over, the console, axe) is in
 * tests/e2e/a11y-pages.spec.ts. Runs after `npm run build` (`npm run test:dist`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { displayedPrefix, readRooms, readSpeakers, roomTitle, shown, speakerName, ui } from '../e2e/fixtures';

interface PageEntry {
  path: string;
  route: string;
  lang: string;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const pagesFile = `${root}dist-ssr/pages.json`;
if (!existsSync(pagesFile)) throw new Error('No dist-ssr/pages.json: run `npm run build` first');
const pages = JSON.parse(readFileSync(pagesFile, 'utf8')) as PageEntry[];
const known = new Set(pages.map((p) => p.path));
const rooms = readRooms();
const speakers = readSpeakers();
/** The style elements the committed CSP allows (scripts/inline-style.ts keeps it in step). */
const csp = readFileSync(`${root}deploy/security-headers.conf`, 'utf8');
const allowedStyles = new Set(/style-src-elem 'self'((?: 'sha256-[^']+')*)/.exec(csp)?.[1]!.trim().split(' '));

/**
 * The elements of a prerendered page, in document order, parsed once. parse5 (the parser inside
 * jsdom) alone: a jsdom document per page takes ten times as long over 800 pages.
 */
const parsed = new Map<string, T.Element[]>();
function elementsOf(path: string): T.Element[] {
  let elements = parsed.get(path);
  if (!elements) {
    const file = `${root}dist${path.endsWith('/') ? `${path}index.html` : path}`;
    elements = descendants(parse(readFileSync(file, 'utf8')));
    parsed.set(path, elements);
  }
  return elements;
}

function descendants(node: T.ParentNode): T.Element[] {
  return node.childNodes.flatMap((child) => {
    if (!('tagName' in child)) return [];
    const inner = child.tagName === 'template' ? (child as T.Template).content : child;
    return [child, ...descendants(inner)];
  });
}

const attr = (el: T.Element | undefined, name: string) => el?.attrs.find((a) => a.name === name)?.value ?? null;
const hasClass = (el: T.Element, name: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);
const within = (el: T.Element) => descendants(el);

/** textContent, as the DOM gives it. */
function text(node: T.Node | undefined): string {
  if (!node) return '';
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  if (!('childNodes' in node)) return '';
  return node.childNodes.map((child) => text(child)).join('');
}

/** The href of every link of a page. */
const hrefs = (elements: T.Element[]) =>
  elements.filter((el) => el.tagName === 'a').flatMap((a) => attr(a, 'href') ?? []);

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The title and h1 each kind of page beyond the rooms carries, by route. */
const TITLE_KEYS: Record<string, string> = {
  translations: 'aboutTranslations.title',
  speakers: 'speakers.title',
  figures: 'figures.title',
  search: 'search.title',
  catalogue: 'catalogue.title',
  about: 'about.title',
  collection: 'collectionPage.title',
};

/** What a page of the route table must say: its h1, and the start of its title. */
function expected(page: PageEntry): { h1?: string; title: string; card?: { roomId: string; cardId: string } } {
  const site = ui(page.lang, 'layout.siteName');
  const [, , first, second] = page.path.split('/');
  if (page.route === 'room') {
    const room = rooms.find((r) => r.id === first)!;
    const title = roomTitle(room, page.lang);
    if (!second) return { h1: title, title: `${title} · ${site}` };
    const card = room.cards.find((c) => c.id === second)!;
    return {
      h1: title,
      title: `${speakerName(card, page.lang)} · ${title} · ${site}`,
      card: { roomId: room.id, cardId: card.id },
    };
  }
  if (page.route === 'speaker') {
    const name = second === 'participant-non-nomme' ? ui(page.lang, 'speaker.unnamed') : speakers.get(second!)!.name;
    return { h1: name, title: `${name} · ${site}` };
  }
  if (page.route === 'hall') return { title: site };
  const key = TITLE_KEYS[page.route];
  if (!key) throw new Error(`No expectation for the route ${page.route}`);
  return { h1: ui(page.lang, key), title: `${ui(page.lang, key)} · ${site}` };
}

it('the route table lists every kind of page in every language', () => {
  const langs = [...new Set(pages.map((p) => p.lang))].sort();
  expect(langs).toEqual(['ar', 'de', 'en', 'es', 'fr']);
  for (const lang of langs) {
    const routes = new Set(pages.filter((p) => p.lang === lang).map((p) => p.route));
    expect([...routes].sort()).toEqual([
      'about',
      'catalogue',
      'collection',
      'figures',
      'hall',
      'room',
      'search',
      'speaker',
      'speakers',
      'translations',
    ]);
    // Every room and every card, in every language.
    const roomPages = pages.filter((p) => p.lang === lang && p.route === 'room').map((p) => p.path);
    const wanted = rooms.flatMap((room) => [
      `/${lang}/${room.id}/`,
      ...room.cards.map((card) => `/${lang}/${room.id}/${card.id}/`),
    ]);
    expect(roomPages.sort()).toEqual(wanted.sort());
  }
});

describe.each(['fr', 'en', 'es', 'de', 'ar'])('prerendered pages in %s', (lang) => {
  const mine = pages.filter((p) => p.lang === lang);

  it.each(mine.map((p) => [p.path, p] as const))('%s', (path, page) => {
    const elements = elementsOf(path);
    const html = elements.find((el) => el.tagName === 'html');
    // Served as it is by any static host: a file of its own, in its language and direction.
    expect(attr(html, 'lang'), 'lang').toBe(lang);
    expect(attr(html, 'dir'), 'dir').toBe(lang === 'ar' ? 'rtl' : 'ltr');
    const want = expected(page);
    const title = squash(text(elements.find((el) => el.tagName === 'title')));
    if (page.route === 'hall') expect(title.endsWith(` · ${want.title}`), title).toBe(true);
    else expect(title).toBe(want.title);
    // One h1, never the not-found page's.
    const h1s = elements.filter((el) => el.tagName === 'h1');
    expect(h1s, 'one h1').toHaveLength(1);
    const h1 = squash(text(h1s[0]));
    expect(h1).not.toBe('');
    expect(h1).not.toBe(ui(lang, 'notFound.roomTitle'));
    if (want.h1) expect(h1).toBe(want.h1);
    // The React root is filled, for the app to take over.
    const rootDiv = elements.find((el) => attr(el, 'id') === 'root');
    expect(rootDiv && within(rootDiv).some((el) => el.tagName === 'main'), 'prerendered content').toBe(true);
    // Its first screen's styles in the page, allowed by the CSP; the whole stylesheet and the faces
    // after its content, not blocking the first paint.
    const head = within(elements.find((el) => el.tagName === 'head')!);
    const styles = head.filter((el) => el.tagName === 'style');
    expect(styles, 'one style element').toHaveLength(1);
    const hash = `'sha256-${createHash('sha256').update(text(styles[0]), 'utf8').digest('base64')}'`;
    expect(allowedStyles.has(hash), 'its style element allowed by the CSP').toBe(true);
    expect(head.some((el) => attr(el, 'rel') === 'stylesheet')).toBe(false);
    const links = elements.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet');
    expect(links.map((el) => attr(el, 'href')?.replace(/-[\w-]+\.css$/, ''))).toEqual(['/assets/index', '/assets/fonts']);
    for (const link of links) expect(elements.indexOf(link), 'linked after the content').toBeGreaterThan(elements.indexOf(rootDiv!));

    if (want.card) {
      const room = rooms.find((r) => r.id === want.card!.roomId)!;
      const card = room.cards.find((c) => c.id === want.card!.cardId)!;
      const dialogs = elements.filter((el) => attr(el, 'role') === 'dialog');
      expect(dialogs, 'the card is open').toHaveLength(1);
      const inDialog = within(dialogs[0]!);
      // Named for its speaker, as a screen reader announces it.
      const labelId = attr(dialogs[0], 'aria-labelledby');
      const label = labelId ? text(elements.find((el) => attr(el, 'id') === labelId)) : attr(dialogs[0], 'aria-label');
      expect(squash(label)).toContain(speakerName(card, lang));
      // The verbatim record, in French, word for word, in every language.
      const verbatim = inDialog.find((el) => hasClass(el, 'verbatim'));
      expect(attr(verbatim, 'lang')).toBe('fr');
      expect(text(verbatim)).toBe(card.text);
      // The quote as shown: its French start, or its translation where there is one.
      const quote = squash(text(inDialog.find((el) => el.tagName === 'blockquote')));
      const shownText = shown(lang, `cards.${card.id}.text`, card.text);
      const start = shownText.missing || lang === 'fr' ? displayedPrefix(card) : shownText.text.slice(0, 20);
      expect(quote).toContain(squash(start));
    }

    // Every internal link leads to a prerendered page (or a file of the build).
    const broken = hrefs(elements)
      .filter((href) => href.startsWith('/') && !href.startsWith('//'))
      .map((href) => href.split(/[?#]/)[0]!)
      .filter((target) => !known.has(target) && !existsSync(`${root}dist${target}`));
    expect(broken, 'links to no prerendered page').toEqual([]);
  });
});

it('the not-found page is a file of the build, and says so', () => {
  const h1 = elementsOf('/404.html').find((el) => el.tagName === 'h1');
  expect(squash(text(h1))).toBe(ui('fr', 'notFound.roomTitle'));
});

it('following links from /fr/ reaches every room and every card, whose quote its room shows', () => {
  const cardHref = /^\/fr\/[^/]+\/[^/]+\/$/;
  const roomIds = new Set(rooms.map((r) => r.id));
  const isCard = (path: string) => cardHref.test(path) && roomIds.has(path.split('/')[2]!);
  const queue = ['/fr/'];
  const visited = new Set<string>();
  const discovered = new Set<string>();
  const quotes: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (visited.has(path)) continue;
    visited.add(path);
    expect(known.has(path), `${path} is prerendered`).toBe(true);
    const elements = elementsOf(path);
    for (const wall of elements.filter((el) => hasClass(el, 'wall')))
      for (const quote of within(wall).filter((el) => el.tagName === 'blockquote')) quotes.push(squash(text(quote)));
    for (const href of hrefs(elements)) {
      const target = href.split(/[?#]/)[0]!;
      if (!target.startsWith('/fr/')) continue;
      discovered.add(target);
      // Card pages are checked one by one above; the crawl collects their addresses.
      if (!cardHref.test(target) && !visited.has(target)) queue.push(target);
    }
  }
  for (const room of rooms) expect(visited, `room ${room.id} reached`).toContain(`/fr/${room.id}/`);
  const missing: string[] = [];
  for (const room of rooms) {
    for (const card of room.cards) {
      const href = `/fr/${room.id}/${card.id}/`;
      if (!discovered.has(href)) missing.push(`${href} (no link)`);
      const prefix = squash(displayedPrefix(card));
      if (!quotes.some((q) => q.includes(prefix))) missing.push(`${href} (quote not shown: "${prefix}")`);
    }
  }
  expect(missing, 'cards not reached by following links').toEqual([]);
  const cards = new Set(rooms.flatMap((room) => room.cards.map((card) => `/fr/${room.id}/${card.id}/`)));
  expect(
    [...discovered].filter((p) => isCard(p) && !cards.has(p)),
    'links to cards that do not exist',
  ).toEqual([]);
});
