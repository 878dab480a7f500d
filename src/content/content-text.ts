/**
 * The content in a language: pure functions from the content and a language pack to each text
 * with its provenance (src/content/localise.ts), by the keys of content-keys.ts. The app's hooks
 * (use-localise.ts) and the search index use them: no component ever builds a key.
 */
import type { LanguagePack } from '@/i18n/language-pack';
import { PARAGRAPH_BREAK, contentKeys, correctedText } from './content-keys.ts';
import { localise, translationOnly, type Localised } from './localise';
import type { Card, ContextNote, Correction, EditorialChange, Hall, RoomSummary, Speaker } from './types.ts';

export interface CardText {
  /** The words as said (corrections applied), or their translation. */
  quote: Localised;
  attribution?: Localised;
  correction: (c: Correction) => Localised;
  context: (c: ContextNote) => Localised;
  /** A translator's note on this quote, in a translated page only. */
  translatorNote?: string;
}

export function cardText(pack: LanguagePack | undefined, card: Card): CardText {
  const keys = contentKeys.card(card.id);
  return {
    // A quote stays as it was said, spaces included: no French typography applied to it.
    quote: localise(pack, keys.text, correctedText(card), { verbatim: true }),
    attribution: card.attribution.note ? localise(pack, keys.attribution, card.attribution.note) : undefined,
    correction: (c) => localise(pack, keys.correction(c), c.note),
    context: (c) => localise(pack, keys.context(c), c.note),
    translatorNote: translationOnly(pack, keys.note),
  };
}

export interface RoomText {
  title: Localised;
  intro: Localised;
}

export function roomText(pack: LanguagePack | undefined, room: Pick<RoomSummary, 'id' | 'title' | 'intro'>): RoomText {
  const keys = contentKeys.room(room.id);
  return { title: localise(pack, keys.title, room.title), intro: localise(pack, keys.intro, room.intro) };
}

export interface SpeakerText {
  /** Role and organisation, those that are given. */
  role: Localised[];
  note?: Localised;
  editorial: (change: EditorialChange) => Localised;
}

export function speakerText(pack: LanguagePack | undefined, speaker: Speaker): SpeakerText {
  const keys = contentKeys.speaker(speaker.id);
  const role = [
    speaker.role ? localise(pack, keys.role, speaker.role) : undefined,
    speaker.organisation ? localise(pack, keys.organisation, speaker.organisation) : undefined,
  ].filter((part): part is Localised => part !== undefined);
  return {
    role,
    note: speaker.note ? localise(pack, keys.note, speaker.note) : undefined,
    editorial: (change) => localise(pack, keys.editorial(change), change.note),
  };
}

export interface HallText {
  name: Localised;
  place: Localised;
  intro: Localised;
  about: Localised;
}

export function hallText(pack: LanguagePack | undefined, hall: Hall): HallText {
  const keys = contentKeys.hall;
  return {
    name: localise(pack, keys.name, hall.name),
    place: localise(pack, keys.place, hall.place),
    intro: localise(pack, keys.intro, hall.intro.join(PARAGRAPH_BREAK)),
    about: localise(pack, keys.about, hall.about.join(PARAGRAPH_BREAK)),
  };
}
