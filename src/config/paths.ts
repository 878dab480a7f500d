/** Every route of the exhibition, declared once. Links are built with these, never by hand. */
import type { Lang } from './languages';
import type { RoomId } from '@/content/types';

export const paths = {
  root: { path: '/', getHref: () => '/' },
  hall: { path: '/:lang', getHref: (lang: Lang) => `/${lang}/` },
  /** The page about the translations; a fixed segment, which no room id may take. */
  translations: { path: 'translations', getHref: (lang: Lang) => `/${lang}/translations/` },
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
