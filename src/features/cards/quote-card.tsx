import { m } from 'framer-motion';
import { useReducedMotion } from '@/hooks/use-reduced-motion';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bubbleVariants, layoutTransition, pick } from '@/config/motion';
import { paths } from '@/config/paths';
import type { Card, RoomId, Speaker } from '@/content/types';
import { useContentLang } from '@/content/use-content-lang';
import { useLang } from '@/hooks/use-lang';
import { AttributionBadge } from './attribution-badge';
import { QuoteText } from './quote-text';
import { SpeakerCaption } from './speaker-caption';

export const cardDomId = (cardId: string) => `card-${cardId}`;
export const openLinkId = (cardId: string) => `open-${cardId}`;

/** One speech bubble on the wall: the quote, who said it, and a link that opens it. */
export function QuoteCard({ card, roomId, speaker }: { card: Card; roomId: RoomId; speaker: Speaker | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { langAttr } = useContentLang();
  const reduced = useReducedMotion();
  const notes = (card.corrections?.length ?? 0) + (card.context?.length ?? 0);
  return (
    <m.li className="bubble-slot" variants={pick(bubbleVariants, reduced)}>
      <m.figure className="bubble" id={cardDomId(card.id)} layoutId={reduced ? undefined : cardDomId(card.id)} transition={layoutTransition}>
        <blockquote lang={langAttr}>
          <p>
            <QuoteText text={card.text} corrections={card.corrections} />
          </p>
        </blockquote>
        <figcaption className="caption">
          <SpeakerCaption speaker={speaker} langAttr={langAttr} />
        </figcaption>
        <div className="bubble__footer">
          {card.attribution.confidence !== 'certain' && <AttributionBadge attribution={card.attribution} />}
          {notes > 0 && <span className="bubble__notes">{t('card.notes', { count: notes })}</span>}
          <Link
            id={openLinkId(card.id)}
            className="bubble__open"
            to={paths.card.getHref(lang, roomId, card.id)}
            preventScrollReset
            aria-label={t('card.openLabel', { speaker: speaker?.name ?? t('speaker.unnamed') })}
            aria-describedby={cardDomId(card.id)}
          >
            {t('card.open')}
          </Link>
        </div>
      </m.figure>
    </m.li>
  );
}
