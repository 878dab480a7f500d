/**
 * Moving through the exhibition by key or swipe, as a pure function: where the visitor is (or last
 * asked to go), what they did, and the reading direction give the next place, or nothing. The
 * app's one listener (src/hooks/use-tour.ts) reads the place from the address last asked for, so a
 * second press while a room is still changing goes on from the room asked for, with nothing kept
 * in between.
 */
import { isLang, type Lang } from '@/config/languages';
import { paths } from '@/config/paths';
import type { RoomId } from '@/content/types';

/** The hall (no room), a room, or a card open in its room. Other pages are not places of the tour. */
export interface Place {
  lang: Lang;
  room?: RoomId;
  /** Only in a room. */
  card?: string;
}

/**
 * What the visitor did, by the side it points to: the arrow keys, and swipes (a finger moving left
 * pushes the wall on, as → does). `close` is Escape, `hall` the key to the entrance.
 */
export type TourAction = 'left' | 'right' | 'close' | 'hall';

export interface TourMap {
  /** The rooms in the order of the tour. */
  rooms: readonly RoomId[];
  /** A room's cards in its order, if its content is at hand (a card can be open only then). */
  cardsOf: (room: RoomId) => readonly string[] | undefined;
}

/** The place a pathname (without the app's base) shows, if it is one of the tour. */
export function placeOf(pathname: string, map: TourMap): Place | undefined {
  const [lang, room, card, ...rest] = pathname.split('/').filter(Boolean);
  if (!lang || !isLang(lang) || rest.length > 0) return undefined;
  if (!room) return { lang };
  const roomId = map.rooms.find((id) => id === room);
  if (!roomId) return undefined;
  return card ? { lang, room: roomId, card } : { lang, room: roomId };
}

export function hrefOf(place: Place): string {
  if (!place.room) return paths.hall.getHref(place.lang);
  return place.card
    ? paths.card.getHref(place.lang, place.room, place.card)
    : paths.room.getHref(place.lang, place.room);
}

/** The item `step` away from `current` in `list`, if there is one. */
function beside<T>(list: readonly T[], current: T, step: number): T | undefined {
  const index = list.indexOf(current);
  return index < 0 ? undefined : list[index + step];
}

/**
 * The next place, or undefined when the action leads nowhere from here (the last room, a card's
 * key on the wall…). Arrows follow the reading direction: "next" is to the left in a right-to-left
 * language. On a card, arrows go from card to card of its room; Escape closes it. In a room, arrows
 * go from room to room; `hall` goes to the entrance. The hall itself has doors, not arrows.
 */
export function nextPlace(place: Place, action: TourAction, direction: 'ltr' | 'rtl', map: TourMap): Place | undefined {
  if (!place.room) return undefined;
  const forward = (action === 'right') === (direction === 'ltr') ? 1 : -1;
  const { lang, room, card } = place;
  if (card) {
    if (action === 'close') return { lang, room };
    if (action === 'hall') return undefined;
    const cards = map.cardsOf(room);
    const to = cards && beside(cards, card, forward);
    return to ? { lang, room, card: to } : undefined;
  }
  if (action === 'hall') return { lang };
  if (action === 'close') return undefined;
  const to = beside(map.rooms, room, forward);
  return to ? { lang, room: to } : undefined;
}
