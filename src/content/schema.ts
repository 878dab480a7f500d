/**
 * The exhibition's content model. One schema per concept, every field documented: these
 * descriptions end up in the generated JSON Schema (data/schema/*.json) that editors use to
 * autocomplete and explain the content files.
 *
 * Validation runs at build time (vite plugin) and in tests only; the browser gets plain JSON
 * typed from these schemas, never zod itself.
 */
import { z } from 'zod';

/** Room ids are the same in every language: shared links must survive a language switch. */
export const ROOM_IDS = ['environnement', 'education', 'travail', 'culture', 'information'] as const;
export const RoomIdSchema = z.enum(ROOM_IDS).describe('One of the five rooms, the same id in every language.');

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens')
  .max(64)
  .describe('A stable id (kebab-case). Never an array position: links must survive re-ordering.');

export const LineNumberSchema = z
  .number()
  .int()
  .positive()
  .describe('A line number in data/source/transcript.txt, counting from 1.');

export const CorrectionSchema = z
  .object({
    id: IdSchema.describe('Stable key of the correction within its card or speaker (translations refer to it).'),
    original: z
      .string()
      .min(1)
      .describe('The text exactly as the transcript prints it; it must occur in the quote or caption.'),
    corrected: z.string().min(1).describe('What the curators read instead.'),
    kind: z
      .enum(['spelling', 'grammar', 'typography', 'name', 'role', 'fact'])
      .describe('What sort of slip: spelling, grammar, typography, a proper name, a role or title, a fact.'),
    note: z.string().min(1).describe('One line for visitors: why the curators read it so.'),
  })
  .strict()
  .describe('A transcription correction, shown openly beside the verbatim text, never applied silently.');

export const ContextNoteSchema = z
  .object({
    id: IdSchema.describe('Stable key of the note within its card (translations refer to it).'),
    about: z.string().min(1).describe('The words of the quote this note is about; they must occur in the quote.'),
    status: z
      .enum(['sourced', 'unverified'])
      .describe("'sourced': what a public source says; 'unverified': the speaker's own figure, not found elsewhere."),
    note: z.string().min(1).describe("What is known, in the curators' own words."),
    sources: z
      .array(z.string().min(1))
      .describe('References (author, title, publisher, date). At least one when the status is sourced.'),
  })
  .strict()
  .refine((n) => n.status === 'unverified' || n.sources.length > 0, {
    message: 'a sourced note needs at least one source',
    path: ['sources'],
  })
  .describe('Context for a factual claim: its source, or a plain statement that it was not verified.');

export const AttributionSchema = z
  .object({
    confidence: z.enum(['certain', 'probable', 'uncertain']).describe('How sure the curators are of who said it.'),
    note: z
      .string()
      .min(1)
      .optional()
      .describe("One line for visitors explaining the doubt. Required unless the confidence is 'certain'."),
  })
  .strict()
  .refine((a) => a.confidence === 'certain' || Boolean(a.note), {
    message: "a curator's note is required when the attribution is not certain",
    path: ['note'],
  })
  .describe('Who said it, as curated: the transcript prints names near, not always after, their words.');

export const CardSchema = z
  .object({
    id: IdSchema.describe('Stable id of the quote, unique across the exhibition; it is part of shared links.'),
    speaker: IdSchema.nullable().describe('Id of the speaker in data/speakers.json, or null: participant not named.'),
    lines: z.array(LineNumberSchema).min(1).describe('The transcript lines this quote comes from, in reading order.'),
    text: z
      .string()
      .min(1)
      .describe('The quote verbatim: the transcript lines, each trimmed, joined by one space. Never corrected here.'),
    attribution: AttributionSchema,
    corrections: z.array(CorrectionSchema).optional().describe('Transcription corrections, shown openly.'),
    context: z.array(ContextNoteSchema).optional().describe('Context notes for the factual claims it makes.'),
  })
  .strict()
  .describe('One quote: a speech bubble of the exhibition.');

export const RoomSchema = z
  .object({
    $schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
    id: RoomIdSchema,
    order: z.number().int().min(1).max(5).describe('Position of the room on the tour, from 1.'),
    title: z.string().min(1).describe("The room's short title, as shown on its door."),
    heading: z
      .object({
        line: LineNumberSchema,
        text: z.string().min(1).describe('The heading verbatim, as the transcript prints it.'),
      })
      .strict()
      .describe("The transcript's heading for this theme."),
    intro: z.string().min(1).describe("The curators' introduction to the room, in their own words."),
    cards: z.array(CardSchema).min(1).describe('The quotes, in the order of the tour; grouped by speaker on screen.'),
  })
  .strict()
  .describe('A room of the exhibition: one theme of the day.');

export const SpeakerSchema = z
  .object({
    id: IdSchema.describe('Stable id of the speaker.'),
    name: z.string().min(1).describe('Name, corrected where the transcript misspells it.'),
    role: z.string().min(1).nullable().describe('Role or occupation as given (corrected); null when none is given.'),
    organisation: z.string().min(1).nullable().describe('Organisation as given (corrected); null when none is given.'),
    captions: z
      .array(
        z
          .object({
            lines: z.array(LineNumberSchema).min(1).describe('The transcript lines of this caption.'),
            text: z.string().min(1).describe('The caption verbatim: its lines, each trimmed, joined by a newline.'),
          })
          .strict(),
      )
      .describe('Where the transcript names this speaker (some are named twice; a speaker from the floor never).'),
    corrections: z.array(CorrectionSchema).optional().describe('Corrections to the captions, shown openly.'),
    note: z.string().min(1).optional().describe('A line about the speaker, where the transcript leaves a doubt.'),
  })
  .strict()
  .describe('A person quoted in the exhibition.');

export const SpeakersFileSchema = z
  .object({
    $schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
    speakers: z.array(SpeakerSchema).min(1),
  })
  .strict()
  .describe('Everyone quoted in the exhibition.');

export const HallSchema = z
  .object({
    $schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
    title: z
      .object({ line: LineNumberSchema, text: z.string().min(1).describe('The title verbatim.') })
      .strict()
      .describe("The summit's title as the transcript prints it."),
    dateline: z
      .object({ line: LineNumberSchema, text: z.string().min(1).describe('Place and date verbatim.') })
      .strict()
      .describe('Place and date as the transcript prints them.'),
    name: z.string().min(1).describe("The summit's name in ordinary case, for titles and previews."),
    place: z.string().min(1).describe('The venue and city.'),
    date: z.iso.date().describe('The day of the summit, ISO 8601.'),
    intro: z.array(z.string().min(1)).min(1).describe("The curators' introduction, one paragraph per entry."),
    about: z
      .array(z.string().min(1))
      .min(1)
      .describe('How the exhibition was made: source, attribution, corrections; one paragraph per entry.'),
  })
  .strict()
  .describe('The entrance hall: the summit itself.');

export type RoomId = z.infer<typeof RoomIdSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type ContextNote = z.infer<typeof ContextNoteSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type Card = z.infer<typeof CardSchema>;
export type Room = z.infer<typeof RoomSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type SpeakersFile = z.infer<typeof SpeakersFileSchema>;
export type Hall = z.infer<typeof HallSchema>;
