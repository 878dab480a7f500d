/**
 * Translator tooling. `npm run i18n:status` (coverage per language and room; fails when a
 * language marked complete has gaps or stale entries), `npm run i18n -- template <lang>` (the
 * French texts to translate, as nested JSON), `npm run i18n -- stamp <lang>` (records which
 * French text each entry was translated from).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LANGS, SOURCE_LANG } from '../src/config/languages.ts';
import { flatten, fingerprint, sourceEntries } from '../src/content/source-entries.ts';
import {
  TranslationContentSchema,
  TranslationMetaSchema,
  type TranslationMeta,
} from '../src/content/translation-schema.ts';
import { ContentError, loadContentDir, parseFile } from '../src/content/validate.ts';

// EXHIBITION_DATA_DIR: another data folder (the tests check a broken copy).
const dataDir = process.env.EXHIBITION_DATA_DIR ?? fileURLToPath(new URL('../data', import.meta.url));
const content = (() => {
  try {
    return loadContentDir(dataDir);
  } catch (error) {
    // A broken content file: say which file and field, not a stack trace.
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
})();
const source = sourceEntries(content.hall, content.rooms, content.speakers);
const [command = 'status', lang] = process.argv.slice(2);

function files(code: string) {
  const dir = `${dataDir}/i18n/${code}`;
  return { content: `${dir}/content.json`, meta: `${dir}/meta.json` };
}

function load(code: string) {
  const problems: string[] = [];
  const paths = files(code);
  const translated = existsSync(paths.content)
    ? parseFile(
        `data/i18n/${code}/content.json`,
        readFileSync(paths.content, 'utf8'),
        TranslationContentSchema,
        problems,
      )
    : {};
  const meta = existsSync(paths.meta)
    ? parseFile(`data/i18n/${code}/meta.json`, readFileSync(paths.meta, 'utf8'), TranslationMetaSchema, problems)
    : undefined;
  if (problems.length) throw new ContentError(problems);
  return { entries: flatten(translated ?? {}), meta };
}

function unflatten(entries: Map<string, string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const parts = key.split('.');
    let node = root;
    parts.slice(0, -1).forEach((part) => (node = (node[part] ??= {}) as Record<string, unknown>));
    node[parts.at(-1)!] = value;
  }
  return root;
}

/** The room a flat key belongs to, for the per-room table. */
function roomOf(key: string): string {
  const [kind, id] = key.split('.');
  if (kind === 'rooms') return id!;
  if (kind === 'cards') return content.rooms.find((r) => r.cards.some((c) => c.id === id))?.id ?? '?';
  return kind === 'speakers' ? 'speakers' : 'hall';
}

function status(): number {
  let failed = false;
  const groups = ['hall', ...content.rooms.map((r) => r.id), 'speakers'];
  console.log(`French source: ${source.size} entries\n`);
  for (const code of LANGS.filter((l) => l !== SOURCE_LANG)) {
    const { entries, meta } = load(code);
    const rows = groups.map((group) => ({ group, translated: 0, missing: 0, stale: 0, reviewed: 0 }));
    const orphans = [...entries.keys()].filter((key) => !source.has(key) && !/^cards\.[^.]+\.note$/.test(key));
    for (const [key, french] of source) {
      const row = rows.find((r) => r.group === roomOf(key))!;
      if (!entries.has(key)) row.missing++;
      else if (meta?.sources[key] !== fingerprint(french)) row.stale++;
      else {
        row.translated++;
        if (meta?.reviewed[key]) row.reviewed++;
      }
    }
    const total = rows.reduce(
      (t, r) => ({
        translated: t.translated + r.translated,
        missing: t.missing + r.missing,
        stale: t.stale + r.stale,
        reviewed: t.reviewed + r.reviewed,
      }),
      { translated: 0, missing: 0, stale: 0, reviewed: 0 },
    );
    const pct = Math.floor((100 * total.translated) / source.size);
    console.log(
      `${code}: ${pct}% translated · ${total.missing} missing · ${total.stale} stale · ${total.reviewed} reviewed by a person${meta?.complete ? ' · marked complete' : ''}`,
    );
    console.table(Object.fromEntries(rows.map(({ group, ...counts }) => [group, counts])));
    if (orphans.length) console.log(`  entries with no French source (removed or renamed ids): ${orphans.join(', ')}`);
    if (meta?.complete && (total.missing || total.stale || orphans.length)) {
      console.error(
        `✗ ${code} is marked complete but has ${total.missing} missing, ${total.stale} stale and ${orphans.length} orphaned entries`,
      );
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

function stamp(code: string): number {
  const { entries, meta } = load(code);
  const next: TranslationMeta = meta ?? {
    language: code,
    complete: false,
    translator: 'Le projet (brouillon)',
    reviewed: {},
    sources: {},
  };
  next.sources = Object.fromEntries(
    [...entries.keys()]
      .filter((k) => source.has(k))
      .sort()
      .map((k) => [k, fingerprint(source.get(k)!)]),
  );
  writeFileSync(
    files(code).meta,
    JSON.stringify({ $schema: '../../schema/translation-meta.schema.json', ...next }, null, 2) + '\n',
  );
  console.log(`stamped ${Object.keys(next.sources).length} entries of ${code} as translated from the current French`);
  return 0;
}

try {
  if (command === 'status') process.exitCode = status();
  else if (command === 'template') console.log(JSON.stringify(unflatten(source), null, 2));
  else if (command === 'stamp' && lang) process.exitCode = stamp(lang);
  else {
    console.error('usage: i18n status | template | stamp <lang>');
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exitCode = 1;
}
