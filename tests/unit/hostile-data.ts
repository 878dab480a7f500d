/**
 * Copies of data/ with hostile content, for the loader and the components: each test changes a
 * copy in a fresh temporary folder, never data/ itself.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, loadContentDir } from '@/content/validate';

// Resolved by path, not `new URL`: under jsdom, URL is the browser's and knows no file: base.
export const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

/** Any JSON file of the content, loosely typed: the tests break it on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hostile edits reach anywhere
export type Json = any;

export function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  cpSync(dataDir, dir, { recursive: true });
  return dir;
}

export const readJson = (dir: string, file: string): Json => JSON.parse(readFileSync(join(dir, file), 'utf8'));

export function editJson(dir: string, file: string, edit: (json: Json) => void): void {
  const json = readJson(dir, file);
  edit(json);
  writeFileSync(join(dir, file), JSON.stringify(json, null, 2));
}

/** Appends ` suffix` to one line of the copy's transcript, so that a verbatim field may carry it. */
export function extendTranscriptLine(dir: string, line: number, suffix: string): void {
  const file = join(dir, 'source/transcript.txt');
  const lines = readFileSync(file, 'utf8').split('\n');
  lines[line - 1] = `${lines[line - 1]!.trimEnd()} ${suffix}`;
  writeFileSync(file, lines.join('\n'));
}

/** What the loader the build uses says of a folder: its problems, or [] when it loads. */
export function problemsOf(dir: string): string[] {
  try {
    loadContentDir(dir);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

/**
 * Markup that would run or load something if it were ever injected as HTML, tagged with the
 * field it stands in, plus a combining accent and a zero-width space (text, kept as written).
 */
export const markup = (field: string) =>
  `<script>window.hostile="${field}"</script><img src="x" onerror="window.hostile='${field}'">` +
  `<iframe src="javascript:alert('${field}')"></iframe><b>${field}</b> &amp; e\u0301\u200B`;

export interface HostileData {
  dir: string;
  roomId: 'travail';
  cardId: string;
  speakerId: string;
  /** Every field that carries markup, by tag (`fr:cards.text`, `en:hall.about`, …). */
  fields: string[];
}

let built: HostileData | undefined;

/**
 * A copy of data/ where every text a visitor can see, in French and in the English translation,
 * carries markup: the hall, the work room, one of its cards (with a correction and a context
 * note) and that card's speaker. Verbatim fields get the same markup in the transcript.
 */
export function hostileData(): HostileData {
  if (built) return built;
  const dir = copyData();
  const fields: string[] = [];
  const mark = (tag: string) => {
    fields.push(tag);
    return markup(tag);
  };
  const room = readJson(dir, 'rooms/travail.json');
  const card = room.cards.find((c: Json) => c.speaker !== null);
  const { id: cardId, speaker: speakerId } = card;

  editJson(dir, 'hall.json', (hall) => {
    for (const part of ['title', 'dateline'] as const) {
      const suffix = mark(`fr:hall.${part}`);
      extendTranscriptLine(dir, hall[part].line, suffix);
      hall[part].text += ` ${suffix}`;
    }
    hall.name = mark('fr:hall.name');
    hall.place = mark('fr:hall.place');
    hall.intro[0] = mark('fr:hall.intro');
    hall.about[0] = mark('fr:hall.about');
  });

  editJson(dir, 'rooms/travail.json', (travail) => {
    travail.title = mark('fr:rooms.title');
    travail.intro = mark('fr:rooms.intro');
    const heading = mark('fr:rooms.heading');
    extendTranscriptLine(dir, travail.heading.line, heading);
    travail.heading.text += ` ${heading}`;
    const target = travail.cards.find((c: Json) => c.id === cardId);
    const [text, original, about] = ['fr:cards.text', 'fr:corrections.original', 'fr:context.about'].map(mark);
    const suffix = `${text} ${original} ${about}`;
    extendTranscriptLine(dir, target.lines.at(-1), suffix);
    target.text += ` ${suffix}`;
    target.attribution = { confidence: 'probable', note: mark('fr:cards.attribution') };
    target.corrections = [
      ...(target.corrections ?? []),
      {
        id: 'hostile-fix',
        original,
        corrected: mark('fr:corrections.corrected'),
        kind: 'spelling',
        note: mark('fr:corrections.note'),
      },
    ];
    target.context = [
      ...(target.context ?? []),
      {
        id: 'hostile-ctx',
        about,
        status: 'sourced',
        note: mark('fr:context.note'),
        sources: [
          {
            author: mark('fr:context.source.author'),
            title: mark('fr:context.source.title'),
            outlet: mark('fr:context.source.outlet'),
            date: mark('fr:context.source.date'),
          },
        ],
      },
    ];
  });

  editJson(dir, 'speakers.json', ({ speakers }) => {
    const speaker = speakers.find((s: Json) => s.id === speakerId);
    for (const field of ['name', 'role', 'organisation', 'note']) speaker[field] = mark(`fr:speakers.${field}`);
    // Words that are not the caption's are accepted only as a recorded editorial change.
    speaker.editorial = (['role', 'organisation'] as const).map((field) => ({
      id: `hostile-${field}`,
      field,
      caption: speaker.captions[0].text.split('\n')[0],
      shown: speaker[field],
      note: mark(`fr:speakers.editorial.${field}`),
      source: { title: 'Titre', outlet: 'Éditeur', date: '2024' },
    }));
  });

  editJson(dir, 'i18n/en/content.json', (en) => {
    for (const field of ['name', 'place', 'intro', 'about']) en.hall[field] = mark(`en:hall.${field}`);
    for (const field of ['title', 'intro']) en.rooms.travail[field] = mark(`en:rooms.${field}`);
    for (const field of ['role', 'organisation', 'note']) en.speakers[speakerId][field] = mark(`en:speakers.${field}`);
    en.cards[cardId] = {
      ...en.cards[cardId],
      text: mark('en:cards.text'),
      attribution: mark('en:cards.attribution'),
      note: mark('en:cards.note'),
      corrections: { ...en.cards[cardId]?.corrections, 'hostile-fix': mark('en:corrections.note') },
      context: { ...en.cards[cardId]?.context, 'hostile-ctx': mark('en:context.note') },
    };
  });

  built = { dir, roomId: 'travail', cardId, speakerId, fields };
  return built;
}
