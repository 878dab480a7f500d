import { z } from 'zod';
import { HallSchema, RoomSchema, SpeakersFileSchema } from '../src/content/schema.ts';
import { TranslationContentSchema, TranslationMetaSchema } from '../src/content/translation-schema.ts';

/** The JSON Schemas generated from the zod schemas, by file name. */
export function jsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return {
    'hall.schema.json': make(HallSchema),
    'room.schema.json': make(RoomSchema),
    'speakers.schema.json': make(SpeakersFileSchema),
    'translation.schema.json': make(TranslationContentSchema),
    'translation-meta.schema.json': make(TranslationMetaSchema),
  };
}
