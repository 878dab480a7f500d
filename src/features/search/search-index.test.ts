// @vitest-environment node
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '@/content/catalogue';
import { correctedText } from '@/content/content-keys';
import { loadLanguagePack } from '@/i18n/language-pack';
import { fold } from './normalise';
import { makeSearcher, searchDocuments } from './search-index';

const { getSpeaker, rooms } = await loadCatalogue();

const french = searchDocuments(rooms, undefined, (card) => getSpeaker(card.speaker), 'Participant·e non nommé·e');
const searcher = makeSearcher(MiniSearch, french);
const cards = rooms.flatMap((room) => room.cards);

describe('the search', () => {
  it('indexes every card once', () => {
    expect(french.map((d) => d.id).sort()).toEqual(cards.map((c) => c.id).sort());
  });

  it('finds a quote by a word of it, whatever its accents, case and elision', () => {
    const card = cards.find((c) => c.text.includes("L'impact"))!;
    for (const query of ['impact', "l'impact", 'IMPACT', 'l’Impact']) {
      expect(
        searcher.search(query).map((hit) => hit.id),
        query,
      ).toContain(card.id);
    }
    const accented = cards.find((c) => /délocalisation/.test(c.text))!;
    expect(searcher.search('delocalisation').map((h) => h.id)).toContain(accented.id);
  });

  it('finds by a prefix, and forgives a typo', () => {
    const card = cards.find((c) => c.text.includes('délocalisation'))!;
    expect(searcher.search('délocali').map((h) => h.id)).toContain(card.id);
    expect(searcher.search('delocalisatoin').map((h) => h.id)).toContain(card.id);
  });

  it('finds every quote of a speaker by name, and says where it matched', () => {
    const hits = searcher.search('Vairon');
    const theirs = cards.filter((c) => c.speaker === 'marie-vairon').map((c) => c.id);
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining(theirs));
    expect(hits.find((h) => theirs.includes(h.id))!.fields).toContain('speaker');
  });

  it('finds the notes: a correction and a context note', () => {
    expect(searcher.search('documentaliste').map((h) => h.id)).toContain('salle-enseignant-documentaliste');
    const sourced = cards.find((c) => c.context?.some((n) => n.sources.length > 0))!;
    const word = sourced.context![0]!.note.split(/\s+/).find((w) => w.length > 8)!;
    expect(searcher.search(word).map((h) => h.id)).toContain(sourced.id);
  });

  it('forgives no typo in a short word: "eau" does not find "au"', () => {
    const hits = new Set(searcher.search('eau').map((h) => h.id));
    expect(hits.size).toBeGreaterThan(0);
    const indexed = new Map(french.map((d) => [d.id, fold(Object.values(d).join(' '))]));
    const onlyAu = cards.filter((c) => /\bau\b/.test(c.text) && !indexed.get(c.id)!.includes('eau'));
    expect(onlyAu.length).toBeGreaterThan(0);
    for (const card of onlyAu) expect(hits).not.toContain(card.id);
  });

  it('needs every word of a query (and nothing for blank queries)', () => {
    expect(searcher.search('   ')).toEqual([]);
    expect(searcher.search("l'")).toEqual([]);
    expect(searcher.search('Vairon zzzzqqq')).toEqual([]);
  });

  it('in another language, finds both the translation and the French original', async () => {
    const pack = await loadLanguagePack('en');
    const english = searchDocuments(rooms, pack, (card) => getSpeaker(card.speaker), 'Unnamed participant');
    const en = makeSearcher(MiniSearch, english);
    const card = cards.find((c) => c.id === 'larizza-non-a-chatgpt')!;
    const translated = english.find((d) => d.id === card.id)!.text;
    const word = translated.split(/\W+/).find((w) => w.length > 7 && !correctedText(card).includes(w))!;
    expect(en.search(word).map((h) => h.id)).toContain(card.id);
    expect(en.search('intersyndical').map((h) => h.id)).toContain(card.id);
  });
});
