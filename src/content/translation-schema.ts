/**
 * Translations of the exhibition's content: one folder per language in data/i18n/<lang>/.
 * - content.json: i18next-style nested JSON, string leaves, keyed by stable ids (never array
 *   positions), so Weblate/Crowdin-style tools can open it. Every leaf is optional: a missing
 *   entry shows the French original with a notice.
 * - meta.json: who translated, the status of each entry (draft by the project unless reviewed),
 *   and the fingerprint of the French text each entry was translated from (to find stale ones).
 */
import { z } from 'zod';
import { IdSchema, textSchema } from './schema.ts';

// The same rules as the French: no control, no bidi override, no runaway length.
const Text = textSchema();
const Notes = z.record(IdSchema, Text);

export const TranslationContentSchema = z
  .object({
    $schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
    hall: z
      .object({
        name: Text.optional().describe("The summit's name."),
        place: Text.optional().describe('Venue and city.'),
        intro: Text.optional().describe("The hall's introduction; paragraphs separated by a blank line."),
        about: Text.optional().describe('How the exhibition was made; paragraphs separated by a blank line.'),
      })
      .strict()
      .optional(),
    rooms: z
      .record(
        IdSchema,
        z
          .object({
            title: Text.optional().describe("The room's short title."),
            intro: Text.optional().describe("The curators' introduction to the room."),
          })
          .strict(),
      )
      .optional()
      .describe('By room id.'),
    speakers: z
      .record(
        IdSchema,
        z
          .object({
            role: Text.optional().describe('Role or occupation.'),
            organisation: Text.optional().describe('Organisation (names of organisations stay as they are).'),
            note: Text.optional().describe("The curators' line about the speaker."),
            editorial: Notes.optional().describe(
              'Notes on a role or organisation worded otherwise than the caption, by id.',
            ),
          })
          .strict(),
      )
      .optional()
      .describe('By speaker id.'),
    cards: z
      .record(
        IdSchema,
        z
          .object({
            text: Text.optional().describe('The quote, translated from its corrected French reading.'),
            attribution: Text.optional().describe("The curators' note on the attribution."),
            note: Text.optional().describe("Translator's note: a French term that matters, explained."),
            corrections: Notes.optional().describe('Correction notes, by correction id.'),
            context: Notes.optional().describe('Context notes, by note id.'),
          })
          .strict(),
      )
      .optional()
      .describe('By card id.'),
  })
  .strict()
  .describe("A language's translation of the exhibition's content.");

export const TranslationMetaSchema = z
  .object({
    $schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
    language: z.string().min(2).describe('The language code, as in the folder name.'),
    complete: z.boolean().describe('Marked complete: `npm run i18n:status` fails when it has gaps or stale entries.'),
    translator: Text.describe('Who wrote the translation (the project, unless a person is named).'),
    reviewed: z
      .record(
        z.string(),
        z.object({ by: Text.describe('Who reviewed it.'), date: z.iso.date().describe('When.') }).strict(),
      )
      .describe('Entries reviewed by a human translator, by flat key (e.g. "cards.<id>.text").'),
    sources: z
      .record(z.string(), z.string().regex(/^[0-9a-f]{8}$/))
      .describe('Fingerprint of the French text each entry was translated from, by flat key.'),
  })
  .strict()
  .describe("Provenance of a language's translation.");

export type TranslationContent = z.infer<typeof TranslationContentSchema>;
export type TranslationMeta = z.infer<typeof TranslationMetaSchema>;
