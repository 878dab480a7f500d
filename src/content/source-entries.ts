/**
 * Every translatable French text of the exhibition, by flat key ("cards.<id>.text", …): what
 * translators translate and what staleness is measured against. Pure: used by the app, the
 * build and the CLI alike.
 */
import type { Card, Hall, Room, Speaker } from './types.ts';

/** FNV-1a, 32 bits, hex: a fingerprint of a French text (not a security measure). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The quote as the curators read it: the verbatim text with its corrections applied. */
export function correctedText(card: Pick<Card, 'text' | 'corrections'>): string {
  return (card.corrections ?? []).reduce((text, c) => text.replace(c.original, () => c.corrected), card.text);
}

export const PARAGRAPH_BREAK = '\n\n';

export function sourceEntries(hall: Hall, rooms: readonly Room[], speakers: readonly Speaker[]): Map<string, string> {
  const entries = new Map<string, string>();
  const add = (key: string, text: string | null | undefined) => {
    if (text) entries.set(key, text);
  };
  add('hall.name', hall.name);
  add('hall.place', hall.place);
  add('hall.intro', hall.intro.join(PARAGRAPH_BREAK));
  add('hall.about', hall.about.join(PARAGRAPH_BREAK));
  for (const room of rooms) {
    add(`rooms.${room.id}.title`, room.title);
    add(`rooms.${room.id}.intro`, room.intro);
  }
  for (const speaker of speakers) {
    add(`speakers.${speaker.id}.role`, speaker.role);
    add(`speakers.${speaker.id}.organisation`, speaker.organisation);
    add(`speakers.${speaker.id}.note`, speaker.note);
    speaker.editorial?.forEach((e) => add(`speakers.${speaker.id}.editorial.${e.id}`, e.note));
  }
  for (const room of rooms) {
    for (const card of room.cards) {
      const key = `cards.${card.id}`;
      add(`${key}.text`, correctedText(card));
      add(`${key}.attribution`, card.attribution.note);
      card.corrections?.forEach((c) => add(`${key}.corrections.${c.id}`, c.note));
      card.context?.forEach((c) => add(`${key}.context.${c.id}`, c.note));
    }
  }
  return entries;
}

/** A nested translation object flattened to "a.b.c" keys (string leaves only). */
export function flatten(tree: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof tree === 'string') out.set(prefix, tree);
  else if (tree && typeof tree === 'object')
    for (const [key, value] of Object.entries(tree)) {
      if (key === '$schema') continue;
      flatten(value, prefix ? `${prefix}.${key}` : key, out);
    }
  return out;
}
