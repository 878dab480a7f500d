/**
 * Content validation, for the build (vite plugin) and the tests: never shipped to the browser.
 * Reads data/, parses every file against its schema and checks what a schema alone cannot:
 * every transcript line is in the record verbatim, ids are unique, references resolve, and every
 * translation entry has a French text to translate.
 * Each problem names its file and the field path, so a broken file is quick to mend.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { LANGS, SOURCE_LANG } from '../config/languages.ts';
import {
  HallSchema,
  ROOM_IDS,
  RoomSchema,
  SearchThemesSchema,
  SpeakersFileSchema,
  type Hall,
  type Room,
  type SearchThemes,
  type Speaker,
} from './schema.ts';
import { flatten, sourceEntries } from './source-entries.ts';
import { codeClashes } from './short-code.ts';
import {
  TranslationContentSchema,
  TranslationMetaSchema,
  type TranslationContent,
  type TranslationMeta,
} from './translation-schema.ts';

export interface Content {
  hall: Hall;
  rooms: Room[];
  speakers: Speaker[];
  transcript: string[];
  /** What the search suggests (data/search-themes.json). */
  searchThemes: SearchThemes;
}

/** One language's translation files, parsed (data/i18n/<lang>/). */
export interface Translation {
  lang: string;
  content: TranslationContent;
  meta?: TranslationMeta;
}

