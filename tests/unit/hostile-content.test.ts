// @vitest-environment node
/**
 * Malformed and hostile content fed to the loader the build uses (loadContentDir, called by the
 * vite plugin and `npm run content:check`): each case is refused with the file and the field
 * path, or accepted as plain text (tests/unit/hostile-content-render.test.tsx renders it).
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QUOTE_MAX } from '@/content/schema';
import { ContentError, loadContentDir } from '@/content/validate';
import {
  copyData,
  dataDir,
  editJson,
  extendTranscriptLine,
  hostileData,
  markup,
  problemsOf,
  readJson,
  type Json,
} from './hostile-data';

const real = loadContentDir(dataDir);
const travail = real.rooms.find((room) => room.id === 'travail')!;

/** The problems raised by a copy of data/ where `edit` has changed one JSON file. */
function problemsAfter(file: string, edit: (json: Json) => void): string[] {
  const dir = copyData();
  editJson(dir, file, edit);
  return problemsOf(dir);
}

/** A problem naming this file and this field path, then saying what is wrong. */
const problem = (file: string, path: string, what: RegExp | string = /.+/) =>
  expect.stringMatching(
    new RegExp(`^${escape(`data/${file}: ${path}: `)}.*${typeof what === 'string' ? escape(what) : what.source}`),
  );
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('content of the wrong type', () => {
  it.each([
    ['rooms/travail.json', 'cards[0].lines', (room: Json) => (room.cards[0].lines = '96')],
    ['rooms/travail.json', 'order', (room: Json) => (room.order = 'trois')],
    [
      'rooms/travail.json',
      'cards[2].attribution.confidence',
      (room: Json) => (room.cards[2].attribution.confidence = 'sûr'),
    ],
    ['speakers.json', 'speakers[0].name', (file: Json) => (file.speakers[0].name = 42)],
    ['hall.json', 'intro', (hall: Json) => (hall.intro = 'un seul paragraphe')],
    ['hall.json', 'date', (hall: Json) => (hall.date = '10/02/2025')],
    [
      'i18n/en/content.json',
      `cards.${travail.cards[0]!.id}.text`,
      (en: Json) => (en.cards[travail.cards[0]!.id].text = 5),
    ],
    ['i18n/de/meta.json', 'complete', (meta: Json) => (meta.complete = 'oui')],
  ])('%s: %s is refused, naming file and field', (file, path, edit) => {
    expect(problemsAfter(file, edit)).toContainEqual(problem(file, path));
  });

  it('refuses a file whose root is not an object', () => {
    const dir = copyData();
    writeFileSync(join(dir, 'rooms/culture.json'), '[]');
    expect(problemsOf(dir)).toContainEqual(problem('rooms/culture.json', '(root)', /expected object/));
  });
});

describe('missing and unexpected fields', () => {
  it.each([
    ['rooms/travail.json', 'cards[1].text', (room: Json) => delete room.cards[1].text],
    ['rooms/travail.json', 'heading', (room: Json) => delete room.heading],
    ['speakers.json', 'speakers[2].id', (file: Json) => delete file.speakers[2].id],
    ['hall.json', 'title', (hall: Json) => delete hall.title],
  ])('%s: a missing %s is named', (file, path, edit) => {
    expect(problemsAfter(file, edit)).toContainEqual(problem(file, path, /expected/));
  });

  it('names an empty text', () => {
    expect(problemsAfter('rooms/travail.json', (room) => (room.title = ''))).toContainEqual(
      problem('rooms/travail.json', 'title', /too small|at least|>=1/i),
    );
  });

  it('names a field the schema does not know (a misspelt key would otherwise vanish)', () => {
    const problems = problemsAfter('rooms/travail.json', (room) => (room.cards[0].txt = 'texte'));
    expect(problems).toContainEqual(problem('rooms/travail.json', 'cards[0]', /Unrecognized key.*"txt"/));
  });

  it('names a room file that is missing', () => {
    const dir = copyData();
    rmSync(join(dir, 'rooms/culture.json'));
    expect(problemsOf(dir)).toContainEqual('data/rooms/culture.json: missing');
  });
});

