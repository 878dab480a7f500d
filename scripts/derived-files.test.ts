// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyData, editJson } from '../tests/unit/hostile-data';
import { syncDerived } from './derived-files';
import { derivedFiles } from '../src/content/derived';
import { loadContentDir } from '../src/content/validate';

describe('data/derived', () => {
  it('is what data/ gives, in the repository', () => {
    const dataDir = fileURLToPath(new URL('../data', import.meta.url));
    expect(syncDerived(dataDir, derivedFiles(loadContentDir(dataDir)), { write: false })).toEqual([]);
  });

  it('is found stale when data/ changes, and written again', () => {
    const dir = copyData();
    editJson(dir, 'rooms/travail.json', (room) => (room.intro = 'Une autre introduction.'));
    const files = derivedFiles(loadContentDir(dir));
    expect(syncDerived(dir, files, { write: false })).toEqual([
      'data/derived/rooms.json',
      'data/derived/rooms/travail.json',
    ]);
    expect(syncDerived(dir, files, { write: true })).toHaveLength(2);
    expect(syncDerived(dir, files, { write: false })).toEqual([]);
  });

  it('gives each room the speakers of its quotes, and no others', () => {
    const dataDir = fileURLToPath(new URL('../data', import.meta.url));
    const content = loadContentDir(dataDir);
    for (const room of content.rooms) {
      const file = JSON.parse(derivedFiles(content).get(`rooms/${room.id}.json`)!) as { speakers: { id: string }[] };
      const ids = new Set(room.cards.flatMap((card) => (card.speaker ? [card.speaker] : [])));
      expect(new Set(file.speakers.map((s) => s.id))).toEqual(ids);
    }
  });
});
