import type { Correction } from '@/content/types';
import { useTranslation } from '@/i18n/react';
import { BidiText } from '@/components/bidi-text';
import { useLang } from '@/hooks/use-lang';

type Piece = { text: string; correction?: Correction };

/** Splits a verbatim quote around its corrected passages (first occurrence of each). */
export function splitCorrections(text: string, corrections: readonly Correction[] = []): Piece[] {
  const spots = corrections
    .map((correction) => ({ correction, at: text.indexOf(correction.original) }))
    .filter((spot) => spot.at >= 0)
    .sort((a, b) => a.at - b.at);
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const { correction, at } of spots) {
    if (at < cursor) continue; // overlapping corrections: the first one wins
    if (at > cursor) pieces.push({ text: text.slice(cursor, at) });
    pieces.push({ text: correction.original, correction });
    cursor = at + correction.original.length;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor) });
  return pieces;
}

/**
 * A quote as the curators read it: each corrected passage is shown corrected but marked, and
 * says what the transcript printed. Always rendered as text, never as HTML.
 */
export function QuoteText({ text, corrections }: { text: string; corrections?: readonly Correction[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      {splitCorrections(text, corrections).map((piece, i) =>
        piece.correction ? (
          <span key={i} className="fix" title={t('card.correctedFrom', { original: piece.correction.original })}>
            {piece.correction.corrected}
            <span className="sr-only" lang={lang === 'fr' ? undefined : lang}>
              {' '}
              <BidiText text={t('card.correctedFrom', { original: piece.correction.original })} lang={lang} />
            </span>
          </span>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
