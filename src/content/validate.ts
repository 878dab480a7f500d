/**
 * Content validation, for the build (vite plugin) and the tests: never shipped to the browser.
 * Reads data/, parses every file against its schema and checks what a schema alone cannot:
 * every transcript line is in the record verbatim, ids are unique, references resolve.
 * Each problem names its file and the field path, so a broken file is quick to mend.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { HallSchema, ROOM_IDS, RoomSchema, SpeakersFileSchema, type Hall, type Room, type Speaker } from './schema.ts';

export interface Content {
  hall: Hall;
  rooms: Room[];
  speakers: Speaker[];
  transcript: string[];
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
    speaker.corrections?.forEach((correction, j) => {
      if (!speaker.captions.some((c) => c.text.includes(correction.original)))
        problems.push(`${where}.corrections[${j}].original: "${correction.original}" does not occur in a caption`);
    });
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

  transcript.forEach((line, i) => {
    if (line.trim() && !used.has(i + 1))
      problems.push(`transcript line ${i + 1} is not in the record: ${JSON.stringify(line.trim())}`);
  });
  return problems;
}

/** Reads and validates all of data/. Throws a ContentError listing every problem. */
export function loadContentDir(dataDir: string): Content {
  const problems: string[] = [];
  const read = (file: string) => readFileSync(join(dataDir, file), 'utf8');
  const hall = parseFile('data/hall.json', read('hall.json'), HallSchema, problems);
  const speakersFile = parseFile('data/speakers.json', read('speakers.json'), SpeakersFileSchema, problems);
  const rooms = readdirSync(join(dataDir, 'rooms'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const room = parseFile(`data/rooms/${f}`, read(join('rooms', f)), RoomSchema, problems);
      if (room && `${room.id}.json` !== f)
        problems.push(`data/rooms/${f}: id: "${room.id}" does not match the file name`);
      return room ? [room] : [];
    })
    .sort((a, b) => a.order - b.order);
  const transcript = read('source/transcript.txt').split('\n');
  if (problems.length || !hall || !speakersFile) throw new ContentError(problems);
  const content: Content = { hall, rooms, speakers: speakersFile.speakers, transcript };
  const integrity = checkIntegrity(content).map((p) => (p.startsWith('data/') ? p : `data/${p}`));
  if (integrity.length) throw new ContentError(integrity);
  return content;
}
