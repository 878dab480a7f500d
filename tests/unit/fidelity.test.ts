// @vitest-environment node
/**
 * Guards from the independent read of the content (issue 27): what a figure's status claims of
 * its sources. Each case edits a copy of data/ and expects the loader to name file and field.
 */
import { describe, expect, it } from 'vitest';
import { loadContentDir, wordsNotInCaptions } from '@/content/validate';
import { copyData, dataDir, editJson, problemsOf, type Json } from './hostile-data';

const real = loadContentDir(dataDir);
const environnement = real.rooms.find((room) => room.id === 'environnement')!;
const cardIndex = environnement.cards.findIndex((c) => c.context?.some((n) => n.status !== 'unverified'));
const card = environnement.cards[cardIndex]!;
const noteIndex = card.context!.findIndex((n) => n.status !== 'unverified');
const notePath = `data/rooms/environnement.json: cards[${cardIndex}].context[${noteIndex}]`;

function problemsAfterNote(edit: (note: Json) => void): string[] {
  const dir = copyData();
  editJson(dir, 'rooms/environnement.json', (room) => edit(room.cards[cardIndex].context[noteIndex]));
  return problemsOf(dir);
}

describe('a figure that cites sources', () => {
  it.each(['sourced', 'differs'])('is refused as %s with no source at all', (status) => {
    const problems = problemsAfterNote((note) => {
      note.status = status;
      note.sources = [];
    });
    expect(problems).toContainEqual(expect.stringContaining(`${notePath}.sources: `));
  });

  it.each(['outlet', 'title', 'date'])('is refused when a source has no %s', (field) => {
    const problems = problemsAfterNote((note) => delete note.sources[0][field]);
    expect(problems).toContainEqual(expect.stringContaining(`${notePath}.sources[0].${field}: `));
  });

  it('is refused when a source is a bare line ("Presse, 2023"), not an outlet, a title and a date', () => {
    const problems = problemsAfterNote((note) => (note.sources = ['Presse, 2023']));
    expect(problems).toContainEqual(expect.stringContaining(`${notePath}.sources[0]: `));
  });

  it('knows the status "differs" and no other new one', () => {
    expect(problemsAfterNote((note) => (note.status = 'differs'))).toEqual([]);
    expect(problemsAfterNote((note) => (note.status = 'roughly'))).toContainEqual(
      expect.stringContaining(`${notePath}.status: `),
    );
  });
});

describe("a speaker's role and organisation", () => {
  const speakerIndex = (id: string) => real.speakers.findIndex((s) => s.id === id);
  function problemsAfterSpeaker(id: string, edit: (speaker: Json) => void): string[] {
    const dir = copyData();
    editJson(dir, 'speakers.json', ({ speakers }) => edit(speakers[speakerIndex(id)]));
    return problemsOf(dir);
  }

  it("hold to the captions today: every word is the caption's or a recorded editorial change", () => {
    for (const speaker of real.speakers) {
      expect(wordsNotInCaptions(speaker, 'role')).toEqual([]);
      expect(wordsNotInCaptions(speaker, 'organisation')).toEqual([]);
    }
  });

  it('are refused when they change the caption with nothing said (a lowercased name, another word)', () => {
    const i = speakerIndex('corentin-de-montmarin');
    expect(
      problemsAfterSpeaker('corentin-de-montmarin', (s) => (s.organisation = "Institut supérieur de l'environnement")),
    ).toContainEqual(
      expect.stringMatching(new RegExp(`^data/speakers.json: speakers\\[${i}\\]\\.organisation: "supérieur"`)),
    );
    const j = speakerIndex('stephanie-le-cam');
    expect(
      problemsAfterSpeaker('stephanie-le-cam', (s) => (s.role = s.role.replace('sur le droit', 'en droit'))),
    ).toContainEqual(expect.stringMatching(new RegExp(`^data/speakers.json: speakers\\[${j}\\]\\.role: "en"`)));
  });

  it('may differ where an editorial change records what, why and the source, and the change must match', () => {
    const i = speakerIndex('patrick-kuban');
    expect(problemsAfterSpeaker('patrick-kuban', (s) => delete s.editorial)).toContainEqual(
      expect.stringContaining(`data/speakers.json: speakers[${i}].organisation: "Les", "Voix"`),
    );
    expect(problemsAfterSpeaker('patrick-kuban', (s) => (s.editorial[0].caption = 'lesvoix.com'))).toContainEqual(
      expect.stringContaining(`data/speakers.json: speakers[${i}].editorial[0].caption`),
    );
    expect(problemsAfterSpeaker('patrick-kuban', (s) => delete s.editorial[0].source)).toContainEqual(
      expect.stringContaining(`data/speakers.json: speakers[${i}].editorial[0].source`),
    );
  });
});

describe('an attribution that is not certain', () => {
  it('gives evidence from the layout or the words, never only "the tone"', () => {
    const notes = real.rooms.flatMap((room) => room.cards.map((card) => card.attribution.note ?? ''));
    expect(notes.filter((note) => /\ble ton\b/i.test(note))).toEqual([]);
  });

  it('does not name as another possible speaker the one the card already names', () => {
    const names = new Map(real.speakers.map((s) => [s.id, s.name]));
    const contradictions = real.rooms.flatMap((room) =>
      room.cards.filter((card) => {
        const name = card.speaker ? names.get(card.speaker) : undefined;
        return name && new RegExp(`(revenir|être) à ${name}`).test(card.attribution.note ?? '');
      }),
    );
    expect(contradictions.map((card) => card.id)).toEqual([]);
  });
});
