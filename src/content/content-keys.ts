/**
 * The keys of the content's translatable texts ("cards.<id>.text", …): the only code that knows
 * them, shared by the app (content-text.ts) and the translators' entries (source-entries.ts).
 */
import type { Card, ContextNote, Correction, EditorialChange } from './types.ts';

/** The keys of every translatable text, by what it belongs to. */
export const contentKeys = {
  hall: { name: 'hall.name', place: 'hall.place', intro: 'hall.intro', about: 'hall.about' },
  room: (id: string) => ({ title: `rooms.${id}.title`, intro: `rooms.${id}.intro` }),
  speaker: (id: string) => ({
    role: `speakers.${id}.role`,
    organisation: `speakers.${id}.organisation`,
    note: `speakers.${id}.note`,
    editorial: (change: Pick<EditorialChange, 'id'>) => `speakers.${id}.editorial.${change.id}`,
  }),
  card: (id: string) => ({
    text: `cards.${id}.text`,
    attribution: `cards.${id}.attribution`,
    correction: (c: Pick<Correction, 'id'>) => `cards.${id}.corrections.${c.id}`,
    context: (c: Pick<ContextNote, 'id'>) => `cards.${id}.context.${c.id}`,
    /** A translator's note: no French source. */
    note: `cards.${id}.note`,
  }),
};

/** Paragraphs of the hall's texts, joined into one translatable entry. */
export const PARAGRAPH_BREAK = '\n\n';

/** The quote as the curators read it: the verbatim text with its corrections applied. */
export function correctedText(card: Pick<Card, 'text' | 'corrections'>): string {
  return (card.corrections ?? []).reduce((text, c) => text.replace(c.original, () => c.corrected), card.text);
}
