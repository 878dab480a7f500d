/** Every route of the exhibition, declared once. Links are built with these, never by hand. */
import type { Lang } from './languages';
import type { RoomId } from '@/content/types';
import { COLLECTION_PARAM, COLLECTION_SEGMENT, SEARCH_PARAM } from './search-param';

export const paths = {
  root: { path: '/', getHref: () => '/' },
  hall: { path: '/:lang', getHref: (lang: Lang) => `/${lang}/` },
  /** The page about the translations; a fixed segment, which no room id may take. */
  translations: { path: 'translations', getHref: (lang: Lang) => `/${lang}/translations/` },
  /** Pages beyond the rooms; fixed segments, the same in every language, which no room id may take. */
  speakers: { path: 'intervenants', getHref: (lang: Lang) => `/${lang}/intervenants/` },
  speaker: {
    path: 'intervenants/:speakerId',
    getHref: (lang: Lang, speakerId: string) => `/${lang}/intervenants/${speakerId}/`,
  },
  figures: { path: 'chiffres', getHref: (lang: Lang) => `/${lang}/chiffres/` },
  search: {
    path: 'recherche',
    getHref: (lang: Lang, query?: string) =>
      `/${lang}/recherche/${query ? `?${new URLSearchParams({ [SEARCH_PARAM]: query })}` : ''}`,
  },
  catalogue: { path: 'catalogue', getHref: (lang: Lang) => `/${lang}/catalogue/` },
  about: { path: 'a-propos', getHref: (lang: Lang) => `/${lang}/a-propos/` },
  /** Kept quotes: the visitor's own (no query), or those of the address (`?c=`, short codes). */
  collection: {
    path: COLLECTION_SEGMENT,
    getHref: (lang: Lang, codes?: string) =>
      `/${lang}/${COLLECTION_SEGMENT}/${codes ? `?${COLLECTION_PARAM}=${codes}` : ''}`,
  },
  room: { path: ':roomId', getHref: (lang: Lang, roomId: RoomId) => `/${lang}/${roomId}/` },
  card: {
    path: ':cardId',
    getHref: (lang: Lang, roomId: RoomId, cardId: string) => `/${lang}/${roomId}/${cardId}/`,
  },
} as const;

/** The same place in another language: swaps the first path segment. */
export function switchLangHref(pathname: string, lang: Lang): string {
  const rest = pathname.replace(/^\/[^/]+/, '');
  return `/${lang}${rest || '/'}`;
}
