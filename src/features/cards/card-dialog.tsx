import { m } from 'framer-motion';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { BidiText } from '@/components/bidi-text';
import { CardBoundary } from '@/components/card-boundary';
import { LanguageSwitcher } from '@/components/language-switcher';
import { QrCode } from '@/components/qr-code';
import { hasPublicAddress, publicUrl } from '@/config/site';
import { useKioskMode } from '@/hooks/use-kiosk-mode';
import { isolate } from '@/config/languages';
import { backdropVariants, pick } from '@/config/motion';
import { paths } from '@/config/paths';
import { cardNeighbours } from '@/content/room-content';
import { printedInRoom } from '@/content/room-index';
import type { Card, Room, Speaker } from '@/content/types';
import { useRoomText } from '@/content/use-room-text';
import { ShareButton } from '@/components/share-button';
import { CardListenButton } from '@/components/listen/listen-button';
import { useLang } from '@/hooks/use-lang';
import { useReducedMotion } from '@/hooks/use-reduced-motion';
import { useShortcuts } from '@/hooks/use-shortcuts';
import { AttributionBadge } from '@/components/quote/attribution-badge';
import { ContextNotes, CorrectionList } from '@/components/quote/card-notes';
import { QuoteBody, TranslationProvenance } from '@/components/quote/quote-body';
import { SpeakerCaption } from '@/components/quote/speaker-caption';
import { useCardText } from '@/content/use-card-text';
import { useFlight } from './use-flight';
import { KeepButton } from './keep-button';
import { EditorialChanges } from '@/components/editorial-changes';

interface CardDialogProps {
  card: Card;
  room: Room;
  speaker: Speaker | undefined;
  onClose: () => void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** A card opened: the quote large, with everything the curators know about it. */
export function CardDialog({ card, room, speaker, onClose }: CardDialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const reduced = useReducedMotion();
  const roomText = useRoomText();
  const text = useCardText(card);
  const [originalShown, setOriginalShown] = useState(false);
  const kiosk = useKioskMode();
  const cardUrl = publicUrl(paths.card.getHref(lang, room.id, card.id));
  const dialog = useRef<HTMLDivElement>(null);
  const { previous, next } = cardNeighbours(room, card.id);
  const printedIn = printedInRoom(card.lines[0] ?? 0);
  const speakerName = isolate(lang, speaker?.name ?? t('speaker.unnamed'));
  const titleId = `dialog-title-${card.id}`;
  const translated = text.quote.provenance !== 'original' && text.quote.provenance !== 'missing';
  // Going from one card to the next, the old card flies back to its bubble while the new one
  // opens: for that moment it is scenery, out of reach of keys and assistive tech.
  const present = useFlight(dialog, card.id, Boolean(reduced));

  useShortcuts({ original: () => translated && setOriginalShown((shown) => !shown) }, present);

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [card.id]);

