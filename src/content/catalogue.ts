/**
 * The exhibition's content as the app sees it: plain JSON, validated at build time (see
 * validate.ts and the vite plugin), looked up by stable id. Nothing here touches the browser.
 * Every room's quotes at once: the pages beyond the rooms use it; the hall and the rooms, in the
 * app's first code, use src/content/room-index.ts and src/content/room-content.ts.
 */
import type { LoadedRoom, Speaker } from './types';

export { cardNeighbours, getCard, groupBySpeaker, type SpeakerGroup } from './room-content';
export { hall } from './hall';
export { printedInRoom, roomNeighbours } from './room-index';

const roomModules = import.meta.glob<LoadedRoom>('../../data/derived/rooms/*.json', { eager: true, import: 'default' });

/** Every room with its quotes: for the pages that show them all, the prerenderer and the tests. */
export const rooms: readonly LoadedRoom[] = Object.values(roomModules).sort((a, b) => a.order - b.order);

const speakers = new Map(rooms.flatMap((room) => room.speakers.map((speaker) => [speaker.id, speaker])));

/** A speaker of the exhibition, by id (null: a participant not named). */
export function getSpeaker(id: string | null): Speaker | undefined {
  return id === null ? undefined : speakers.get(id);
}

export function getRoom(id: string | undefined): LoadedRoom | undefined {
  return rooms.find((room) => room.id === id);
}

export const cardCount = rooms.reduce((n, room) => n + room.cards.length, 0);
