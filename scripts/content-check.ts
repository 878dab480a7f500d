// `npm run content:check`: validates data/ and checks data/derived/ (src/content/derived.ts), and
// says so, or lists every problem and exits 1. `npm run content:derive` (`--write`): writes data/derived/.
import { fileURLToPath } from 'node:url';
import { derivedFiles } from '../src/content/derived.ts';
import { ContentError, loadContentDir } from '../src/content/validate.ts';
import { syncDerived } from './derived-files.ts';

// EXHIBITION_DATA_DIR: another data folder (the tests check broken copies).
const dataDir = process.env.EXHIBITION_DATA_DIR ?? fileURLToPath(new URL('../data', import.meta.url));
const write = process.argv.includes('--write');
try {
  const content = loadContentDir(dataDir);
  const { rooms, speakers, searchThemes } = content;
  const stale = syncDerived(dataDir, derivedFiles(content), { write });
  if (stale.length && !write) {
    console.error(`Not what data/ gives (run npm run content:derive):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  const cards = rooms.reduce((n, r) => n + r.cards.length, 0);
  const themeWords = Object.values(searchThemes.rooms).reduce(
    (n, langs) => n + Object.values(langs).reduce((m, words) => m + words.length, 0),
    0,
  );
  console.log(
    `content ok: ${rooms.length} rooms, ${cards} cards, ${speakers.length} speakers, ${themeWords} search theme words`,
  );
  if (stale.length) console.log(`wrote ${stale.join(', ')}`);
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
