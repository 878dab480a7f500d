/**
 * Every room's quotes at once, for the pages that show them all (search, catalogue, speakers,
 * figures, about, collection). They come by the rooms' own loader (src/content/room-content.ts):
 * the route of such a page waits for `loadCatalogue()` (src/app/router.tsx) and the page reads it
 * with `useCatalogue()`. The hall and the rooms, in the app's first code, never need it.
 */
import { loadOnce } from '@/lib/once';
import { loadAllRooms } from './room-content';
import type { LoadedRoom, Speaker } from './types';

export { cardNeighbours, getCard, groupBySpeaker, type SpeakerGroup } from './room-content';
export { hall } from './hall';
export { printedInRoom, roomNeighbours } from './room-index';

export interface Catalogue {
  /** Every room with its quotes and speakers, in the order of the tour. */
  rooms: readonly LoadedRoom[];
  cardCount: number;
  /** The voices heard: every speaker quoted, the unnamed participant counted once. */
  voiceCount: number;
  getRoom: (id: string | undefined) => LoadedRoom | undefined;
  /** A speaker of the exhibition, by id (null: a participant not named). */
  getSpeaker: (id: string | null) => Speaker | undefined;
}

/** The catalogue of these rooms (pure: the unit tests give it rooms of their own). */
export function catalogueOf(rooms: readonly LoadedRoom[]): Catalogue {
  const speakers = new Map(rooms.flatMap((room) => room.speakers.map((speaker) => [speaker.id, speaker])));
  return {
    rooms,
    cardCount: rooms.reduce((n, room) => n + room.cards.length, 0),
    voiceCount: new Set(rooms.flatMap((room) => room.cards.map((card) => card.speaker))).size,
    getRoom: (id) => rooms.find((room) => room.id === id),
    getSpeaker: (id) => (id === null ? undefined : speakers.get(id)),
  };
}

/** Every room, fetched once by the rooms' own loader (a failed load is asked for again next time). */
export const loadCatalogue = loadOnce<void, Catalogue>(() => loadAllRooms().then(catalogueOf));

/** The catalogue, for a page whose route has waited for it (its loader). */
export function useCatalogue(): Catalogue {
  const catalogue = loadCatalogue.loaded();
  if (!catalogue) throw new Error('The rooms are not loaded: give this page’s route the catalogue’s loader');
  return catalogue;
}
