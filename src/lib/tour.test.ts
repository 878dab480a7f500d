import { describe, expect, it } from 'vitest';
import type { RoomId } from '@/content/types';
import { hrefOf, nextPlace, placeOf, type Place, type TourMap } from './tour';

const rooms = ['environnement', 'education', 'travail'] as RoomId[];
const [first, middle, last] = rooms as [RoomId, RoomId, RoomId];
const map: TourMap = { rooms, cardsOf: (room) => (room === middle ? ['a', 'b', 'c'] : undefined) };

describe('placeOf', () => {
  it('reads the hall, a room and a card from a pathname', () => {
    expect(placeOf('/fr/', map)).toEqual({ lang: 'fr' });
    expect(placeOf('/ar/education/', map)).toEqual({ lang: 'ar', room: 'education' });
    expect(placeOf('/en/education/b/', map)).toEqual({ lang: 'en', room: 'education', card: 'b' });
  });

  it('finds no place of the tour on other pages', () => {
    for (const pathname of ['/', '/xx/', '/fr/recherche/', '/fr/intervenants/someone/', '/fr/education/b/extra/'])
      expect(placeOf(pathname, map), pathname).toBeUndefined();
  });

  it('round-trips with hrefOf', () => {
    for (const pathname of ['/fr/', '/de/travail/', '/es/education/c/'])
      expect(hrefOf(placeOf(pathname, map)!)).toBe(pathname);
  });
});

describe('nextPlace', () => {
  const room = (id: RoomId, card?: string): Place => ({ lang: 'fr', room: id, ...(card && { card }) });

  it('goes from room to room with the arrows, and nowhere past the ends', () => {
    expect(nextPlace(room(middle), 'right', 'ltr', map)).toEqual(room(last));
    expect(nextPlace(room(middle), 'left', 'ltr', map)).toEqual(room(first));
    expect(nextPlace(room(last), 'right', 'ltr', map)).toBeUndefined();
    expect(nextPlace(room(first), 'left', 'ltr', map)).toBeUndefined();
  });

  it('follows the reading direction: in a right-to-left language, ← is the next room', () => {
    expect(nextPlace(room(middle), 'left', 'rtl', map)).toEqual(room(last));
    expect(nextPlace(room(middle), 'right', 'rtl', map)).toEqual(room(first));
  });

  it('goes from card to card of the room on a card, both ways, and stops at its ends', () => {
    expect(nextPlace(room(middle, 'b'), 'right', 'ltr', map)).toEqual(room(middle, 'c'));
    expect(nextPlace(room(middle, 'b'), 'left', 'ltr', map)).toEqual(room(middle, 'a'));
    expect(nextPlace(room(middle, 'b'), 'left', 'rtl', map)).toEqual(room(middle, 'c'));
    expect(nextPlace(room(middle, 'c'), 'right', 'ltr', map)).toBeUndefined();
    // A card whose room is not at hand, or unknown to it: no move.
    expect(nextPlace(room(first, 'x'), 'right', 'ltr', map)).toBeUndefined();
    expect(nextPlace(room(middle, 'x'), 'right', 'ltr', map)).toBeUndefined();
  });

  it('closes a card into its room; the hall key works from a room only', () => {
    expect(nextPlace(room(middle, 'b'), 'close', 'ltr', map)).toEqual(room(middle));
    expect(nextPlace(room(middle), 'close', 'ltr', map)).toBeUndefined();
    expect(nextPlace(room(middle), 'hall', 'ltr', map)).toEqual({ lang: 'fr' });
    expect(nextPlace(room(middle, 'b'), 'hall', 'ltr', map)).toBeUndefined();
  });

  it('has no arrows in the hall (it has doors)', () => {
    for (const action of ['left', 'right', 'close', 'hall'] as const)
      expect(nextPlace({ lang: 'fr' }, action, 'ltr', map)).toBeUndefined();
  });
});
