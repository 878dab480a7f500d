// Types of the content, inferred from the schemas. `import type` keeps zod out of the browser bundle.
export type { Attribution, Card, ContextNote, Correction, Hall, Room, RoomId, Speaker } from './schema.ts';
