/**
 * What a search that finds nothing suggests: words of the exhibition close to the words typed, a
 * typo further than the search itself forgives (it forgives a fifth of a word's letters: a
 * transposition, "musqiue", is two of them in a short word, and nothing in a word under 5).
 */
import { processTerm, tokenize, withoutElision } from './normalise';

/**
 * Edits from one word to another, a swap of two neighbouring letters counting as one (optimal
 * string alignment): the typo of a hand ahead of the other.
 */
export function typoDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  return rows[a.length]![b.length]!;
}

/** Typos a word typed may hold and still be recognised: none under 4 letters, one up to 7, then two. */
export function typosAllowed(term: string): number {
  if (term.length < 4) return 0;
  return term.length < 8 ? 1 : 2;
}

/**
 * Each word of the texts, folded as the index holds it, mapped to how the texts write it: in
 * lowercase where they ever do ("doublage", not "Doublage" at the start of a sentence or a role;
 * a name never is), else as most often ("électricité", not the index's "electricite").
 */
export function writtenForms(texts: Iterable<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts)
    for (const token of tokenize(text)) {
      const term = processTerm(token);
      if (!term) continue;
      const written = withoutElision(token);
      const forms = counts.get(term) ?? new Map<string, number>();
      forms.set(written, (forms.get(written) ?? 0) + 1);
      counts.set(term, forms);
    }
  const lower = (word: string) => Number(word === word.toLowerCase());
  const best = (forms: Map<string, number>) => [...forms].sort(([a, m], [b, n]) => lower(b) - lower(a) || n - m)[0]![0];
  return new Map([...counts].map(([term, forms]) => [term, best(forms)]));
}

/** What the suggestions need of an index. */
export interface SuggestSource {
  /** Its words within `distance` plain edits of `term`, best first. */
  near: (term: string, distance: number) => string[];
  /** What the search finds, with the indexed words each result matched. */
  search: (query: string) => readonly { terms: ReadonlySet<string> }[];
  /** Its words as written (`writtenForms`): asked for once, at the first suggestion. */
  forms: () => Map<string, string>;
}

/**
 * Searches close to a query that find something, as the exhibition writes them, best first: the
 * query with each word mended (when it has several), then the words close to each of its words,
 * a word that finds something alone being kept (as the texts write it).
 */
export function makeSuggest({ near, search, forms }: SuggestSource): (query: string, limit?: number) => string[] {
  let written: Map<string, string> | undefined;
  const shown = (term: string) => (written ??= forms()).get(term) ?? term;

  /** The indexed words a typo away from `term`, the fewest typos first, then as `near` ranks them. */
  const closeTo = (term: string): string[] => {
    const allowed = typosAllowed(term);
    if (allowed === 0) return [];
    // A swap is two plain edits: ask for twice as many, then count them as typos.
    return near(term, allowed * 2)
      .filter((found) => found !== term)
      .map((found, rank) => ({ found, rank, typos: typoDistance(term, found) }))
      .filter(({ typos }) => typos <= allowed)
      .sort((a, b) => a.typos - b.typos || a.rank - b.rank)
      .map(({ found }) => found);
  };

  /** The indexed words `term` finds alone (itself, longer words, a typo forgiven): itself first, then the most found. */
  const matched = (term: string): string[] => {
    const counts = new Map<string, number>();
    for (const hit of search(term)) for (const found of hit.terms) counts.set(found, (counts.get(found) ?? 0) + 1);
    const itself = (found: string) => Number(found === term);
    return [...counts].sort(([a, m], [b, n]) => itself(b) - itself(a) || n - m).map(([found]) => found);
  };

  const key = (query: string) =>
    tokenize(query)
      .map(processTerm)
      .filter((term): term is string => Boolean(term));

  return (query, limit = 5) => {
    const terms = key(query);
    if (terms.length === 0) return [];
    const options = terms.map((term) => {
      const found = matched(term);
      return found.length > 0 ? found : closeTo(term);
    });
    const suggestions: string[] = [];
    if (terms.length > 1 && options.every((found) => found.length > 0)) {
      const mended = options.map((found) => shown(found[0]!)).join(' ');
      if (search(mended).length > 0) suggestions.push(mended);
    }
    // Each word's first choice before any word's second.
    const depth = Math.max(0, ...options.map((found) => found.length));
    for (let rank = 0; rank < depth; rank++)
      for (const found of options) {
        const term = found[rank];
        if (term) suggestions.push(shown(term));
      }
    const typed = terms.join(' ');
    return [...new Set(suggestions)].filter((suggestion) => key(suggestion).join(' ') !== typed).slice(0, limit);
  };
}
