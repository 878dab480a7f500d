import { highlight } from './normalise';

/** A text with the words found marked, as React elements (never HTML). */
export function Highlighted({ text, terms }: { text: string; terms: ReadonlySet<string> }) {
  return <>{highlight(text, terms).map((piece, i) => (piece.hit ? <mark key={i}>{piece.text}</mark> : piece.text))}</>;
}
