/**
 * How words are compared in the search: accents, case and French elisions do not matter, so
 * "ecole" finds « École » and "impact" finds « L'impact ». The same functions read the
 * documents, the query and the words to highlight, so they always agree.
 */

/** Elided articles and pronouns at the start of a word: l', d', qu', j', n', s', c', m', t'. */
const ELISION = /^(?:qu|[ldjnscmt])['’]/u;
/** What a word is made of: letters, digits and the apostrophes inside it. */
const WORD = /[\p{L}\p{N}'’]+/gu;

/** Lowercase, without diacritics ("École" → "ecole"), ligatures spelt out ("œuvre" → "oeuvre"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** One word as it is indexed and searched: folded, its elision dropped; null for nothing left. */
export function processTerm(term: string): string | null {
  const folded = fold(term).replace(ELISION, '').replace(/['’]/g, '');
  return folded.length > 0 ? folded : null;
}

/** A word as written, its elision dropped ("L'impact" → "impact"): how a word of the texts is shown. */
export function withoutElision(word: string): string {
  return word.replace(new RegExp(ELISION.source, 'iu'), '');
}

/** The words of a text, apostrophes kept inside them (processTerm then drops the elisions). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface Piece {
  text: string;
  /** Whether this word is one of the terms found. */
  hit: boolean;
}

/** A text cut into pieces, the words that match one of `terms` (already processed) marked. */
export function highlight(text: string, terms: ReadonlySet<string>): Piece[] {
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const match of text.matchAll(WORD)) {
    const term = processTerm(match[0]);
    if (!term || !terms.has(term)) continue;
    if (match.index > cursor) pieces.push({ text: text.slice(cursor, match.index), hit: false });
    pieces.push({ text: match[0], hit: true });
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), hit: false });
  return pieces;
}
