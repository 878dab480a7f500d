// @vitest-environment node
import { describe, expect, it } from 'vitest';
import descriptions from './locales/descriptions.json';
import en from './locales/en.json';
import fr from './locales/fr.json';

type Tree = { [key: string]: string | Tree };

/** Flat keys, with plural suffixes folded into their base key. */
function keys(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
    else keys(value, path).forEach((k) => out.add(k));
  }
  return out;
}

describe('UI strings', () => {
  const source = keys(fr as Tree);

  it('are complete in English', () => {
    expect([...keys(en as Tree)].sort()).toEqual([...source].sort());
  });

  it('each have a description for translators, and no description is orphaned', () => {
    expect(Object.keys(descriptions).sort()).toEqual([...source].sort());
  });

  it('use the same interpolation variables in every language', () => {
    const variables = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const flat = (tree: Tree, prefix = ''): [string, string][] =>
      Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v]] : flat(v, `${prefix}${k}.`)));
    const english = new Map(flat(en as Tree).map(([k, v]) => [k.replace(/_(one|many|other)$/, ''), v]));
    for (const [key, value] of flat(fr as Tree)) {
      const base = key.replace(/_(one|many|other)$/, '');
      expect(variables(english.get(base) ?? ''), key).toEqual(variables(value));
    }
  });
});