export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `Invalid exhibition content (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n  - ${problems.join('\n  - ')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

function forEachKey(json: unknown, path: PropertyKey[], visit: (key: string, path: PropertyKey[]) => void): void {
  if (Array.isArray(json)) json.forEach((item, i) => forEachKey(item, [...path, i], visit));
  else if (json && typeof json === 'object')
    for (const [key, value] of Object.entries(json)) {
      visit(key, path);
      forEachKey(value, [...path, key], visit);
    }
}

/** Parses `raw` (the text of `file`) with `schema`; every problem is prefixed with file and field path. */
export function parseFile<T extends z.ZodType>(
  file: string,
  raw: string,
  schema: T,
  problems: string[],
): z.infer<T> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    problems.push(`${file}: not valid JSON (${(error as Error).message})`);
    return undefined;
  }
  const before = problems.length;
  forEachKey(json, [], (key, path) => {
    // JSON.parse keeps it as a key, but the schema and the app's JSON import read it as the
    // object's prototype: it would vanish from validation and still reach the page.
    if (key === '__proto__') problems.push(`${file}: ${formatPath([...path, key])}: not a valid key`);
  });
  if (problems.length > before) return undefined;
  const result = schema.safeParse(json);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push(`${file}: ${formatPath(issue.path) || '(root)'}: ${issue.message}`);
    }
    return undefined;
  }
  return result.data;
}

/** Trimmed text of the given 1-based transcript lines. */
function sourceLines(transcript: string[], lines: number[]): string[] {
  return lines.map((n) => (transcript[n - 1] ?? '').trim());
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Words of a speaker's role or organisation that the captions (corrections applied) do not hold,
 * once the recorded editorial changes are set aside. Only a field's first word, or one after a
 * comma, may change case (the field starts a line; "musicien," becomes "Musicien,").
 */
export function wordsNotInCaptions(speaker: Speaker, field: 'role' | 'organisation'): string[] {
  const value = speaker[field];
  if (!value) return [];
  const captions = speaker.captions
    .map((c) => (speaker.corrections ?? []).reduce((text, fix) => text.replace(fix.original, fix.corrected), c.text))
    .join('\n');
  const known = new Set(captions.match(WORD) ?? []);
  const folded = new Set([...known].map((w) => w.toLocaleLowerCase('fr')));
  const rest = (speaker.editorial ?? [])
    .filter((e) => e.field === field)
    .reduce((text, e) => text.replace(e.shown, () => ' '), value);
  return [...rest.matchAll(WORD)]
    .filter((match) => {
      const word = match[0];
      if (known.has(word)) return false;
      const startsPart = /(?:^|,)\s*$/.test(rest.slice(0, match.index));
      return !(startsPart && folded.has(word.toLocaleLowerCase('fr')));
    })
    .map((match) => match[0]);
}

/** Checks that go beyond one file's shape. Returns problems, empty when all is well. */
export function checkIntegrity({ hall, rooms, speakers, transcript }: Content): string[] {
  const problems: string[] = [];
  const used = new Map<number, string>();
  const use = (line: number, where: string) => {
    if (!(transcript[line - 1] ?? '').trim())
      problems.push(`${where}: line ${line} of the transcript is empty or missing`);
    const before = used.get(line);
    if (before) problems.push(`${where}: line ${line} is already used by ${before}`);
    used.set(line, where);
  };
  const unique = (where: string, items: readonly { id: string }[] | undefined, what: string) => {
    const seen = new Set<string>();
    items?.forEach((item, j) => {
      if (seen.has(item.id)) problems.push(`${where}[${j}].id: duplicate ${what} id "${item.id}"`);
      seen.add(item.id);
    });
  };
  const verbatim = (where: string, lines: number[], text: string, joiner: string) => {
    lines.forEach((line) => use(line, where));
    const expected = sourceLines(transcript, lines).join(joiner);
    if (expected !== text)
      problems.push(`${where}.text: not verbatim; the transcript reads ${JSON.stringify(expected)}`);
  };

  verbatim('hall.json: title', [hall.title.line], hall.title.text, ' ');
  verbatim('hall.json: dateline', [hall.dateline.line], hall.dateline.text, ' ');

  const speakerIds = new Set<string>();
  speakers.forEach((speaker, i) => {
    const where = `speakers.json: speakers[${i}]`;
    if (speakerIds.has(speaker.id)) problems.push(`${where}.id: duplicate speaker id "${speaker.id}"`);
    speakerIds.add(speaker.id);
    speaker.captions.forEach((caption, j) => verbatim(`${where}.captions[${j}]`, caption.lines, caption.text, '\n'));
    unique(`${where}.corrections`, speaker.corrections, 'correction');
    speaker.corrections?.forEach((correction, j) => {
      if (!speaker.captions.some((c) => c.text.includes(correction.original)))
        problems.push(`${where}.corrections[${j}].original: "${correction.original}" does not occur in a caption`);
    });
    unique(`${where}.editorial`, speaker.editorial, 'editorial change');
    speaker.editorial?.forEach((change, j) => {
      if (!speaker.captions.some((c) => c.text.includes(change.caption)))
        problems.push(`${where}.editorial[${j}].caption: "${change.caption}" does not occur in a caption`);
      if (!speaker[change.field]?.includes(change.shown))
        problems.push(`${where}.editorial[${j}].shown: "${change.shown}" does not occur in the ${change.field}`);
    });
    for (const field of ['role', 'organisation'] as const) {
      const words = wordsNotInCaptions(speaker, field);
      if (words.length)
        problems.push(
          `${where}.${field}: ${words.map((w) => `"${w}"`).join(', ')} not in the captions: use the caption's words, or record an editorial change (editorial: what, why, source)`,
        );
    }
  });

  const roomIds = rooms.map((r) => r.id);
  for (const id of ROOM_IDS) if (!roomIds.includes(id)) problems.push(`rooms/${id}.json: missing`);
  const orders = rooms.map((r) => r.order).sort();
  if (new Set(orders).size !== orders.length) problems.push(`rooms: two rooms share an order (${orders.join(', ')})`);

  const cardIds = new Set<string>();
  for (const room of rooms) {
    const file = `rooms/${room.id}.json`;
    verbatim(`${file}: heading`, [room.heading.line], room.heading.text, ' ');
    room.cards.forEach((card, i) => {
      const where = `${file}: cards[${i}]`;
      if (cardIds.has(card.id)) problems.push(`${where}.id: duplicate card id "${card.id}"`);
      cardIds.add(card.id);
      if (card.speaker !== null && !speakerIds.has(card.speaker))
        problems.push(`${where}.speaker: unknown speaker "${card.speaker}"`);
      verbatim(where, card.lines, card.text, ' ');
      unique(`${where}.corrections`, card.corrections, 'correction');
      unique(`${where}.context`, card.context, 'context note');
      card.corrections?.forEach((c, j) => {
        if (!card.text.includes(c.original))
          problems.push(`${where}.corrections[${j}].original: "${c.original}" does not occur in the quote`);
      });
      card.context?.forEach((c, j) => {
        if (!card.text.includes(c.about))
          problems.push(`${where}.context[${j}].about: "${c.about}" does not occur in the quote`);
      });
    });
  }

  const fileOf = new Map(rooms.flatMap((room) => room.cards.map((card) => [card.id, `rooms/${room.id}.json`])));
  for (const [code, ids] of codeClashes(rooms.flatMap((room) => room.cards)))
    problems.push(
      `${ids.map((id) => `${fileOf.get(id)}: card "${id}"`).join(', ')}: share the short code "${code}" of collection ` +
        `links: give the newer card a "code" of three lowercase letters or digits that no other card has`,
    );

  transcript.forEach((line, i) => {
    if (line.trim() && !used.has(i + 1))
      problems.push(`transcript line ${i + 1} is not in the record: ${JSON.stringify(line.trim())}`);
  });
  return problems;
}

/**
 * Checks that every entry of a translation has a French text to translate (a renamed or removed
 * card, room or speaker leaves orphans behind), and that its provenance speaks of real entries.
 */
