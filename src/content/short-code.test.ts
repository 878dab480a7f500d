import { describe, expect, it } from 'vitest';
import { copyData, editJson, problemsOf, type Json } from '../../tests/unit/hostile-data';
import { COLLECTION_PARAM } from '@/config/search-param';
import { loadCatalogue } from './catalogue';
import { cardCode, codeClashes, decodeCollection, encodeCollection, hashCode } from './short-code';

const { rooms } = await loadCatalogue();

const cards = rooms.flatMap((room) => room.cards);
const codeOf = (id: string) => {
  const card = cards.find((c) => c.id === id);
  return card && cardCode(card);
};
const idOf = (code: string) => cards.find((card) => cardCode(card) === code)?.id;

describe('short codes of collection links', () => {
  it('gives every card of the exhibition its own three base-36 characters', () => {
    const codes = cards.map(cardCode);
    for (const code of codes) expect(code).toMatch(/^[0-9a-z]{3}$/);
    expect(new Set(codes).size).toBe(cards.length);
    expect(codeClashes(cards)).toEqual([]);
  });

  it('is stable: the same id, the same code, whatever the order of the rooms', () => {
    expect(hashCode('lonni-temps-de-production')).toBe(hashCode('lonni-temps-de-production'));
    expect(hashCode('a')).not.toBe(hashCode('b'));
    expect(cardCode({ id: 'anything', code: 'zz9' })).toBe('zz9');
  });

  it('goes there and back: ids to a query value and back, in order', () => {
    const ids = [cards[7]!.id, cards[0]!.id, cards[42]!.id];
    const value = encodeCollection(ids, codeOf);
    expect(value).toHaveLength(9);
    expect(decodeCollection(value, idOf)).toEqual({ ids, unknown: 0 });
  });

  it('carries twenty quotes in a query of at most 70 characters', () => {
    const ids = cards.slice(0, 20).map((card) => card.id);
    const query = new URLSearchParams({ [COLLECTION_PARAM]: encodeCollection(ids, codeOf) }).toString();
    expect(query.length).toBeLessThanOrEqual(70);
    expect(decodeCollection(new URLSearchParams(query).get(COLLECTION_PARAM)!, idOf).ids).toEqual(ids);
  });

  it('counts what names no card, and never fails on it', () => {
    const known = encodeCollection([cards[3]!.id], codeOf);
    const unused = ['___', '!!!', ...Array.from({ length: 50 }, (_, i) => hashCode(`nope-${i}`))].find(
      (c) => !idOf(c),
    )!;
    expect(decodeCollection(`${unused}${known}${known}x`, idOf)).toEqual({ ids: [cards[3]!.id], unknown: 2 });
    expect(decodeCollection(known.toUpperCase(), idOf).ids).toEqual([cards[3]!.id]);
    expect(decodeCollection('', idOf)).toEqual({ ids: [], unknown: 0 });
    expect(decodeCollection('<script>', idOf).unknown).toBe(3);
  });
});

describe('content check', () => {
  it('refuses two cards with one short code, naming both and the way out', () => {
    const dir = copyData();
    editJson(dir, 'rooms/travail.json', (room: Json) => (room.cards[1].code = cardCode(room.cards[0])));
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /rooms\/travail\.json: card ".+", .*rooms\/travail\.json: card ".+": share the short code/,
    );
    expect(problems[0]).toMatch(/give the newer card a "code"/);
  });

  it('refuses a code that is not three lowercase letters or digits', () => {
    const dir = copyData();
    editJson(dir, 'rooms/travail.json', (room: Json) => (room.cards[1].code = 'AB'));
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/cards\[1\]\.code: must be three lowercase/));
  });
});
