/**
 * The exhibition's content model. One schema per concept, every field documented: these
 * descriptions end up in the generated JSON Schema (data/schema/*.json) that editors use to
 * autocomplete and explain the content files.
 *
 * Validation runs at build time (vite plugin) and in tests only; the browser gets plain JSON
 * typed from these schemas, never zod itself.
 */
import { z } from 'zod';
import { LANGS } from '../config/languages.ts';

/** Room ids are the same in every language: shared links must survive a language switch. */
export const ROOM_IDS = ['environnement', 'education', 'travail', 'culture', 'information'] as const;
export const RoomIdSchema = z.enum(ROOM_IDS).describe('One of the five rooms, the same id in every language.');

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens')
  .max(64)
  .describe('A stable id (kebab-case). Never an array position: links must survive re-ordering.');

/** Longest text a field may hold: far above any real one, it stops a runaway paste (a whole file in a field). */
export const TEXT_MAX = 10_000;
/** Longest quote: a bubble holds a passage, not a speech (the longest on the wall is under 300 characters). */
export const QUOTE_MAX = 3_000;

/** Invisible controls that can reorder text on screen (the "Trojan Source" characters). */
const BIDI_CONTROLS: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};
// Controls but the line break, bidi controls, and halves of a broken surrogate pair (`u`: a whole pair is one character).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_CHARACTER = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why a text cannot be shown as written, or undefined when it can. Refused: control characters
 * (a line break is allowed), bidirectional embeddings, overrides and isolates, which can show a
 * text in another order than it is stored (the page sets each language's direction itself), and
 * a broken surrogate pair. Zero-width characters (U+200B–U+200D, needed by some scripts),
 * direction marks (U+200E, U+200F) and combining marks are text: kept, never normalised away.
 */
export function unsafeCharacter(text: string): string | undefined {
  const match = UNSAFE_CHARACTER.exec(text);
  if (!match) return undefined;
  const [char] = match;
  const where = `${codePoint(char)} at character ${match.index + 1}`;
  if (BIDI_CONTROLS[char])
    return `invisible bidirectional control ${where} (${BIDI_CONTROLS[char]}): it can show the text in another order than it is written; remove it`;
  if (/[\uD800-\uDFFF]/.test(char))
    return `broken character (half a surrogate pair) ${where}: the text was damaged in encoding`;
  return `control character ${where}: remove it`;
}

/** Text shown to visitors: not empty, not runaway, no character that hides or reorders it. */
export function textSchema(max = TEXT_MAX, hint = '') {
  return z
    .string()
    .min(1)
    .max(max, {
      error: (issue) =>
        `too long: ${typeof issue.input === 'string' ? issue.input.length : '?'} characters, at most ${max}${hint}`,
    })
    .superRefine((text, ctx) => {
      const problem = unsafeCharacter(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

export const LineNumberSchema = z
  .number()
  .int()
  .positive()
  .describe('A line number in data/source/transcript.txt, counting from 1.');

export const CorrectionSchema = z
  .object({
    id: IdSchema.describe('Stable key of the correction within its card or speaker (translations refer to it).'),
    original: textSchema().describe(
      'The text exactly as the transcript prints it; it must occur in the quote or caption.',
    ),
    corrected: textSchema().describe('What the curators read instead.'),
    kind: z
      .enum(['spelling', 'grammar', 'typography', 'name', 'role', 'fact'])
      .describe('What sort of slip: spelling, grammar, typography, a proper name, a role or title, a fact.'),
    note: textSchema().describe('One line for visitors: why the curators read it so.'),
  })
  .strict()
  .describe('A transcription correction, shown openly beside the verbatim text, never applied silently.');

/** What a context note may say of a claim: see ContextNoteSchema.status. */
export const CONTEXT_STATUSES = ['sourced', 'differs', 'unverified'] as const;

export const SourceSchema = z
  .object({
    author: textSchema()
      .optional()
      .describe('Who wrote it (a person or a body); left out when it is the outlet itself.'),
    title: textSchema().describe('The title of the article, book, report or legal text, as published.'),
    outlet: textSchema().describe('Where it was published: newspaper, journal, publisher, website, official journal.'),
    date: textSchema().describe("When, as precisely as known: '14 septembre 2023', 'octobre 2023', '2024'."),
    url: z.url().optional().describe('Its address, when it is online.'),
  })
  .strict()
  .describe('A public source: enough for a visitor to find it (outlet, title, date).');

export const ContextNoteSchema = z
  .object({
    id: IdSchema.describe('Stable key of the note within its card (translations refer to it).'),
    about: textSchema().describe('The words of the quote this note is about; they must occur in the quote.'),
    status: z
      .enum(CONTEXT_STATUSES)
      .describe(
        "'sourced': a public source supports the claim; 'differs': the sources found support something else (another measure, an older figure), said in the note; 'unverified': the speaker's own claim, not found elsewhere.",
      ),
    note: textSchema().describe("What is known, in the curators' own words."),
    sources: z
      .array(SourceSchema)
      .describe('The public sources the note rests on. At least one unless the status is unverified.'),
  })
  .strict()
  .refine((n) => n.status === 'unverified' || n.sources.length > 0, {
    message: "a note that cites sources ('sourced', 'differs') needs at least one, with its outlet, title and date",
    path: ['sources'],
  })
  .describe('Context for a factual claim: its source, or a plain statement that it was not verified.');

export const AttributionSchema = z
  .object({
    confidence: z.enum(['certain', 'probable', 'uncertain']).describe('How sure the curators are of who said it.'),
    note: textSchema()
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
    code: z
      .string()
      .regex(/^[0-9a-z]{3}$/, 'must be three lowercase letters or digits')
      .optional()
      .describe(
        "Its short code in collection links, only when the hash of its id is another card's (see docs/content.md).",
      ),
    speaker: IdSchema.nullable().describe('Id of the speaker in data/speakers.json, or null: participant not named.'),
    lines: z.array(LineNumberSchema).min(1).describe('The transcript lines this quote comes from, in reading order.'),
    text: textSchema(QUOTE_MAX, '; a bubble holds a passage: split a longer one into several cards').describe(
      'The quote verbatim: the transcript lines, each trimmed, joined by one space. Never corrected here.',
    ),
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
    title: textSchema().describe("The room's short title, as shown on its door."),
    heading: z
      .object({
        line: LineNumberSchema,
        text: textSchema().describe('The heading verbatim, as the transcript prints it.'),
      })
      .strict()
      .describe("The transcript's heading for this theme."),
    intro: textSchema().describe("The curators' introduction to the room, in their own words."),
    cards: z.array(CardSchema).min(1).describe('The quotes, in the order of the tour; grouped by speaker on screen.'),
  })
  .strict()
  .describe('A room of the exhibition: one theme of the day.');

export const EditorialChangeSchema = z
  .object({
    id: IdSchema.describe('Stable key of the change within its speaker (translations refer to it).'),
    field: z.enum(['role', 'organisation']).describe('The field that words it otherwise than the caption.'),
    caption: textSchema().describe("The caption's words, as printed; they must occur in a caption."),
    shown: textSchema().describe('The words shown instead; they must occur in the field.'),
    note: textSchema().describe('One line for visitors: why the curators word it so.'),
    source: SourceSchema.describe('Where the words shown come from.'),
  })
  .strict()
  .describe(
    "A role or organisation worded otherwise than the caption (a publisher's title, a name the caption leaves out): recorded and shown, never silent.",
  );

export const SpeakerSchema = z
  .object({
    id: IdSchema.describe('Stable id of the speaker.'),
    name: textSchema().describe('Name, corrected where the transcript misspells it.'),
    role: textSchema()
      .nullable()
      .describe(
        "Role or occupation in the caption's words (corrected), or a recorded editorial change; null when none is given.",
      ),
    organisation: textSchema()
      .nullable()
      .describe(
        "Organisation in the caption's words (corrected), or a recorded editorial change; null when none is given.",
      ),
    captions: z
      .array(
        z
          .object({
            lines: z.array(LineNumberSchema).min(1).describe('The transcript lines of this caption.'),
            text: textSchema().describe('The caption verbatim: its lines, each trimmed, joined by a newline.'),
          })
          .strict(),
      )
      .describe('Where the transcript names this speaker (some are named twice; a speaker from the floor never).'),
    corrections: z.array(CorrectionSchema).optional().describe('Corrections to the captions, shown openly.'),
    editorial: z
      .array(EditorialChangeSchema)
      .optional()
      .describe('Where role or organisation word it otherwise than the captions, shown openly.'),
    note: textSchema().optional().describe('A line about the speaker, where the transcript leaves a doubt.'),
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
      .object({ line: LineNumberSchema, text: textSchema().describe('The title verbatim.') })
      .strict()
      .describe("The summit's title as the transcript prints it."),
    dateline: z
      .object({ line: LineNumberSchema, text: textSchema().describe('Place and date verbatim.') })
      .strict()
      .describe('Place and date as the transcript prints them.'),
    name: textSchema().describe("The summit's name in ordinary case, for titles and previews."),
    place: textSchema().describe('The venue and city.'),
    date: z.iso.date().describe('The day of the summit, ISO 8601.'),
    intro: z.array(textSchema()).min(1).describe("The curators' introduction, one paragraph per entry."),
    about: z
      .array(textSchema())
      .min(1)
      .describe('How the exhibition was made: source, attribution, corrections; one paragraph per entry.'),
  })
  .strict()
  .describe('The entrance hall: the summit itself.');

const LangSchema = z.enum(LANGS).describe('A language of the exhibition (src/config/languages.ts).');

/** A word a visitor may type: letters and digits only, for the search compares words one by one. */
const SearchWordSchema = z
  .string()
  .max(40)
  .regex(/^[\p{L}\p{M}\p{N}]+$/u, 'must be one word: letters and digits, no space or punctuation')
  .describe('One word, as a visitor would type it (accents and case do not matter).');

export const SearchThemesSchema = z
  .object({
    $schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
    rooms: z
      .record(
        RoomIdSchema,
        z
          .record(
            LangSchema,
            z
              .array(SearchWordSchema)
              .min(1)
              .describe('Words that name what the room is about in this language, found in its quotes or not.'),
          )
          .describe('The theme of one room, in every language.'),
      )
      .describe(
        'A search that finds nothing suggests the rooms one of whose words it names (or begins), in the language of the page or in French.',
      ),
    examples: z
      .record(
        LangSchema,
        z
          .array(textSchema(60))
          .min(1)
          .max(8)
          .describe('Searches that find something in this language (a unit test checks), one for each room or so.'),
      )
      .describe('What the empty search page offers to try, per language.'),
  })
  .strict()
  .describe('What the search suggests when it finds nothing, and before anything is typed.');

export type RoomId = z.infer<typeof RoomIdSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type ContextNote = z.infer<typeof ContextNoteSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type EditorialChange = z.infer<typeof EditorialChangeSchema>;
export type ContextStatus = (typeof CONTEXT_STATUSES)[number];
export type Attribution = z.infer<typeof AttributionSchema>;
export type Card = z.infer<typeof CardSchema>;
export type Room = z.infer<typeof RoomSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type SpeakersFile = z.infer<typeof SpeakersFileSchema>;
export type Hall = z.infer<typeof HallSchema>;
export type SearchThemes = z.infer<typeof SearchThemesSchema>;
