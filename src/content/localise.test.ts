// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { LanguagePack } from '@/i18n/language-pack';
import { localise, translationOnly } from './localise';
import { fingerprint } from './source-entries';

const french = 'Le travail avec l’IA pour la traduction est plus long que sans IA.';
const pack = (overrides: Partial<LanguagePack> = {}): LanguagePack => ({
  lang: 'en',
  ui: {},
  content: { cards: { 'a-card': { text: 'Working with AI on translation takes longer.', note: 'A note.' } } },
  meta: {
    language: 'en',
    complete: true,
    translator: 'project',
    reviewed: {},
    sources: { 'cards.a-card.text': fingerprint(french) },
  },
  ...overrides,
});

describe('localising a text', () => {
  it('gives the French original in French', () => {
    expect(localise({ lang: 'fr', ui: {} }, 'cards.a-card.text', french)).toEqual({
      text: french,
      lang: 'fr',
      provenance: 'original',
      french,
    });
  });

  it("sets the project's French texts in French typography, and a quote as it was said", () => {
    const intro = 'Ici : les voix. Et vous ?';
    expect(localise({ lang: 'fr', ui: {} }, 'rooms.travail.intro', intro).text).toBe(
      'Ici\u00a0: les voix. Et vous\u202f?',
    );
    // The French at hand on a translated page too, and the translation's freshness still told
    // from the text as written.
    const translated = localise(
      pack({
        content: { rooms: { travail: { intro: 'Here: the voices.' } } },
        meta: { ...pack().meta!, sources: { 'rooms.travail.intro': fingerprint(intro) } },
      }),
      'rooms.travail.intro',
      intro,
    );
    expect(translated).toMatchObject({ provenance: 'draft', french: 'Ici\u00a0: les voix. Et vous\u202f?' });
    expect(
      localise({ lang: 'fr', ui: {} }, 'cards.a-card.text', 'Pourquoi ? Parce que.', { verbatim: true }).text,
    ).toBe('Pourquoi ? Parce que.');
  });

  it('gives a translation as a draft by the project, with the French at hand', () => {
    const text = localise(pack(), 'cards.a-card.text', french);
    expect(text).toMatchObject({
      text: 'Working with AI on translation takes longer.',
      lang: 'en',
      provenance: 'draft',
      french,
    });
  });

  it('names the reviewer of a reviewed translation', () => {
    const reviewed = pack({
      meta: { ...pack().meta!, reviewed: { 'cards.a-card.text': { by: 'A. Translator', date: '2026-01-01' } } },
    });
    expect(localise(reviewed, 'cards.a-card.text', french)).toMatchObject({
      provenance: 'reviewed',
      reviewedBy: 'A. Translator',
    });
  });

  it('flags a translation made from a French text that has changed since', () => {
    expect(localise(pack(), 'cards.a-card.text', `${french} (modifié)`).provenance).toBe('stale');
  });

  it('falls back to French, in French, when the entry is missing or empty', () => {
    expect(localise(pack(), 'cards.other.text', french)).toEqual({
      text: french,
      lang: 'fr',
      provenance: 'missing',
      french,
    });
    const empty = pack({ content: { cards: { 'a-card': { text: '   ' } } } });
    expect(localise(empty, 'cards.a-card.text', french).provenance).toBe('missing');
  });

  it('falls back to French for a language with no translation at all', () => {
    expect(localise({ lang: 'de', ui: {} }, 'rooms.travail.title', 'Travail')).toMatchObject({
      text: 'Travail',
      lang: 'fr',
      provenance: 'missing',
    });
  });

  it('finds a translator’s note only in a translation', () => {
    expect(translationOnly(pack(), 'cards.a-card.note')).toBe('A note.');
    expect(translationOnly({ lang: 'fr', ui: {} }, 'cards.a-card.note')).toBeUndefined();
  });
});
