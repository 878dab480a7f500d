// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS } from '@/config/languages';
import { flatten, fingerprint, sourceEntries } from '@/content/source-entries';
import { TranslationContentSchema, TranslationMetaSchema } from '@/content/translation-schema';
import { loadContentDir } from '@/content/validate';

const root = fileURLToPath(new URL('../..', import.meta.url));
const content = loadContentDir(`${root}/data`);
const source = sourceEntries(content.hall, content.rooms, content.speakers);
const read = (path: string) => JSON.parse(readFileSync(`${root}/${path}`, 'utf8'));

describe.each(LANGS.filter((l) => l !== 'fr'))('the %s translation', (lang) => {
  const translated = TranslationContentSchema.parse(read(`data/i18n/${lang}/content.json`));
  const meta = TranslationMetaSchema.parse(read(`data/i18n/${lang}/meta.json`));
  const entries = flatten(translated);

  it('covers every French text, from the current French', () => {
    const missing = [...source.keys()].filter((key) => !entries.has(key));
    const stale = [...source].filter(([key, french]) => meta.sources[key] !== fingerprint(french)).map(([key]) => key);
    expect(missing).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('is not the French text passed off as a translation', () => {
    const quotes = [...source].filter(([key]) => /^cards\.[^.]+\.text$/.test(key));
    const same = quotes.filter(([key, french]) => entries.get(key) === french && french.split(' ').length > 3);
    expect(same.map(([key]) => key)).toEqual([]);
  });

  it('claims no review that nobody did', () => {
    expect(meta.reviewed).toEqual({});
    expect(meta.translator).toMatch(/IA|AI/);
  });
});

describe('npm run i18n:status', () => {
  const run = (args: string[], dataDir = `${root}/data`) => {
    try {
      const env = { ...process.env, EXHIBITION_DATA_DIR: dataDir };
      return {
        code: 0,
        out: execFileSync('npx', ['tsx', 'scripts/i18n.ts', ...args], {
          cwd: root,
          encoding: 'utf8',
          stdio: 'pipe',
          env,
        }),
      };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: e.stdout + e.stderr };
    }
  };

  it('reports coverage per language and passes when every complete language is whole', () => {
    const { code, out } = run(['status']);
    expect(out).toMatch(/en: 100% translated · 0 missing · 0 stale/);
    expect(out).toMatch(/travail/);
    expect(code).toBe(0);
  }, 60_000);

  it('fails when a language marked complete has a gap or a stale entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'i18n-'));
    cpSync(`${root}/data`, dir, { recursive: true });
    const es = JSON.parse(readFileSync(join(dir, 'i18n/es/content.json'), 'utf8'));
    delete es.rooms.travail.intro;
    writeFileSync(join(dir, 'i18n/es/content.json'), JSON.stringify(es));
    const room = JSON.parse(readFileSync(join(dir, 'rooms/culture.json'), 'utf8'));
    room.intro += ' Une phrase ajoutée.';
    writeFileSync(join(dir, 'rooms/culture.json'), JSON.stringify(room));
    const { code, out } = run(['status'], dir);
    expect(code).toBe(1);
    expect(out).toMatch(/es is marked complete but has 1 missing, 1 stale/);
    expect(out).toMatch(/de is marked complete but has 0 missing, 1 stale/);
  }, 60_000);

  it('has a translation folder for every language but French', () => {
    for (const lang of LANGS.filter((l) => l !== 'fr'))
      expect(existsSync(`${root}/data/i18n/${lang}/content.json`), lang).toBe(true);
  });
});

/**
 * Where a translation writes a French number otherwise, on purpose: each exception names the
 * quote, the French number, what the translation writes instead and why.
 */
const NUMBER_EXCEPTIONS: { lang: string; card: string; french: string; written: string; why: string }[] = [
  { lang: 'es', card: 'montmarin-eau-2027', french: '4,2', written: '4200', why: 'milliards → millones' },
  { lang: 'es', card: 'montmarin-eau-2027', french: '6,6', written: '6600', why: 'milliards → millones' },
  { lang: 'ar', card: 'larizza-deux-phases', french: '1', written: 'الأولى', why: 'an ordinal (1re) said as a word' },
  { lang: 'ar', card: 'larizza-deux-phases', french: '2', written: 'الثانية', why: 'an ordinal (2e) said as a word' },
];

// Digits with their group and decimal separators, Arabic ones (٬ ٫) included.
const NUMBER = /\d+(?:[.,\u066b\u066c\u00a0\u202f ]\d+)*/g;

/** The numbers written in digits, compared as digits: "300.000", "300 000" and "300,000" are one number. */
function numbersIn(text: string): string[] {
  const western = text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
  return (western.match(NUMBER) ?? []).map((n) => n.replace(/\D/g, ''));
}

describe('numbers in the quotes', () => {
  it('reads numbers as digits, whatever the separators', () => {
    expect(numbersIn('300.000 appels, 4,2 à 6,6 et 70\u202f000')).toEqual(['300000', '42', '66', '70000']);
    expect(numbersIn('٣٠٠٬٠٠٠ and 300,000')).toEqual(['300000', '300000']);
  });

  it.each(LANGS.filter((l) => l !== 'fr'))('are all in the %s translation, or a recorded exception', (lang) => {
    const entries = flatten(TranslationContentSchema.parse(read(`data/i18n/${lang}/content.json`)));
    const lost: string[] = [];
    for (const [key, french] of source) {
      const card = /^cards\.([^.]+)\.text$/.exec(key)?.[1];
      if (!card) continue;
      const translated = entries.get(key) ?? '';
      const found = numbersIn(translated);
      for (const number of french.match(NUMBER) ?? []) {
        if (found.includes(number.replace(/\D/g, ''))) continue;
        const exception = NUMBER_EXCEPTIONS.find((e) => e.lang === lang && e.card === card && e.french === number);
        if (exception && translated.includes(exception.written)) continue;
        lost.push(`${card}: "${number}"`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('has no exception left over once a translation writes the number in digits', () => {
    for (const e of NUMBER_EXCEPTIONS) {
      const translated = flatten(read(`data/i18n/${e.lang}/content.json`)).get(`cards.${e.card}.text`) ?? '';
      expect(translated, `${e.lang} ${e.card}`).toContain(e.written);
      expect(numbersIn(translated)).not.toContain(e.french.replace(/\D/g, ''));
    }
  });
});