describe('duplicate ids', () => {
  it('refuses a card id used twice in a room', () => {
    const problems = problemsAfter('rooms/travail.json', (room) => (room.cards[3].id = room.cards[1].id));
    expect(problems).toContainEqual(
      problem('rooms/travail.json', 'cards[3].id', `duplicate card id "${travail.cards[1]!.id}"`),
    );
  });

  it('refuses a card id used in two rooms (ids are unique across the exhibition)', () => {
    // The rooms are checked in tour order: culture (4) comes after travail (3).
    const problems = problemsAfter('rooms/culture.json', (room) => (room.cards[0].id = travail.cards[0]!.id));
    expect(problems).toContainEqual(
      problem('rooms/culture.json', 'cards[0].id', `duplicate card id "${travail.cards[0]!.id}"`),
    );
  });

  it('refuses a speaker id used twice', () => {
    const problems = problemsAfter('speakers.json', (file) => (file.speakers[1].id = file.speakers[0].id));
    expect(problems).toContainEqual(
      problem('speakers.json', 'speakers[1].id', `duplicate speaker id "${real.speakers[0]!.id}"`),
    );
  });

  it('refuses a room id used by two files, naming the file that is not that room', () => {
    const dir = copyData();
    // "travail-bis.json" sorts before "travail.json": the message must still blame the copy.
    writeFileSync(join(dir, 'rooms/travail-bis.json'), JSON.stringify(readJson(dir, 'rooms/travail.json')));
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(
      problem('rooms/travail-bis.json', 'id', 'duplicate room id "travail", also in data/rooms/travail.json'),
    );
    expect(problems).not.toContainEqual(expect.stringMatching(/^data\/rooms\/travail\.json: id:/));
  });

  it('refuses a room whose id is not its file name', () => {
    const problems = problemsAfter('rooms/culture.json', (room) => (room.id = 'information'));
    expect(problems).toContainEqual(problem('rooms/culture.json', 'id', /duplicate room id "information"/));
  });

  it('refuses two corrections or two context notes with one id in a card (translations refer to them)', () => {
    const problems = problemsAfter('rooms/travail.json', (room) => {
      const card = room.cards.find((c: Json) => c.corrections?.length);
      card.corrections.push({ ...card.corrections[0] });
    });
    const index = travail.cards.findIndex((c) => c.corrections?.length);
    const count = travail.cards[index]!.corrections!.length;
    expect(problems).toContainEqual(
      problem('rooms/travail.json', `cards[${index}].corrections[${count}].id`, /duplicate correction id/),
    );
  });
});

describe('references that do not resolve', () => {
  it('refuses a card pointing to an unknown speaker', () => {
    const problems = problemsAfter('rooms/travail.json', (room) => (room.cards[0].speaker = 'personne-inconnue'));
    expect(problems).toContainEqual(
      problem('rooms/travail.json', 'cards[0].speaker', 'unknown speaker "personne-inconnue"'),
    );
  });

  it('refuses a translation for a card that does not exist, naming the file and the key', () => {
    const problems = problemsAfter('i18n/en/content.json', (en) => {
      en.cards['carte-fantome'] = { text: 'A quote nobody said', note: 'A note on it' };
    });
    expect(problems).toEqual([
      'data/i18n/en/content.json: cards.carte-fantome: no card "carte-fantome" in the exhibition (renamed or removed?)',
    ]);
  });

  it('refuses translations for an unknown room and speaker, and for a correction the card does not have', () => {
    const card = travail.cards.find((c) => !c.corrections?.length)!;
    const problems = problemsAfter('i18n/es/content.json', (es) => {
      es.rooms['salle-fantome'] = { title: 'Sala' };
      es.speakers['nadie'] = { role: 'Nadie' };
      es.cards[card.id].corrections = { inexistante: 'Nota' };
    });
    expect(problems).toEqual([
      expect.stringMatching(/^data\/i18n\/es\/content\.json: rooms\.salle-fantome: no room "salle-fantome"/),
      expect.stringMatching(/^data\/i18n\/es\/content\.json: speakers\.nadie: no speaker "nadie"/),
      `data/i18n/es/content.json: cards.${card.id}.corrections.inexistante: no French text to translate (the French has no such entry)`,
    ]);
  });

  it('refuses provenance recorded for an entry that does not exist', () => {
    const problems = problemsAfter(
      'i18n/ar/meta.json',
      (meta) => (meta.sources['cards.carte-fantome.text'] = '0badc0de'),
    );
    expect(problems).toEqual([
      'data/i18n/ar/meta.json: sources["cards.carte-fantome.text"]: no such entry in the French',
    ]);
  });

  it('refuses a translation folder for a language the exhibition does not offer', () => {
    const dir = copyData();
    execFileSync('cp', ['-r', join(dir, 'i18n/en'), join(dir, 'i18n/it')]);
    expect(problemsOf(dir)).toContainEqual(
      'data/i18n/it: not a translation the exhibition offers (src/config/languages.ts)',
    );
  });

  it('refuses a key that could reach an object prototype', () => {
    const dir = copyData();
    const en = join(dir, 'i18n/en/content.json');
    writeFileSync(
      en,
      JSON.stringify(readJson(dir, 'i18n/en/content.json')).replace('"cards":{', '"cards":{"__proto__":{"text":"x"},'),
    );
    expect(problemsOf(dir)).toContainEqual(problem('i18n/en/content.json', 'cards.__proto__', 'not a valid key'));
  });
});

