import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { BidiText } from '@/components/bidi-text';
import { LocalParagraphs, LocalText, MissingNote } from '@/components/local-text';
import { PageMeta } from '@/components/page-meta';
import { TranslationNotice } from '@/components/translation-notice';
import { LANG_LOCALE, SOURCE_LANG } from '@/config/languages';
import { paths } from '@/config/paths';
import { publicUrl } from '@/config/site';
import { hall, printedInRoom, useCatalogue } from '@/content/catalogue';
import type { Localised } from '@/content/localise';
import type { Card, Room } from '@/content/types';
import { useLocalise } from '@/content/use-localise';
import { useRoomText } from '@/content/use-room-text';
import { AttributionBadge } from '@/components/quote/attribution-badge';
import { ContextNotes, CorrectionList } from '@/components/quote/card-notes';
import { ProvenanceLine } from '@/components/quote/provenance-line';
import { FrenchQuote, QuoteBody } from '@/components/quote/quote-body';
import { SpeakerCaption } from '@/components/quote/speaker-caption';
import { useCardText } from '@/content/use-card-text';
import { useHydrated } from '@/hooks/use-hydrated';
import { useKioskMode } from '@/hooks/use-kiosk-mode';
import { useLang } from '@/hooks/use-lang';
import { useArrivalFocus } from '@/hooks/use-arrival-focus';

const roomAnchor = (room: Room) => `salle-${room.id}`;

/**
 * `/:lang/catalogue/`: the whole exhibition as one document to read, print or save as PDF — the
 * hall, then every room and every quote with who said it, how sure we are, the corrections, the
 * context and sources, and on a translated page the status of each translation with its French
 * original printed beside it (no tap needed on paper).
 */
export function CataloguePage() {
  const { t } = useTranslation();
  const heading = useArrivalFocus();
  const lang = useLang();
  const hallText = useLocalise().hall(hall);
  const roomText = useRoomText();
  const hydrated = useHydrated();
  const { rooms, cardCount, voiceCount } = useCatalogue();
  // A public screen prints nothing and saves nothing (docs/kiosk.md: printing is off there too).
  const kiosk = useKioskMode();
  const name = hallText.name;
  const date = new Intl.DateTimeFormat(LANG_LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(hall.date),
  );
  return (
    <article className="catalogue" aria-labelledby="catalogue-title">
      <PageMeta title={t('catalogue.title')} description={t('catalogue.lead')} path={paths.catalogue.getHref(lang)} />
      <header className="catalogue__cover">
        <p className="eyebrow">{t('catalogue.eyebrow')}</p>
        <h1 id="catalogue-title" ref={heading} tabIndex={-1}>
          {t('catalogue.title')}
        </h1>
        <p className="catalogue__summit" lang={lang === SOURCE_LANG ? undefined : SOURCE_LANG}>
          {hall.title.text}
        </p>
        {lang !== SOURCE_LANG && <LocalText as="p" className="catalogue__name" value={name} />}
        <p className="catalogue__dateline">
          <LocalText value={hallText.place} /> · <time dateTime={hall.date}>{date}</time>
        </p>
        <p className="explore-page__count">
          {t('speakers.rooms', { count: rooms.length })} · {t('room.count', { count: cardCount })} ·{' '}
          {t('speakers.count', { count: voiceCount })}
        </p>
        <p className="catalogue__lead">
          <BidiText text={t('catalogue.lead')} lang={lang} />
        </p>
        {lang !== SOURCE_LANG && <p className="catalogue__status">{t('catalogue.translationStatus')}</p>}
        {hydrated && !kiosk && (
          <p className="no-print">
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('catalogue.print')}
            </button>
          </p>
        )}
        <TranslationNotice />
      </header>

      <nav className="catalogue__contents" aria-labelledby="catalogue-contents">
        <h2 id="catalogue-contents">{t('catalogue.contents')}</h2>
        <ol>
          <li>
            <a href="#catalogue-hall">{t('hall.introTitle')}</a>
          </li>
          {rooms.map((room) => (
            <li key={room.id}>
              <a href={`#${roomAnchor(room)}`}>
                <LocalText value={roomText.title(room)} />
              </a>{' '}
              <span className="catalogue__contents-count">{t('room.count', { count: room.cards.length })}</span>
            </li>
          ))}
        </ol>
      </nav>

      <section id="catalogue-hall" className="catalogue__hall" aria-labelledby="catalogue-hall-title">
        <h2 id="catalogue-hall-title">{t('hall.introTitle')}</h2>
        <LocalParagraphs value={hallText.intro} />
        <h3>{t('hall.aboutTitle')}</h3>
        <LocalParagraphs value={hallText.about} />
      </section>

      {rooms.map((room) => (
        <CatalogueRoom key={room.id} room={room} />
      ))}

      <footer className="catalogue__colophon">
        <p>
          <BidiText text={t('layout.footer')} lang={lang} />
        </p>
        <p>
          <Link to={paths.about.getHref(lang)} data-url={publicUrl(paths.about.getHref(lang))}>
            {t('about.title')}
          </Link>
        </p>
      </footer>
    </article>
  );
}

