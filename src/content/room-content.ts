/**
 * A room's quotes: each room's file is its own chunk, loaded before its page renders (its route
 * waits for it, src/app/router.tsx; and it is there before React takes a prerendered room over),
 * then at hand synchronously. Pages that show every room (search, catalogue, figures…) use
 * src/content/catalogue.ts, which has them all.
 */
import { loadOnce } from '@/lib/once';
import { retryOnce } from '@/lib/retry';
import { roomSummaries } from './room-index';
import { speakerOf } from './speakers';
import type { Card, LoadedRoom, RoomId, Speaker } from './types';

const files = import.meta.glob<LoadedRoom>('../../data/derived/rooms/*.json', { import: 'default' });

/** The room's content, fetched once (asked for twice before it fails, like the pages' code). */
export const loadRoom = loadOnce(async (id: RoomId): Promise<LoadedRoom> => {
  const file = files[`../../data/derived/rooms/${id}.json`];
  if (!file) throw new Error(`No content for room "${id}"`);
  return retryOnce(file);
});

/** Every room's content, in the order of the tour: for the kiosk's attract loop, and fetched ahead. */
export function loadAllRooms(): Promise<LoadedRoom[]> {
  return Promise.all(roomSummaries.map((room) => loadRoom(room.id)));
}

export function getCard(room: Pick<LoadedRoom, 'cards'>, cardId: string | undefined): Card | undefined {
  return room.cards.find((card) => card.id === cardId);
}

export function cardNeighbours(room: Pick<LoadedRoom, 'cards'>, cardId: string): { previous?: Card; next?: Card } {
  const index = room.cards.findIndex((card) => card.id === cardId);
  return index < 0 ? {} : { previous: room.cards[index - 1], next: room.cards[index + 1] };
}

export interface SpeakerGroup {
  /** Stable key: the first card's id (a speaker may have several groups in a room). */
  key: string;
  speaker: Speaker | undefined;
  cards: Card[];
}

/** Consecutive cards of the same speaker, as they stand together on the wall. */
export function groupBySpeaker(room: LoadedRoom): SpeakerGroup[] {
  const groups: SpeakerGroup[] = [];
  for (const card of room.cards) {
    const last = groups.at(-1);
    if (last && last.cards[0]?.speaker === card.speaker) last.cards.push(card);
    else groups.push({ key: card.id, speaker: speakerOf(room, card), cards: [card] });
  }
  return groups;
}