export function checkTranslation(content: Content, { lang, content: translated, meta }: Translation): string[] {
  const problems: string[] = [];
  const file = `data/i18n/${lang}/content.json`;
  const source = sourceEntries(content.hall, content.rooms, content.speakers);
  const known: Record<string, { what: string; ids: Set<string> }> = {
    rooms: { what: 'room', ids: new Set(content.rooms.map((r) => r.id)) },
    speakers: { what: 'speaker', ids: new Set(content.speakers.map((s) => s.id)) },
    cards: { what: 'card', ids: new Set(content.rooms.flatMap((r) => r.cards.map((c) => c.id))) },
  };
  const unknownIds = new Set<string>();
  for (const key of flatten(translated).keys()) {
    if (source.has(key)) continue;
    const [kind = '', id = '', ...rest] = key.split('.');
    const owner = known[kind];
    if (owner && !owner.ids.has(id)) {
      if (!unknownIds.has(`${kind}.${id}`))
        problems.push(`${file}: ${kind}.${id}: no ${owner.what} "${id}" in the exhibition (renamed or removed?)`);
      unknownIds.add(`${kind}.${id}`);
    } else if (!(kind === 'cards' && rest.join('.') === 'note')) {
      // A translator's note is the one entry with no French source.
      problems.push(`${file}: ${key}: no French text to translate (the French has no such entry)`);
    }
  }
  if (meta) {
    const metaFile = `data/i18n/${lang}/meta.json`;
    if (meta.language !== lang)
      problems.push(`${metaFile}: language: "${meta.language}" is not the folder's "${lang}"`);
    for (const field of ['sources', 'reviewed'] as const)
      for (const key of Object.keys(meta[field]))
        if (!source.has(key)) problems.push(`${metaFile}: ${field}["${key}"]: no such entry in the French`);
  }
  return problems;
}

/**
 * A word listed twice in one list of data/search-themes.json, accents and case aside (the search
 * sees no difference): a slip, most likely a variant meant to be another word.
 */
export function checkSearchThemes(themes: SearchThemes): string[] {
  const problems: string[] = [];
  const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const once = (where: string, words: readonly string[]) => {
    const seen = new Map<string, number>();
    words.forEach((word, i) => {
      const before = seen.get(fold(word));
      if (before !== undefined)
        problems.push(`data/search-themes.json: ${where}[${i}]: "${word}" is already listed (${where}[${before}])`);
      else seen.set(fold(word), i);
    });
  };
  for (const [room, langs] of Object.entries(themes.rooms))
    for (const [lang, words] of Object.entries(langs)) once(`rooms.${room}.${lang}`, words);
  for (const [lang, examples] of Object.entries(themes.examples)) once(`examples.${lang}`, examples);
  return problems;
}

/** Parses data/i18n/<lang>/{content,meta}.json for every language folder. */
function readTranslations(dataDir: string, problems: string[]): Translation[] {
  const root = join(dataDir, 'i18n');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((lang) => {
      const dir = `data/i18n/${lang}`;
      if (lang === SOURCE_LANG || !(LANGS as readonly string[]).includes(lang)) {
        problems.push(`${dir}: not a translation the exhibition offers (src/config/languages.ts)`);
        return [];
      }
      const read = (file: string) => {
        const path = join(root, lang, file);
        return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      };
      const rawContent = read('content.json');
      const rawMeta = read('meta.json');
      const content =
        rawContent === undefined
          ? undefined
          : parseFile(`${dir}/content.json`, rawContent, TranslationContentSchema, problems);
      const meta = rawMeta ? parseFile(`${dir}/meta.json`, rawMeta, TranslationMetaSchema, problems) : undefined;
      return content ? [{ lang, content, meta }] : [];
    });
}

/** Reads and validates all of data/, translations included. Throws a ContentError listing every problem. */
export function loadContentDir(dataDir: string): Content {
  const problems: string[] = [];
  const read = (file: string) => readFileSync(join(dataDir, file), 'utf8');
  const hall = parseFile('data/hall.json', read('hall.json'), HallSchema, problems);
  const speakersFile = parseFile('data/speakers.json', read('speakers.json'), SpeakersFileSchema, problems);
  const parsedRooms = readdirSync(join(dataDir, 'rooms'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const room = parseFile(`data/rooms/${file}`, read(join('rooms', file)), RoomSchema, problems);
      return room ? [{ file, room }] : [];
    });
  // A room's file is named after its id: a copy under another name is the one to blame.
  for (const { file, room } of parsedRooms) {
    if (`${room.id}.json` === file) continue;
    const twin = parsedRooms.find((other) => other.file !== file && other.room.id === room.id);
    problems.push(
      twin
        ? `data/rooms/${file}: id: duplicate room id "${room.id}", also in data/rooms/${twin.file}`
        : `data/rooms/${file}: id: "${room.id}" does not match the file name`,
    );
  }
  const rooms = parsedRooms.map(({ room }) => room).sort((a, b) => a.order - b.order);
  const translations = readTranslations(dataDir, problems);
  const searchThemes = parseFile('data/search-themes.json', read('search-themes.json'), SearchThemesSchema, problems);
  const transcript = read('source/transcript.txt').split('\n');
  if (problems.length || !hall || !speakersFile || !searchThemes) throw new ContentError(problems);
  const content: Content = { hall, rooms, speakers: speakersFile.speakers, transcript, searchThemes };
  const integrity = [
    ...checkIntegrity(content).map((p) => (p.startsWith('data/') ? p : `data/${p}`)),
    ...checkSearchThemes(searchThemes),
    ...translations.flatMap((translation) => checkTranslation(content, translation)),
  ];
  if (integrity.length) throw new ContentError(integrity);
  return content;
}