function CatalogueRoom({ room }: { room: Room }) {
  const { t } = useTranslation();
  const lang = useLang();
  const roomText = useRoomText();
  const total = useCatalogue().rooms.length;
  const titleId = `${roomAnchor(room)}-title`;
  return (
    <section id={roomAnchor(room)} className={`catalogue__room room--${room.id}`} aria-labelledby={titleId}>
      <header className="catalogue__room-header">
        <p className="eyebrow">{t('room.number', { number: room.order, total })}</p>
        <h2 id={titleId}>
          <LocalText value={roomText.title(room)} />
        </h2>
        <p className="room__heading">
          <span className="room__heading-label">{t('room.transcriptHeading')}</span>{' '}
          <span lang="fr">{room.heading.text}</span>
        </p>
        <p className="catalogue__room-intro">
          <LocalText value={roomText.intro(room)} />
        </p>
        <p className="catalogue__room-link">
          <Link to={paths.room.getHref(lang, room.id)} data-url={publicUrl(paths.room.getHref(lang, room.id))}>
            {t('catalogue.visitRoom')}
          </Link>
        </p>
      </header>
      <ol className="catalogue__quotes">
        {room.cards.map((card, i) => (
          <CatalogueEntry key={card.id} room={room} card={card} number={`${room.order}.${i + 1}`} />
        ))}
      </ol>
    </section>
  );
}

function CatalogueEntry({ room, card, number }: { room: Room; card: Card; number: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const roomText = useRoomText();
  const text = useCardText(card);
  const speaker = useCatalogue().getSpeaker(card.speaker);
  const printedIn = printedInRoom(card.lines[0] ?? 0);
  const translated = text.quote.provenance !== 'original' && text.quote.provenance !== 'missing';
  const path = paths.card.getHref(lang, room.id, card.id);
  return (
    <li className="catalogue-entry">
      <p className="catalogue-entry__number" aria-hidden="true">
        {number}
      </p>
      <figure className="catalogue-entry__figure">
        <QuoteBody card={card} quote={text.quote} />
        <figcaption className="caption">
          <SpeakerCaption speaker={speaker} />
        </figcaption>
      </figure>
      {text.quote.provenance === 'missing' && <MissingNote />}
      {translated && <Translation card={card} quote={text.quote} />}
      {text.translatorNote && (
        <div className="catalogue-entry__block">
          <p className="catalogue-entry__label">{t('translation.translatorNote')}</p>
          <p>
            <BidiText text={text.translatorNote} lang={lang} />
          </p>
        </div>
      )}

      <div className="catalogue-entry__block">
        <p className="catalogue-entry__label">{t('card.attributionTitle')}</p>
        <AttributionBadge attribution={card.attribution} note={text.attribution} />
        {printedIn && printedIn.id !== room.id && (
          <p className="note-block__aside">{t('card.placedBySubject', { room: roomText.title(printedIn).text })}</p>
        )}
      </div>

      {card.corrections && card.corrections.length > 0 && (
        <div className="catalogue-entry__block">
          <p className="catalogue-entry__label">{t('card.correctionsTitle')}</p>
          <CorrectionList card={card} text={text} />
        </div>
      )}

      {card.context && card.context.length > 0 && (
        <div className="catalogue-entry__block">
          <p className="catalogue-entry__label">{t('card.contextTitle')}</p>
          <ContextNotes card={card} text={text} />
        </div>
      )}

      <p className="catalogue-entry__link">
        <Link to={path} data-url={publicUrl(path)}>
          {t('catalogue.openCard', { number })}
        </Link>
      </p>
    </li>
  );
}

/** On paper there is no tap: a translation says what it is, and its French original is printed with it. */
function Translation({ card, quote }: { card: Card; quote: Localised }) {
  const { t } = useTranslation();
  return (
    <div className={`catalogue-entry__translation provenance provenance--${quote.provenance}`}>
      <ProvenanceLine quote={quote} />
      <div className="original">
        <p className="original__label">{t('translation.originalLabel')}</p>
        <FrenchQuote card={card} />
      </div>
    </div>
  );
}
