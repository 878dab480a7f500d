// @vitest-environment node
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { LANGS } from '@/config/languages';
import { loadCatalogue } from '@/content/catalogue';
import type { RoomId } from '@/content/types';
import { loadLanguagePack } from '@/i18n/language-pack';
import { makeSearcher, searchDocuments } from './search-index';
import { exampleSearches, roomsOnTheme, searchThemes, themeTerm } from './themes';

const { getSpeaker, rooms } = await loadCatalogue();

describe('the rooms a search names by their theme', () => {
  it('are found by a word of their theme, whatever its accents and case', () => {
    const cases: [string, RoomId][] = [
      ['climat', 'environnement'],
      ['CLIMAT', 'environnement'],
      ['electricite', 'environnement'],
      ["l'énergie", 'environnement'],
      ['ecole', 'education'],
      ['élèves', 'education'],
      ['emploi', 'travail'],
      ['salariés', 'travail'],
      ['syndicats', 'travail'],
      ['doublage', 'culture'],
      ['illustratrice', 'culture'],
      ['journalistes', 'information'],
      ['presse', 'information'],
    ];
    for (const [query, room] of cases) expect(roomsOnTheme(query, 'fr'), query).toEqual([room]);
  });

  it('are found by the beginning of a word, or by a word with an ending', () => {
    expect(roomsOnTheme('clim', 'fr')).toEqual(['environnement']);
    expect(roomsOnTheme('enseignantes', 'fr')).toEqual(['education']);
    expect(roomsOnTheme('réchauffement climatique', 'fr')).toEqual(['environnement']);
    // Too few letters to tell, or a longer word that is another word.
    expect(roomsOnTheme('cl', 'fr')).toEqual([]);
    expect(roomsOnTheme('artificielle', 'fr')).toEqual([]);
    expect(roomsOnTheme('zzzqqq', 'fr')).toEqual([]);
    expect(roomsOnTheme("  l' ", 'fr')).toEqual([]);
  });

  it('are every room a query names, in the order of the tour', () => {
    expect(roomsOnTheme('musique climat', 'fr')).toEqual(['environnement', 'culture']);
  });

  it('read the words of the page’s language and the French ones, not the others', () => {
    expect(roomsOnTheme('climate', 'en')).toEqual(['environnement']);
    expect(roomsOnTheme('climat', 'en')).toEqual(['environnement']);
    expect(roomsOnTheme('Klimawandel', 'de')).toEqual(['environnement']);
    expect(roomsOnTheme('Klimawandel', 'en')).toEqual([]);
    expect(roomsOnTheme('dubbing', 'fr')).toEqual([]);
  });

  it('see through the Arabic article and the prepositions clinging to it', () => {
    expect(themeTerm('المناخ')).toBe('مناخ');
    expect(themeTerm('بالمياه')).toBe('مياه');
    expect(themeTerm('فن')).toBe('فن');
    expect(roomsOnTheme('المناخ', 'ar')).toEqual(['environnement']);
    expect(roomsOnTheme('والصحفيون', 'ar')).toEqual(['information']);
  });

  it('each word of a theme names its own room only, in every language', () => {
    for (const lang of LANGS)
      for (const [room, words] of Object.entries(searchThemes.rooms))
        for (const word of words[lang]) expect(roomsOnTheme(word, lang), `${lang}: ${word}`).toEqual([room]);
  });
});

describe('the example searches', () => {
  it.each(LANGS)('each find something, in %s', async (lang) => {
    const pack = lang === 'fr' ? undefined : await loadLanguagePack(lang);
    const documents = searchDocuments(rooms, pack, (card) => getSpeaker(card.speaker), 'unnamed');
    const searcher = makeSearcher(MiniSearch, documents);
    for (const example of exampleSearches(lang))
      expect(searcher.search(example).length, `${lang}: ${example}`).toBeGreaterThan(0);
  });
});
