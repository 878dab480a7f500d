// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LanguagePack } from '@/i18n/language-pack';
import { cardText, hallText, roomText, speakerText } from './content-text';
import type { Localised } from './localise';
import { fingerprint, sourceEntries } from './source-entries';
import { loadContentDir } from './validate';

const content = loadContentDir(fileURLToPath(new URL('../../data', import.meta.url)));
const source = sourceEntries(content.hall, content.rooms, content.speakers);

/** Every text the app shows of the content, localised with `pack`. */
function everyText(pack: LanguagePack | undefined): Localised[] {
  const cards = content.rooms.flatMap((room) => room.cards);
  return [
    ...Object.values(hallText(pack, content.hall)),
    ...content.rooms.flatMap((room) => Object.values(roomText(pack, room))),
    ...content.speakers.flatMap((speaker) => {
      const text = speakerText(pack, speaker);
      return [...text.role, ...(text.note ? [text.note] : []), ...(speaker.editorial ?? []).map(text.editorial)];
    }),
    ...cards.flatMap((card) => {
      const text = cardText(pack, card);
      return [
        text.quote,
        ...(text.attribution ? [text.attribution] : []),
        ...(card.corrections ?? []).map(text.correction),
        ...(card.context ?? []).map(text.context),
      ];
    }),
  ];
}

describe('the content in a language', () => {
  it('looks up every text by the key translators are given, and no other', () => {
    // A pack translating every entry the translators' tools list: each text the app shows finds its own.
    const content: Record<string, unknown> = {};
    for (const key of source.keys()) {
      const parts = key.split('.');
      let node = content;
      for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
      node[parts.at(-1)!] = `EN ${key}`;
    }
    const sources = Object.fromEntries([...source].map(([key, french]) => [key, fingerprint(french)]));
    const pack: LanguagePack = {
      lang: 'en',
      ui: {},
      content,
      meta: { language: 'en', complete: true, translator: 'project', reviewed: {}, sources },
    };
    const texts = everyText(pack);
    expect(texts.map((text) => text.text).sort()).toEqual([...source.keys()].map((key) => `EN ${key}`).sort());
    for (const text of texts) expect(text.provenance).toBe('draft');
  });

  it('keeps a quote as it was said, and sets the project’s own texts in French typography', () => {
    const card = content.rooms.flatMap((room) => room.cards).find((c) => / [?!:;]/.test(c.text))!;
    expect(cardText(undefined, card).quote.text).toBe(card.text);
    const room = { id: 'travail' as const, title: 'Travail', intro: 'Ici : les voix.' };
    expect(roomText(undefined, room).intro.text).toBe('Ici\u00a0: les voix.');
  });
});
