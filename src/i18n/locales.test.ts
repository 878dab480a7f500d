// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, LANG_LOCALE } from '@/config/languages';
import descriptions from './locales/descriptions.json';
import fr from './locales/fr.json';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flat(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flat(v, `${prefix}${k}.`),
  );
}
const keysOf = (tree: Tree) => new Set(flat(tree).map(([k]) => k.replace(PLURAL, '')));
const load = (lang: string) =>
  JSON.parse(readFileSync(new URL(`./locales/${lang}.json`, import.meta.url), 'utf8')) as Tree;
const variables = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  const source = keysOf(fr);

  it('each have a description for translators, and no description is orphaned', () => {
    expect(Object.keys(descriptions).sort()).toEqual([...source].sort());
  });

  describe.each(LANGS.filter((l) => l !== 'fr'))('in %s', (lang) => {
    const strings = load(lang);

    it('are complete: the same keys as French, no more, no less', () => {
      expect([...keysOf(strings)].sort()).toEqual([...source].sort());
    });

    it('give every plural form the language needs', () => {
      const categories = new Intl.PluralRules(LANG_LOCALE[lang]).resolvedOptions().pluralCategories;
      const plurals = new Set(
        flat(fr as Tree)
          .filter(([k]) => PLURAL.test(k))
          .map(([k]) => k.replace(PLURAL, '')),
      );
      const own = new Set(flat(strings).map(([k]) => k));
      for (const key of plurals)
        for (const category of categories) expect(own, `${key}_${category}`).toContain(`${key}_${category}`);
    });

    it('keep the interpolation variables of the French', () => {
      const french = new Map(flat(fr as Tree).map(([k, v]) => [k.replace(PLURAL, ''), v]));
      for (const [key, value] of flat(strings)) {
        // A plural form may drop {{count}} where the language spells the number out ("two quotes").
        const expected = variables(french.get(key.replace(PLURAL, '')) ?? '').filter(
          (v) => !(PLURAL.test(key) && v === 'count'),
        );
        for (const name of expected) expect(variables(value), `${key} keeps {{${name}}}`).toContain(name);
      }
    });
  });
});
