/**
 * Every page of the exhibition, derived from the route table (src/app/router.tsx): each route
 * says here which pages it serves in a language. A route added to the table without saying so
 * makes `allPages()` throw, so the prerenderer, the sitemap and the end-to-end scans (which read
 * dist-ssr/pages.json, written from this list) never miss a page. Build time only.
 */
import type { RouteObject } from 'react-router';
import { LANGS, type Lang } from '@/config/languages';
import { paths } from '@/config/paths';
import { loadCatalogue, type Catalogue } from '@/content/catalogue';
import { speakerEntries } from '@/features/speakers/speaker-index';
import { routes } from './router';

export interface PageEntry {
  path: string;
  /** The id of the route of the table that serves it. */
  route: string;
  lang: Lang;
}

/** For each route id: the pages it serves in a language (none for the redirect and not-found routes). */
const PAGES_OF_ROUTE: Record<string, (lang: Lang, catalogue: Catalogue) => string[]> = {
  app: () => [],
  root: () => [],
  lang: () => [],
  'lang-not-found': () => [],
  'not-found': () => [],
  hall: (lang) => [paths.hall.getHref(lang)],
  translations: (lang) => [paths.translations.getHref(lang)],
  speakers: (lang) => [paths.speakers.getHref(lang)],
  speaker: (lang, catalogue) => speakerEntries(catalogue).map((entry) => paths.speaker.getHref(lang, entry.id)),
  figures: (lang) => [paths.figures.getHref(lang)],
  search: (lang) => [paths.search.getHref(lang)],
  catalogue: (lang) => [paths.catalogue.getHref(lang)],
  about: (lang) => [paths.about.getHref(lang)],
  // Without a query: the page the service worker keeps; the app reads the address's quotes.
  collection: (lang) => [paths.collection.getHref(lang)],
  room: (lang, { rooms }) =>
    rooms.flatMap((room) => [
      paths.room.getHref(lang, room.id),
      ...room.cards.map((card) => paths.card.getHref(lang, room.id, card.id)),
    ]),
};

function flatten(table: RouteObject[]): RouteObject[] {
  return table.flatMap((route) => [route, ...flatten(route.children ?? [])]);
}

/** Every route of the table, by id; throws on a route without an id or without a page list. */
export function routeIds(table: RouteObject[] = routes): string[] {
  return flatten(table).map((route) => {
    if (!route.id) throw new Error(`route "${route.path ?? '(index)'}" has no id: give it one in src/app/router.tsx`);
    if (!PAGES_OF_ROUTE[route.id])
      throw new Error(`route "${route.id}" does not say which pages it serves: add it to src/app/route-pages.ts`);
    return route.id;
  });
}

/** Every page of every route, in every language. */
export async function allPages(table: RouteObject[] = routes): Promise<PageEntry[]> {
  const ids = routeIds(table);
  const catalogue = await loadCatalogue();
  return LANGS.flatMap((lang) =>
    ids.flatMap((route) => PAGES_OF_ROUTE[route]!(lang, catalogue).map((path) => ({ path, route, lang }))),
  );
}
