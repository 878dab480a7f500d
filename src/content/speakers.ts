/**
 * The speakers, by id: their names and roles caption every quote. Each room's file brings the
 * speakers of its quotes (the `exhibition-room-speakers` plugin of vite.config.ts), given here as
 * the room is loaded (src/content/room-content.ts, src/content/catalogue.ts): a room's page does
 * not load every speaker.
 */
import type { Room, Speaker } from './types';

/** A room's file as the app loads it: the room, and the speakers of its quotes. */
export type RoomFile = Room & { speakers?: Speaker[] };

/** A room's file as the build serves it (vite.config.ts): the room, and the speakers of its quotes. */
export function roomFile(room: Room, all: readonly Speaker[]): RoomFile {
  const ids = new Set(room.cards.map((card) => card.speaker));
  return { ...room, speakers: all.filter((speaker) => ids.has(speaker.id)) };
}

const speakers = new Map<string, Speaker>();

/** The speakers a room's file brings, known from now on; the room, as it is. */
export function withSpeakers({ speakers: brought = [], ...room }: RoomFile): Room {
  for (const speaker of brought) speakers.set(speaker.id, speaker);
  return room;
}

/** A speaker of a room already loaded. */
export function getSpeaker(id: string | null): Speaker | undefined {
  return id === null ? undefined : speakers.get(id);
}