  // Focus stays inside the open card: Tab from the last control goes back to the first.
  const trapFocus = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]'));
    const first = items[0];
    const last = items.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="dialog-layer" inert={!present} aria-hidden={present ? undefined : true}>
      <m.div
        className="dialog-backdrop"
        variants={pick(backdropVariants, reduced)}
        initial="initial"
        animate="enter"
        exit="exit"
        onClick={onClose}
        aria-hidden="true"
      />
      <div
        ref={dialog}
        role={present ? 'dialog' : undefined}
        aria-modal={present ? 'true' : undefined}
        aria-labelledby={titleId}
        className="dialog"
        onKeyDown={trapFocus}
      >
        <div className="dialog__bar">
          <h2 id={titleId} className="dialog__title">
            {t('card.dialogTitle', { speaker: speakerName })}
          </h2>
          {/* The page behind is inert while the card is open: the language switch comes along. */}
          <LanguageSwitcher className="lang-switcher lang-switcher--dialog" />
          <button type="button" className="icon-button" onClick={onClose} aria-label={t('card.close')} data-autofocus>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        {/* It scrolls: reachable by Tab so a keyboard can scroll it too. */}
        {/* eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex -- a scrolling region must take focus (WCAG 2.1.1) */}
        <div className="dialog__body" tabIndex={0} role="region" aria-labelledby={titleId}>
          <CardBoundary cardId={card.id}>
            <figure className="bubble bubble--open">
              <QuoteBody card={card} quote={text.quote} />
              <figcaption className="caption">
                <SpeakerCaption speaker={speaker} />
              </figcaption>
              <TranslationProvenance
                card={card}
                quote={text.quote}
                originalShown={originalShown}
                onToggle={() => setOriginalShown((shown) => !shown)}
              />
            </figure>

            {text.translatorNote && (
              <section className="note-block" aria-labelledby={`${titleId}-tn`}>
                <h3 id={`${titleId}-tn`}>{t('translation.translatorNote')}</h3>
                <p>
                  <BidiText text={text.translatorNote} lang={lang} />
                </p>
              </section>
            )}

            <section className="note-block" aria-labelledby={`${titleId}-who`}>
              <h3 id={`${titleId}-who`}>{t('card.attributionTitle')}</h3>
              <AttributionBadge attribution={card.attribution} note={text.attribution} />
              <EditorialChanges speaker={speaker} className="note-block__aside" />
              {printedIn && printedIn.id !== room.id && (
                <p className="note-block__aside">
                  {t('card.placedBySubject', { room: roomText.title(printedIn).text })}
                </p>
              )}
            </section>

            {card.corrections && card.corrections.length > 0 && (
              <section className="note-block" aria-labelledby={`${titleId}-fix`}>
                <h3 id={`${titleId}-fix`}>{t('card.correctionsTitle')}</h3>
                <CorrectionList card={card} text={text} />
              </section>
            )}

            {card.context && card.context.length > 0 && (
              <section className="note-block" aria-labelledby={`${titleId}-ctx`}>
                <h3 id={`${titleId}-ctx`}>{t('card.contextTitle')}</h3>
                <ContextNotes card={card} text={text} />
              </section>
            )}

            {kiosk && hasPublicAddress() && (
              <figure className="take-away take-away--card">
                <QrCode value={cardUrl} label={t('kiosk.qrLabel', { url: cardUrl })} />
                <figcaption>{t('kiosk.qrCard')}</figcaption>
              </figure>
            )}

            <section className="note-block note-block--record" aria-labelledby={`${titleId}-rec`}>
              <h3 id={`${titleId}-rec`}>{t('card.recordTitle')}</h3>
              <p className="note-block__aside">
                {t('card.recordLines', { count: card.lines.length, lines: card.lines.join(', ') })}
              </p>
              <p className="verbatim" lang="fr" dir="ltr">
                {card.text}
              </p>
            </section>
          </CardBoundary>
        </div>
        <div className="dialog__actions">
          <KeepButton cardId={card.id} />
          <CardListenButton card={card} />
          <ShareButton
            path={paths.card.getHref(lang, room.id, card.id)}
            title={`${speaker?.name ?? t('speaker.unnamed')} · ${t('layout.siteName')}`}
            label={t('share.cardLabel', { speaker: speakerName })}
          />
          <nav className="dialog__nav" aria-label={t('card.navLabel')}>
            {previous && (
              <Link className="button" to={paths.card.getHref(lang, room.id, previous.id)} preventScrollReset>
                <span aria-hidden="true" className="flip-rtl">
                  ←
                </span>{' '}
                <span className="button__label">{t('card.previous')}</span>
              </Link>
            )}
            {next && (
              <Link className="button" to={paths.card.getHref(lang, room.id, next.id)} preventScrollReset>
                <span className="button__label">{t('card.next')}</span>{' '}
                <span aria-hidden="true" className="flip-rtl">
                  →
                </span>
              </Link>
            )}
          </nav>
        </div>
      </div>
    </div>
  );
}
