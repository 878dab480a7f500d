// Types of the content, inferred from the schemas. `import type` keeps zod out of the browser bundle.
export type {
  Attribution,
  Card,
  ContextNote,
  ContextStatus,
  Correction,
  EditorialChange,
  Hall,
  Room,
  RoomId,
  SearchThemes,
  Source,
  Speaker,
} from './schema.ts';

import type { Room } from './schema.ts';

/** A room as the app loads it (data/derived/rooms/<id>.json): its quotes and the speakers of them. */
export type { RoomFile as LoadedRoom } from './derived.ts';

/** A room without its quotes, with their numbers (src/content/room-index.ts). */
export type RoomSummary = Omit<Room, 'cards' | '$schema'> & {
  /** How many quotes it holds. */
  cardCount: number;
  /** How many voices speak in it (the unnamed counted as one). */
  voiceCount: number;
};
