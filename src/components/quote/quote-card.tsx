import { memo } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Card, RoomId, Speaker } from '@/content/types';
import { isolate } from '@/config/languages';
import { useLang } from '@/hooks/use-lang';
import { useIsKept } from '@/lib/collection';
import { AttributionBadge } from './attribution-badge';
import { QuoteBody } from './quote-body';
import { useCardText } from '@/content/use-card-text';

export const cardDomId = (cardId: string) => `card-${cardId}`;
export const openLinkId = (cardId: string) => `open-${cardId}`;

/**
 * One speech bubble on the wall: the quote, and the voice it comes from (its station shows the
 * speaker; the caption names them for assistive tech). What the station or the page already says
 * is not repeated; role, notes, sources, the French original and sharing are one tap away, in the
 * open card. Two promises stay in sight: a doubt about who said it, and that a text is a
 * translation. Memoised: the room around it re-renders once React has taken a prerendered page
 * over, its bubbles need not.
 */
export const QuoteCard = memo(function QuoteCard({
  card,
  roomId,
  speaker,
  index,
}: {
  card: Card;
  roomId: RoomId;
  speaker: Speaker | undefined;
  /** Its place on the wall: bubbles arriving come in one after another (`.arriving`). */
  index: number;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { quote } = useCardText(card);
  const name = speaker?.name ?? t('speaker.unnamed');
  const translated = quote.provenance !== 'original' && quote.provenance !== 'missing';
  const doubt = card.attribution.confidence !== 'certain';
  const kept = useIsKept(card.id);
  return (
    <li className="bubble-slot" style={{ ['--i' as string]: index }}>
      <figure className="bubble" id={cardDomId(card.id)}>
        <QuoteBody card={card} quote={quote} id={`quote-${card.id}`} />
        <figcaption className="sr-only">
          <bdi>{name}</bdi>
        </figcaption>
        {/* One element, drawn by CSS, and only on a kept quote: the bubbles stay light. */}
        {kept && <span className="bubble__kept" role="img" aria-label={t('collection.keptMark')} />}
        {(doubt || quote.provenance !== 'original') && (
          <p className="bubble__marks">
            {doubt && <AttributionBadge attribution={card.attribution} compact />}
            {translated && (
              <span className="bubble__mark">
                <span aria-hidden="true">{t('translation.mark')}</span>
                <span className="sr-only">{t('translation.badge')}</span>
              </span>
            )}
            {quote.provenance === 'missing' && (
              <span className="bubble__mark bubble__mark--original">{t('translation.originalLabel')}</span>
            )}
          </p>
        )}
        <Link
          id={openLinkId(card.id)}
          className="bubble__open"
          to={paths.card.getHref(lang, roomId, card.id)}
          preventScrollReset
          aria-label={t('card.openLabel', { speaker: isolate(lang, name) })}
          aria-describedby={`quote-${card.id}`}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
            <path d="M14 4h6v6M20 4l-7 7M10 20H4v-6M4 20l7-7" />
          </svg>
        </Link>
      </figure>
    </li>
  );
});
