/**
 * The search index of one language, built in the browser from the content it already has (a
 * few hundred short texts: milliseconds), on first use. MiniSearch itself is loaded on demand,
 * so it stays out of the main bundle; the service worker precaches it with the rest.
 */
import type MiniSearch from 'minisearch';
import type { Lang } from '@/config/languages';
import { cardText, speakerText } from '@/content/content-text';
import type { Localised } from '@/content/localise';
import type { LanguagePack } from '@/i18n/language-pack';
import type { Card, Room, RoomId, Speaker } from '@/content/types';
import { processTerm, tokenize } from './normalise';
import { makeSuggest, writtenForms } from './suggest';
import { citation } from '@/content/cite';

/** One card, as the search reads it. */
export interface SearchDocument {
  id: string;
  room: RoomId;
  /** The quote in the page's language (empty on French pages: it is `french`). */
  text: string;
  /** The French original, corrected and verbatim, always searched. */
  french: string;
  speaker: string;
  role: string;
  /** Attribution, correction and context notes, in the page's language and in French. */
  notes: string;
}

export type SearchField = Exclude<keyof SearchDocument, 'id' | 'room'>;
const FIELDS: SearchField[] = ['text', 'french', 'speaker', 'role', 'notes'];

export interface SearchHit {
  id: string;
  room: RoomId;
  /** The indexed words that matched (processed), to highlight. */
  terms: Set<string>;
  /** Where they matched. */
  fields: Set<SearchField>;
}

/** The documents of a language: every card with its speaker, role and notes. */
export function searchDocuments(
  rooms: readonly Room[],
  pack: LanguagePack | undefined,
  speakerOf: (card: Card) => Speaker | undefined,
  unnamed: string,
): SearchDocument[] {
  /** A note in the page's language and in French. */
  const both = (shown: Localised) => (shown.text === shown.french ? shown.french : `${shown.text}\n${shown.french}`);
  return rooms.flatMap((room) =>
    room.cards.map((card) => {
      const text = cardText(pack, card);
      const { quote } = text;
      const speaker = speakerOf(card);
      const notes = [
        text.attribution ? both(text.attribution) : '',
        ...(card.corrections ?? []).map((c) => `${c.corrected}\n${both(text.correction(c))}`),
        ...(card.context ?? []).map(
          (c) => `${c.about}\n${both(text.context(c))}\n${c.sources.map(citation).join('\n')}`,
        ),
      ];
      const role = speaker ? speakerText(pack, speaker).role.map(both) : [];
      return {
        id: card.id,
        room: room.id,
        text: quote.provenance === 'original' || quote.provenance === 'missing' ? '' : quote.text,
        french: `${quote.french}\n${card.text}`,
        speaker: speaker?.name ?? unnamed,
        role: role.filter(Boolean).join('\n'),
        notes: notes.filter(Boolean).join('\n'),
      };
    }),
  );
}

export interface Searcher {
  search: (query: string) => SearchHit[];
  /**
   * For a query that finds nothing: searches close to it that do find something, as they are
   * written in the exhibition, best first — the query with each word mended (when it has several),
   * then the words found close to each of its words (a typo too far for the search to forgive).
   */
  suggest: (query: string, limit?: number) => string[];
}

const indexes = new Map<Lang, Promise<Searcher>>();

/** The index of a language, built once; `documents` is only called the first time. */
export function loadSearcher(lang: Lang, documents: () => SearchDocument[]): Promise<Searcher> {
  let searcher = indexes.get(lang);
  if (!searcher) {
    searcher = import('./minisearch').then(({ default: Search }) => makeSearcher(Search, documents()));
    // A failed load (offline before the first visit) may be tried again.
    searcher.catch(() => indexes.delete(lang));
    indexes.set(lang, searcher);
  }
  return searcher;
}

export function makeSearcher(Search: typeof MiniSearch, documents: SearchDocument[]): Searcher {
  const index = new Search<SearchDocument>({
    fields: FIELDS,
    storeFields: ['room'],
    tokenize,
    processTerm,
    searchOptions: {
      prefix: true,
      // A fifth of the letters may differ (a typo), in words long enough for that to mean
      // something: "eau" must not find "au".
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
      boost: { speaker: 3, text: 2, french: 2 },
    },
  });
  index.addAll(documents);
  const search = (query: string): SearchHit[] => {
    if (!tokenize(query).some((word) => processTerm(word))) return [];
    return index.search(query).map((result) => ({
      id: String(result.id),
      room: result.room as RoomId,
      terms: new Set(result.terms),
      fields: new Set(Object.values(result.match).flat() as SearchField[]),
    }));
  };

  const suggest = makeSuggest({
    near: (term, distance) =>
      index.autoSuggest(term, { fuzzy: () => distance, prefix: false, boost: {} }).flatMap((found) => found.terms),
    search,
    forms: () => writtenForms(documents.flatMap((document) => FIELDS.map((field) => document[field]))),
  });
  return { search, suggest };
}
