// `npm run content:check`: validates data/ and says so, or lists every problem and exits 1.
import { fileURLToPath } from 'node:url';
import { ContentError, loadContentDir } from '../src/content/validate.ts';

// EXHIBITION_DATA_DIR: another data folder (the tests check broken copies).
const dataDir = process.env.EXHIBITION_DATA_DIR ?? fileURLToPath(new URL('../data', import.meta.url));
try {
  const { rooms, speakers, searchThemes } = loadContentDir(dataDir);
  const cards = rooms.reduce((n, r) => n + r.cards.length, 0);
  const themeWords = Object.values(searchThemes.rooms).reduce(
    (n, langs) => n + Object.values(langs).reduce((m, words) => m + words.length, 0),
    0,
  );
  console.log(
    `content ok: ${rooms.length} rooms, ${cards} cards, ${speakers.length} speakers, ${themeWords} search theme words`,
  );
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
