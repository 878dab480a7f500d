import { memo, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Card, RoomId, Speaker } from '@/content/types';
import { isolate } from '@/config/languages';
import { useLang } from '@/hooks/use-lang';
import { AttributionBadge } from './attribution-badge';
import { QuoteBody, TranslationProvenance } from './quote-body';
import { SpeakerCaption } from './speaker-caption';
import { useCardText } from './use-card-text';

export const cardDomId = (cardId: string) => `card-${cardId}`;
export const openLinkId = (cardId: string) => `open-${cardId}`;

/**
 * One speech bubble on the wall: the quote, who said it, and a link that opens it. Memoised: the
 * room around it re-renders once React has taken a prerendered page over, its bubbles need not.
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
  const [originalShown, setOriginalShown] = useState(false);
  const notes = (card.corrections?.length ?? 0) + (card.context?.length ?? 0);
  return (
    <li className="bubble-slot" style={{ ['--i' as string]: index }}>
      <figure className="bubble" id={cardDomId(card.id)}>
        <QuoteBody card={card} quote={quote} id={`quote-${card.id}`} />
        <figcaption className="caption">
          <SpeakerCaption speaker={speaker} />
        </figcaption>
        <TranslationProvenance
          card={card}
          quote={quote}
          originalShown={originalShown}
          onToggle={() => setOriginalShown((shown) => !shown)}
        />
        <div className="bubble__footer">
          {card.attribution.confidence !== 'certain' && <AttributionBadge attribution={card.attribution} />}
          {notes > 0 && <span className="bubble__notes">{t('card.notes', { count: notes })}</span>}
          <Link
            id={openLinkId(card.id)}
            className="bubble__open"
            to={paths.card.getHref(lang, roomId, card.id)}
            preventScrollReset
            aria-label={t('card.openLabel', { speaker: isolate(lang, speaker?.name ?? t('speaker.unnamed')) })}
            aria-describedby={`quote-${card.id}`}
          >
            {t('card.open')}
          </Link>
        </div>
      </figure>
    </li>
  );
});