describe('a 1 MB quote', () => {
  const huge = 'blabla '.repeat(150_000).trim();

  it('is refused with a short, clear message, not echoed back', () => {
    expect(huge.length).toBeGreaterThan(1_000_000);
    const dir = copyData();
    extendTranscriptLine(dir, travail.cards[0]!.lines.at(-1)!, huge);
    editJson(dir, 'rooms/travail.json', (room) => (room.cards[0].text += ` ${huge}`));
    let error: unknown;
    try {
      loadContentDir(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const { problems, message } = error as ContentError;
    expect(problems).toContainEqual(
      problem(
        'rooms/travail.json',
        'cards[0].text',
        new RegExp(`too long: \\d+ characters, at most ${QUOTE_MAX}; a bubble holds a passage`),
      ),
    );
    expect(message.length).toBeLessThan(2_000);
  });

  it('is refused in a translation too', () => {
    const problems = problemsAfter('i18n/de/content.json', (de) => (de.cards[travail.cards[0]!.id].text = huge));
    expect(problems).toContainEqual(
      problem('i18n/de/content.json', `cards.${travail.cards[0]!.id}.text`, /too long: \d+ characters, at most 10000/),
    );
  });
});

describe('HTML and <script> in every text field', () => {
  it('are accepted as text, exactly as written: never parsed, stripped or escaped by the loader', () => {
    const hostile = hostileData();
    const content = loadContentDir(hostile.dir);
    const room = content.rooms.find((r) => r.id === hostile.roomId)!;
    const card = room.cards.find((c) => c.id === hostile.cardId)!;
    const speaker = content.speakers.find((s) => s.id === hostile.speakerId)!;
    expect(content.hall.name).toBe(markup('fr:hall.name'));
    expect(room.title).toBe(markup('fr:rooms.title'));
    expect(
      card.text.endsWith(
        `${markup('fr:cards.text')} ${markup('fr:corrections.original')} ${markup('fr:context.about')}`,
      ),
    ).toBe(true);
    expect(card.corrections?.at(-1)?.corrected).toBe(markup('fr:corrections.corrected'));
    expect(card.context?.at(-1)?.sources).toEqual([
      {
        author: markup('fr:context.source.author'),
        title: markup('fr:context.source.title'),
        outlet: markup('fr:context.source.outlet'),
        date: markup('fr:context.source.date'),
      },
    ]);
    expect(speaker.name).toBe(markup('fr:speakers.name'));
    expect(hostile.fields.length).toBeGreaterThan(25);
  });
});

describe('unicode edge cases', () => {
  const quote = (room: Json) => room.cards[0];

  it.each([
    ['\u202E', 'RIGHT-TO-LEFT OVERRIDE'],
    ['\u202D', 'LEFT-TO-RIGHT OVERRIDE'],
    ['\u202B', 'RIGHT-TO-LEFT EMBEDDING'],
    ['\u2067', 'RIGHT-TO-LEFT ISOLATE'],
  ])('refuses the bidi control %j in a quote: it would show the words in another order', (char, name) => {
    const problems = problemsAfter('rooms/travail.json', (room) => (quote(room).text = `abc ${char}cba`));
    expect(problems).toContainEqual(
      problem(
        'rooms/travail.json',
        'cards[0].text',
        `invisible bidirectional control U+${char.codePointAt(0)!.toString(16).toUpperCase()} at character 5 (${name})`,
      ),
    );
  });

  it('refuses a bidi override in a speaker name, a note and a translation', () => {
    expect(problemsAfter('speakers.json', (file) => (file.speakers[0].name = 'Ana \u202Eïd'))).toContainEqual(
      problem('speakers.json', 'speakers[0].name', /invisible bidirectional control U\+202E/),
    );
    expect(problemsAfter('rooms/travail.json', (room) => (room.cards[0].attribution.note = 'x\u202Dy'))).toContainEqual(
      problem('rooms/travail.json', 'cards[0].attribution.note', /U\+202D/),
    );
    const id = travail.cards[0]!.id;
    expect(problemsAfter('i18n/ar/content.json', (ar) => (ar.cards[id].text = '\u202Eنص'))).toContainEqual(
      problem('i18n/ar/content.json', `cards.${id}.text`, /U\+202E at character 1/),
    );
  });

  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['bell', '\u0007', 'U+0007'],
    ['tab', '\t', 'U+0009'],
    ['carriage return', '\r', 'U+000D'],
    ['C1 control', '\u0085', 'U+0085'],
  ])('refuses a control character (%s) in a room intro', (_name, char, code) => {
    expect(problemsAfter('rooms/travail.json', (room) => (room.intro = `Le travail${char}.`))).toContainEqual(
      problem('rooms/travail.json', 'intro', `control character ${code} at character 11: remove it`),
    );
  });

  it('refuses half a surrogate pair (a text damaged in encoding)', () => {
    expect(problemsAfter('hall.json', (hall) => (hall.place = 'Paris \uD83D'))).toContainEqual(
      problem('hall.json', 'place', /broken character \(half a surrogate pair\) U\+D83D at character 7/),
    );
  });

  it('keeps zero-width characters, direction marks, combining marks and emoji as written', () => {
    const dir = copyData();
    const intro = 'Zero\u200Bwidth, ZWNJ می\u200Cخواهم, ZWJ 👩\u200D💻, combining e\u0301 and a\u0308, mark \u200F.';
    const name = 'Rene\u0301e Zo\u0308e';
    const quoteSuffix = 'cafe\u0301\u200B ici';
    editJson(dir, 'rooms/travail.json', (room) => {
      room.intro = intro;
      quote(room).text += ` ${quoteSuffix}`;
    });
    extendTranscriptLine(dir, travail.cards[0]!.lines.at(-1)!, quoteSuffix);
    editJson(dir, 'speakers.json', (file) => (file.speakers[0].name = name));
    editJson(dir, 'i18n/ar/content.json', (ar) => (ar.rooms.travail.title = '\u200Fالعمل'));
    const content = loadContentDir(dir);
    const room = content.rooms.find((r) => r.id === 'travail')!;
    expect(room.intro).toBe(intro);
    expect(room.cards[0]!.text.endsWith(quoteSuffix)).toBe(true);
    expect(content.speakers[0]!.name).toBe(name);
    expect(content.speakers[0]!.name).not.toBe(name.normalize('NFC'));
  });

  it('refuses a quote that differs from the transcript only by unicode normalisation: the record is verbatim', () => {
    const card = travail.cards.find((c) => c.text.includes('é'))!;
    const index = travail.cards.indexOf(card);
    const problems = problemsAfter('rooms/travail.json', (room) => {
      room.cards[index].text = card.text.replace('é', 'e\u0301');
    });
    expect(problems).toContainEqual(
      problem('rooms/travail.json', `cards[${index}].text`, /not verbatim; the transcript reads/),
    );
  });
});

describe('npm run content:check on broken content', () => {
  it('exits 1 and lists each problem with its file and field', () => {
    const dir = copyData();
    editJson(dir, 'rooms/travail.json', (room) => (room.cards[0].speaker = 'personne-inconnue'));
    editJson(dir, 'i18n/en/content.json', (en) => (en.cards['carte-fantome'] = { text: 'Ghost' }));
    const root = fileURLToPath(new URL('../..', import.meta.url));
    let result: { status: number; out: string };
    try {
      const out = execFileSync('npx', ['tsx', 'scripts/content-check.ts'], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, EXHIBITION_DATA_DIR: dir },
      });
      result = { status: 0, out };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      result = { status: e.status, out: e.stdout + e.stderr };
    }
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/Invalid exhibition content \(2 problems\)/);
    expect(result.out).toMatch(
      /- data\/rooms\/travail\.json: cards\[0\]\.speaker: unknown speaker "personne-inconnue"/,
    );
    expect(result.out).toMatch(/- data\/i18n\/en\/content\.json: cards\.carte-fantome: no card "carte-fantome"/);
  }, 60_000);
});
