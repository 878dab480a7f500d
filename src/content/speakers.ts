/**
 * The speakers, by id: their names and roles caption every quote. Each room's file brings the
 * speakers of its quotes (data/derived/rooms/, src/content/derived.ts), given here as the room is
 * loaded (src/content/room-content.ts, src/content/catalogue.ts): a room's page does
 * not load every speaker.
 */
import type { RoomFile } from './derived.ts';
import type { Room, Speaker } from './types';

export type { RoomFile };

const speakers = new Map<string, Speaker>();

/** The speakers a room's file brings, known from now on; the room, as it is. */
export function withSpeakers({ speakers: brought, ...room }: RoomFile): Room {
  for (const speaker of brought) speakers.set(speaker.id, speaker);
  return room;
}

/** A speaker of a room already loaded. */
export function getSpeaker(id: string | null): Speaker | undefined {
  return id === null ? undefined : speakers.get(id);
}
