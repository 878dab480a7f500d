import { Fragment } from 'react';
import { isRtl } from '@/config/languages';
import { latinRuns } from '@/lib/bidi-runs';
import { highlight, type Piece } from './normalise';

/**
 * A text in `lang` with the words found marked, as React elements (never HTML); in a
 * right-to-left language its Latin runs isolated (src/components/bidi-text.tsx), the marks inside.
 */
export function Highlighted({ text, terms, lang }: { text: string; terms: ReadonlySet<string>; lang: string }) {
  const pieces = highlight(text, terms);
  const runs = isRtl(lang) ? latinRuns(text) : [{ text, latin: false }];
  let end = 0;
  return runs.map((run, r) => {
    const start = end;
    end += run.text.length;
    const marked = within(pieces, start, end).map((piece, i) =>
      piece.hit ? <mark key={i}>{piece.text}</mark> : piece.text,
    );
    return run.latin ? <bdi key={r}>{marked}</bdi> : <Fragment key={r}>{marked}</Fragment>;
  });
}

/** The pieces of the text from `from` to `to`, cut at both ends. */
function within(pieces: Piece[], from: number, to: number): Piece[] {
  const found: Piece[] = [];
  let at = 0;
  for (const piece of pieces) {
    const start = Math.max(from, at);
    const end = Math.min(to, at + piece.text.length);
    if (end > start) found.push({ text: piece.text.slice(start - at, end - at), hit: piece.hit });
    at += piece.text.length;
  }
  return found;
}
