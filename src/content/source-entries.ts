/**
 * Every translatable French text of the exhibition, by flat key ("cards.<id>.text", …): what
 * translators translate and what staleness is measured against. Pure: used by the app, the
 * build and the CLI alike.
 */
import { PARAGRAPH_BREAK, contentKeys, correctedText } from './content-keys.ts';
import type { Hall, Room, Speaker } from './types.ts';

/** FNV-1a, 32 bits, hex: a fingerprint of a French text (not a security measure). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function sourceEntries(hall: Hall, rooms: readonly Room[], speakers: readonly Speaker[]): Map<string, string> {
  const entries = new Map<string, string>();
  const add = (key: string, text: string | null | undefined) => {
    if (text) entries.set(key, text);
  };
  const h = contentKeys.hall;
  add(h.name, hall.name);
  add(h.place, hall.place);
  add(h.intro, hall.intro.join(PARAGRAPH_BREAK));
  add(h.about, hall.about.join(PARAGRAPH_BREAK));
  for (const room of rooms) {
    const keys = contentKeys.room(room.id);
    add(keys.title, room.title);
    add(keys.intro, room.intro);
  }
  for (const speaker of speakers) {
    const keys = contentKeys.speaker(speaker.id);
    add(keys.role, speaker.role);
    add(keys.organisation, speaker.organisation);
    add(keys.note, speaker.note);
    speaker.editorial?.forEach((e) => add(keys.editorial(e), e.note));
  }
  for (const room of rooms) {
    for (const card of room.cards) {
      const keys = contentKeys.card(card.id);
      add(keys.text, correctedText(card));
      add(keys.attribution, card.attribution.note);
      card.corrections?.forEach((c) => add(keys.correction(c), c.note));
      card.context?.forEach((c) => add(keys.context(c), c.note));
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
