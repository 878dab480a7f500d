/**
 * What the app loads of the content, derived from data/ into data/derived/ by
 * `npm run content:derive` (and by every build): the rooms without their quotes (the hall's doors,
 * `rooms.json`), and each room's file with the speakers of its quotes (`rooms/<id>.json`: a room's
 * page loads its own speakers and no others). Pure; each derived file has its schema, and
 * `npm run content:check` fails when one is not what data/ gives.
 */
import { z } from 'zod';
import { RoomSchema, SpeakerSchema } from './schema.ts';
import type { Room, RoomSummary, Speaker } from './types.ts';

/** Under data/. */
export const DERIVED_DIR = 'derived';

export const RoomSummarySchema = RoomSchema.omit({ cards: true, $schema: true })
  .extend({
    cardCount: z.number().int().min(1).describe('How many quotes the room holds.'),
    voiceCount: z.number().int().min(1).describe('How many voices speak in it (the unnamed counted as one).'),
  })
  .strict();

export const RoomFileSchema = RoomSchema.extend({
  speakers: z.array(SpeakerSchema).describe('The speakers of its quotes, and no others.'),
}).strict();

/** A room's file as the app loads it: the room, and the speakers of its quotes. */
export type RoomFile = z.infer<typeof RoomFileSchema>;

/** A room without its quotes, with their numbers. */
export function summarise({ id, order, title, heading, intro, cards }: Room): RoomSummary {
  const voiceCount = new Set(cards.map((card) => card.speaker ?? '')).size;
  return { id, order, title, heading, intro, cardCount: cards.length, voiceCount };
}

/** A room and the speakers of its quotes. */
export function roomFile(room: Room, all: readonly Speaker[]): RoomFile {
  const ids = new Set(room.cards.map((card) => card.speaker));
  return { ...room, speakers: all.filter((speaker) => ids.has(speaker.id)) };
}

/** The derived files, by path under data/derived/, as JSON text. */
export function derivedFiles({ rooms, speakers }: { rooms: readonly Room[]; speakers: readonly Speaker[] }) {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const files = new Map<string, string>([['rooms.json', json(rooms.map(summarise))]]);
  for (const room of rooms) files.set(`rooms/${room.id}.json`, json(roomFile(room, speakers)));
  return files;
}
