// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../scripts/json-schema.ts';
import { ContentError, loadContentDir } from '@/content/validate';

const dataDir = fileURLToPath(new URL('../../data', import.meta.url));
const content = loadContentDir(dataDir);
const allCards = content.rooms.flatMap((room) => room.cards.map((card) => ({ room: room.id, card })));

/** A copy of data/ where `edit` has changed one file, and the problems it raises. */
function problemsAfter(file: string, edit: (json: Record<string, unknown>) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(dataDir, dir, { recursive: true });
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
  try {
    loadContentDir(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('the content', () => {
  it('passes the schema and the integrity checks', () => {
    expect(content.rooms.map((room) => room.id)).toEqual([
      'environnement',
      'education',
      'travail',
      'culture',
      'information',
    ]);
    expect(allCards.length).toBeGreaterThan(100);
  });

  it('holds every line of the transcript, verbatim, exactly once', () => {
    const recorded = new Map<number, string>();
    const record = (lines: number[], text: string, joiner: string) => {
      lines.forEach((line) => {
        expect(recorded.has(line), `line ${line} recorded twice`).toBe(false);
        recorded.set(line, text);
      });
      expect(text).toBe(lines.map((n) => content.transcript[n - 1]!.trim()).join(joiner));
    };
    record([content.hall.title.line], content.hall.title.text, ' ');
    record([content.hall.dateline.line], content.hall.dateline.text, ' ');
    content.rooms.forEach((room) => record([room.heading.line], room.heading.text, ' '));
    content.speakers.forEach((s) => s.captions.forEach((c) => record(c.lines, c.text, '\n')));
    allCards.forEach(({ card }) => record(card.lines, card.text, ' '));
    const nonEmpty = content.transcript.flatMap((line, i) => (line.trim() ? [i + 1] : []));
    expect([...recorded.keys()].sort((a, b) => a - b)).toEqual(nonEmpty);
  });

  it('keeps the source transcript byte for byte', () => {
    const seed = fileURLToPath(new URL('../../../shared/seeds/000_52a1b8ccecd773b7.txt', import.meta.url));
    let original: string | undefined;
    try {
      original = readFileSync(seed, 'utf8');
    } catch {
      return; // outside the workplace the seed is not beside the project; data/source is the copy
    }
    expect(readFileSync(join(dataDir, 'source/transcript.txt'), 'utf8')).toBe(original);
  });

  it('gives every card a unique stable id and a speaker that exists', () => {
    const ids = allCards.map(({ card }) => card.id);
    expect(new Set(ids).size).toBe(ids.length);
    const speakers = new Set(content.speakers.map((s) => s.id));
    allCards.forEach(({ card }) => card.speaker === null || expect(speakers).toContain(card.speaker));
  });

  it('explains every attribution that is not certain', () => {
    allCards
      .filter(({ card }) => card.attribution.confidence !== 'certain')
      .forEach(({ card }) => expect(card.attribution.note, card.id).toMatch(/\S/));
  });

  it('shows the known transcription errors openly, never silently corrected', () => {
    const corrected = (original: string) =>
      allCards.some(({ card }) => card.corrections?.some((c) => c.original.includes(original)));
    for (const slip of [
      'assoier',
      'm²',
      'il ya',
      'Chat GPT',
      "L'optout",
      '70.000',
      '300.000',
      '1^{re}',
      'comédien-nés',
    ]) {
      expect(corrected(slip), slip).toBe(true);
      expect(
        allCards.some(({ card }) => card.text.includes(slip)),
        `${slip} stays in the record`,
      ).toBe(true);
    }
    expect(content.speakers.find((s) => s.id === 'brigitte-lecordier')?.name).toBe('Brigitte Lecordier');
  });

  it('places the France Travail lines in the work room, where they belong by subject', () => {
    const travail = content.rooms.find((room) => room.id === 'travail')!;
    expect(
      travail.cards.some((card) => card.text.includes('France Travail') && card.speaker === 'sandrine-larizza'),
    ).toBe(true);
  });

  it('gives each unverified figure a note and each sourced one a source', () => {
    const notes = allCards.flatMap(({ card }) => card.context ?? []);
    expect(notes.some((n) => n.status === 'unverified')).toBe(true);
    notes.filter((n) => n.status === 'sourced').forEach((n) => expect(n.sources.length).toBeGreaterThan(0));
    const lucy = allCards.find(({ card }) => card.text.includes('300.000'))!.card;
    expect(lucy.context?.some((n) => n.status === 'unverified')).toBe(true);
  });

  it('references the generated JSON Schema from every file, and that schema is up to date', () => {
    const files = ['hall.json', 'speakers.json', ...readdirSync(join(dataDir, 'rooms')).map((f) => `rooms/${f}`)];
    for (const file of files) {
      const json = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
      expect(json.$schema, file).toMatch(/schema\/(hall|room|speakers)\.schema\.json$/);
    }
    for (const [file, schema] of Object.entries(jsonSchemas())) {
      const onDisk = JSON.parse(readFileSync(join(dataDir, 'schema', file), 'utf8'));
      expect(onDisk, `${file} is stale: run npm run content:schema`).toEqual(schema);
    }
  });
});

describe('a broken content file', () => {
  it('is rejected with the file and the field path', () => {
    const problems = problemsAfter('rooms/travail.json', (room) => {
      const cards = room.cards as { attribution: { confidence: string; note?: string } }[];
      cards[0]!.attribution = { confidence: 'probable' };
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/^data\/rooms\/travail\.json: cards\[0\]\.attribution\.note: /),
    );
  });

  it('names a wrong type', () => {
    const problems = problemsAfter('hall.json', (hall) => {
      hall.date = 'le 10 février';
    });
    expect(problems).toContainEqual(expect.stringMatching(/^data\/hall\.json: date: /));
  });

  it('refuses a quote that is not verbatim', () => {
    const problems = problemsAfter('rooms/culture.json', (room) => {
      const cards = room.cards as { text: string }[];
      cards[2]!.text = cards[2]!.text.replace(/e/, 'é');
    });
    expect(problems).toContainEqual(expect.stringMatching(/rooms\/culture\.json: cards\[2\]\.text: not verbatim/));
  });

  it('refuses a dropped line, a duplicate id and an unknown speaker', () => {
    const problems = problemsAfter('rooms/education.json', (room) => {
      const cards = room.cards as { id: string; speaker: string | null }[];
      cards.pop();
      cards[1]!.id = cards[0]!.id;
      cards[0]!.speaker = 'nobody';
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^transcript line \d+ is not in the record|^data\/transcript line \d+ is not in the record/,
      ),
    );
    expect(problems).toContainEqual(expect.stringMatching(/cards\[1\]\.id: duplicate card id/));
    expect(problems).toContainEqual(expect.stringMatching(/cards\[0\]\.speaker: unknown speaker "nobody"/));
  });

  it('refuses a correction that is not in the quote', () => {
    const problems = problemsAfter('rooms/environnement.json', (room) => {
      const cards = room.cards as { corrections?: unknown[] }[];
      cards[0]!.corrections = [
        { id: 'absent', original: 'absent', corrected: 'présent', kind: 'spelling', note: 'test' },
      ];
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/cards\[0\]\.corrections\[0\]\.original: "absent" does not occur/),
    );
  });

  it('refuses search themes that are not one word each, miss a language, or list a word twice', () => {
    const problems = problemsAfter('search-themes.json', (themes) => {
      const rooms = themes.rooms as Record<string, Record<string, string[]>>;
      rooms.culture!.fr!.push('bande dessinée');
      delete rooms.travail!.de;
      (themes.examples as Record<string, string[]>).es = [];
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/^data\/search-themes\.json: rooms\.culture\.fr\[\d+\]: must be one word/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^data\/search-themes\.json: rooms\.travail\.de: /));
    expect(problems).toContainEqual(expect.stringMatching(/^data\/search-themes\.json: examples\.es: /));
    const duplicate = problemsAfter('search-themes.json', (themes) => {
      (themes.rooms as Record<string, Record<string, string[]>>).education!.en!.push('School');
    });
    expect(duplicate).toEqual([
      expect.stringMatching(/^data\/search-themes\.json: rooms\.education\.en\[\d+\]: "School" is already listed/),
    ]);
  });

  it('reports invalid JSON with the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(dataDir, dir, { recursive: true });
    writeFileSync(join(dir, 'speakers.json'), '{ "speakers": [ ');
    expect(() => loadContentDir(dir)).toThrow(/data\/speakers\.json: not valid JSON/);
  });
});

describe('corrected text', () => {
  it('keeps "$" sequences of a correction as text (never a replacement pattern)', async () => {
    const { correctedText } = await import('@/content/content-keys');
    const card = {
      text: 'il coûte 5 dollars par mois',
      corrections: [{ id: 'c', original: '5 dollars', corrected: "5 $' et $& et $`", kind: 'word', note: 'n' }],
    } as unknown as Parameters<typeof correctedText>[0];
    expect(correctedText(card)).toBe("il coûte 5 $' et $& et $` par mois");
  });
});
