/**
 * Everyone quoted, derived from the rooms: who speaks where, and how often. The participant the
 * transcript does not name gets a page of their own under a reserved id.
 */
import type { Catalogue } from '@/content/catalogue';
import type { Card, Room, Speaker } from '@/content/types';

/** The page id of the unnamed participant; no speaker id may take it (checked in the tests). */
export const UNNAMED_SPEAKER_ID = 'participant-non-nomme';

export interface SpeakerEntry {
  /** The speaker's id, or UNNAMED_SPEAKER_ID. */
  id: string;
  /** Undefined for the unnamed participant. */
  speaker: Speaker | undefined;
  /** Their quotes, room by room, in the order of the tour. */
  rooms: { room: Room; cards: Card[] }[];
  count: number;
}

export const speakerIdOf = (card: Card): string => card.speaker ?? UNNAMED_SPEAKER_ID;

/** Each catalogue's index, built once: the speaker route and its page both look a voice up. */
const indexes = new WeakMap<Catalogue, readonly SpeakerEntry[]>();

/** Every voice of the exhibition, in the order they are first heard on the tour. */
export function speakerEntries(catalogue: Catalogue): readonly SpeakerEntry[] {
  let index = indexes.get(catalogue);
  if (!index) {
    index = indexOf(catalogue);
    indexes.set(catalogue, index);
  }
  return index;
}

function indexOf({ rooms, getSpeaker }: Catalogue): SpeakerEntry[] {
  const entries = new Map<string, SpeakerEntry>();
  for (const room of rooms) {
    for (const card of room.cards) {
      const id = speakerIdOf(card);
      let entry = entries.get(id);
      if (!entry) {
        entry = { id, speaker: getSpeaker(card.speaker), rooms: [], count: 0 };
        entries.set(id, entry);
      }
      let here = entry.rooms.find((r) => r.room.id === room.id);
      if (!here) {
        here = { room, cards: [] };
        entry.rooms.push(here);
      }
      here.cards.push(card);
      entry.count++;
    }
  }
  return [...entries.values()];
}

export function getSpeakerEntry(catalogue: Catalogue, id: string | undefined): SpeakerEntry | undefined {
  return speakerEntries(catalogue).find((entry) => entry.id === id);
}

/** Room by room: the voices heard there and how many of their quotes hang on its wall. */
export function speakersByRoom(
  catalogue: Catalogue,
): { room: Room; voices: { entry: SpeakerEntry; count: number }[] }[] {
  const entries = speakerEntries(catalogue);
  return catalogue.rooms.map((room) => ({
    room,
    voices: entries
      .map((entry) => ({ entry, count: entry.rooms.find((r) => r.room.id === room.id)?.cards.length ?? 0 }))
      .filter((voice) => voice.count > 0),
  }));
}
