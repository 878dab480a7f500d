// @vitest-environment node
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '@/content/catalogue';
import { makeSearcher, searchDocuments } from './search-index';
import { typoDistance, typosAllowed, writtenForms } from './suggest';

const { getSpeaker, rooms } = await loadCatalogue();

const searcher = makeSearcher(
  MiniSearch,
  searchDocuments(rooms, undefined, (card) => getSpeaker(card.speaker), 'Participant·e non nommé·e'),
);

describe('typos', () => {
  it('count a swap of two neighbouring letters as one', () => {
    expect(typoDistance('musqiue', 'musique')).toBe(1);
    expect(typoDistance('musiqe', 'musique')).toBe(1);
    expect(typoDistance('jounralsite', 'journaliste')).toBe(2);
    expect(typoDistance('climat', 'client')).toBe(2);
    expect(typoDistance('', 'eau')).toBe(3);
  });

  it('are forgiven by the length of the word: none under 4 letters, two from 8', () => {
    expect(typosAllowed('eau')).toBe(0);
    expect(typosAllowed('clim')).toBe(1);
    expect(typosAllowed('musqiue')).toBe(1);
    expect(typosAllowed('doublgae')).toBe(2);
  });
});

describe('the words as written', () => {
  it('are in lowercase where the texts ever write them so, without their elision; names as written', () => {
    const forms = writtenForms(["Doublage. L'Électricité, l'électricité, le doublage", 'Vairon, Vairon']);
    expect(forms.get('doublage')).toBe('doublage');
    expect(forms.get('electricite')).toBe('électricité');
    expect(forms.get('vairon')).toBe('Vairon');
  });
});

describe('the suggestions of a search that finds nothing', () => {
  const expectFinds = (suggestions: string[]) => {
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) expect(searcher.search(suggestion).length, suggestion).toBeGreaterThan(0);
  };

  it('mend a typo the search does not forgive, into a word of the exhibition as it is written', () => {
    expect(searcher.search('musqiue')).toEqual([]);
    expect(searcher.suggest('musqiue')[0]).toBe('musique');
    expect(searcher.search('jounralsite')).toEqual([]);
    expect(searcher.suggest('jounralsite')[0]).toBe('journaliste');
    expectFinds(searcher.suggest('musqiue'));
  });

  it('offer the query mended first, then each word on its own', () => {
    expect(searcher.search('doublgae humian')).toEqual([]);
    const suggestions = searcher.suggest('doublgae humian');
    expect(suggestions.slice(0, 3)).toEqual(['doublage humain', 'doublage', 'humain']);
    expectFinds(suggestions);
    // The words that find something each, though not together.
    expect(searcher.search('doublage madagascar')).toEqual([]);
    expect(searcher.suggest('doublage madagascar')).toEqual(['doublage', 'Madagascar']);
  });

  it('are nothing when nothing is close enough, and never the query itself', () => {
    expect(searcher.suggest('zzzqqqxxx')).toEqual([]);
    expect(searcher.suggest('climat')).toEqual([]);
    expect(searcher.suggest('   ')).toEqual([]);
    expect(searcher.suggest('eua')).toEqual([]);
    expect(searcher.suggest('musqiue', 1)).toHaveLength(1);
  });
});
