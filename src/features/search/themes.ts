/**
 * The rooms a search names by their theme (data/search-themes.json): `climat` finds no quote, yet
 * the Environment room is about it. Words are compared as the search compares them (accents,
 * case and elisions aside), and a word typed may be the beginning of a theme word or a theme word
 * with an ending (a plural, a feminine).
 */
import themesJson from '../../../data/search-themes.json';
import { SOURCE_LANG, type Lang } from '@/config/languages';
import type { RoomId, SearchThemes } from '@/content/types';
import { processTerm, tokenize } from './normalise';

/** Validated at build time and by `npm run content:check` (src/content/validate.ts). */
export const searchThemes = themesJson as SearchThemes;

/** Letters typed before a word counts as the beginning of a theme word ("cli" is too few). */
const MIN_PREFIX = 3;
/** Letters a word may carry past a theme word and still be it: "enseignantes" for "enseignant". */
const MAX_ENDING = 2;
/**
 * The Arabic article and the prepositions that cling to it ("المناخ", "بالمياه"): the search reads
 * them as part of the word, the themes list words without them.
 */
const ARABIC_ARTICLE = /^(?:[وفبك]?ال|لل)(?=\p{L}{2})/u;

/** One word as the themes compare it; null for nothing left (punctuation, an elision alone). */
export function themeTerm(word: string): string | null {
  const term = processTerm(word);
  return term ? term.replace(ARABIC_ARTICLE, '') : null;
}

function names(typed: string, theme: string): boolean {
  if (typed === theme) return true;
  if (typed.length >= MIN_PREFIX && theme.startsWith(typed)) return true;
  return theme.length > MIN_PREFIX && typed.startsWith(theme) && typed.length - theme.length <= MAX_ENDING;
}

/**
 * The rooms whose theme one of the query's words names, in the order of the themes file (the
 * tour's). The words of the page's language are read, and the French ones: the search reads the
 * French original on every page.
 */
export function roomsOnTheme(query: string, lang: Lang, themes: SearchThemes = searchThemes): RoomId[] {
  const typed = tokenize(query)
    .map(themeTerm)
    .filter((term): term is string => Boolean(term));
  if (typed.length === 0) return [];
  const langs: Lang[] = lang === SOURCE_LANG ? [lang] : [lang, SOURCE_LANG];
  return (Object.keys(themes.rooms) as RoomId[]).filter((room) =>
    langs.some((l) =>
      themes.rooms[room][l].some((word) => {
        const theme = themeTerm(word);
        return theme !== null && typed.some((term) => names(term, theme));
      }),
    ),
  );
}

/** The searches the empty search page offers to try. */
export function exampleSearches(lang: Lang, themes: SearchThemes = searchThemes): readonly string[] {
  return themes.examples[lang];
}
