/**
 * The speakers of a room: their names and roles caption every quote. Each room's file brings the
 * speakers of its quotes (data/derived/rooms/, src/content/derived.ts), so that a room's page
 * loads its own speakers and no others; a quote's speaker is looked up in its room's.
 */
import type { Card, LoadedRoom, Speaker } from './types';

/** The speaker of a quote of `room`; undefined for a participant not named. */
export function speakerOf(room: Pick<LoadedRoom, 'speakers'>, card: Pick<Card, 'speaker'>): Speaker | undefined {
  return card.speaker === null ? undefined : room.speakers.find((speaker) => speaker.id === card.speaker);
}
