import { useTranslation } from '@/i18n/react';
import { Link, useParams } from 'react-router';
import { LocalText } from '@/components/local-text';
import { PageMeta } from '@/components/page-meta';
import { TranslationNotice } from '@/components/translation-notice';
import { paths } from '@/config/paths';
import { useCatalogue } from '@/content/catalogue';
import { useRoomText } from '@/content/use-room-text';
import { QuoteCard } from '@/components/quote/quote-card';
import { useArriving } from '@/hooks/use-arriving';
import { useLang } from '@/hooks/use-lang';
import { SpeakerEmblem } from '@/components/speaker-emblem';
import { getSpeakerEntry } from './speaker-index';
import { SpeakerRole } from '@/components/speaker-role';
import { useArrivalFocus } from '@/hooks/use-arrival-focus';
import { EditorialChanges } from '@/components/editorial-changes';

/** `/:lang/intervenants/:speakerId/`: all of one voice's quotes, across rooms, each a link to its card. */
export function SpeakerPage() {
  const { t } = useTranslation();
  const heading = useArrivalFocus();
  const lang = useLang();
  const roomText = useRoomText();
  const arriving = useArriving();
  const { speakerId } = useParams();
  const catalogue = useCatalogue();
  // Its route has checked the id (src/app/router.tsx).
  const entry = getSpeakerEntry(catalogue, speakerId);
  if (!entry) return null;
  const { speaker } = entry;
  const name = speaker?.name ?? t('speaker.unnamed');
  const aside = speaker && roomText.note(speaker);
  const roleText = speaker
    ? roomText
        .role(speaker)
        .map((part) => part.text)
        .join(', ')
    : '';
  const summary = `${t('room.count', { count: entry.count })} · ${t('speakers.rooms', { count: entry.rooms.length })}`;
  return (
    <div className={`explore-page speaker-page room--${entry.rooms[0]?.room.id ?? 'travail'}`}>
      <PageMeta
        title={name}
        description={[roleText, summary].filter(Boolean).join(' · ')}
        path={paths.speaker.getHref(lang, entry.id)}
        type="article"
      />
      <p className="explore-page__back">
        <Link to={paths.speakers.getHref(lang)}>
          <span aria-hidden="true" className="flip-rtl">
            ←
          </span>{' '}
          {t('speakers.all')}
        </Link>
      </p>
      <header className="explore-page__header speaker-page__header">
        <SpeakerEmblem speaker={speaker} className="speaker-page__portrait" />
        <div className="speaker-page__who">
          <p className="eyebrow">{t('speakers.eyebrow')}</p>
          <h1 ref={heading} tabIndex={-1}>
            {speaker ? <bdi>{speaker.name}</bdi> : name}
          </h1>
          <SpeakerRole speaker={speaker} className="speaker-page__role" />
          <EditorialChanges speaker={speaker} className="voice__note" />
          {aside && <LocalText as="p" className="voice__note" value={aside} />}
          {!speaker && <p className="voice__note">{t('speakers.unnamedNote')}</p>}
          <p className="explore-page__count">{summary}</p>
        </div>
        <TranslationNotice />
      </header>

      {entry.rooms.map(({ room, cards }) => (
        <section key={room.id} className={`speaker-page__room room--${room.id}`} aria-labelledby={`in-${room.id}`}>
          <header className="speakers__room-header">
            <p className="eyebrow">{t('room.number', { number: room.order, total: catalogue.rooms.length })}</p>
            <h2 id={`in-${room.id}`}>
              <Link to={paths.room.getHref(lang, room.id)}>
                <LocalText value={roomText.title(room)} />
              </Link>
            </h2>
            <p className="speakers__room-count">{t('room.count', { count: cards.length })}</p>
          </header>
          <ul
            className={
              arriving ? 'voice__bubbles speaker-page__bubbles arriving' : 'voice__bubbles speaker-page__bubbles'
            }
          >
            {cards.map((card, index) => (
              <QuoteCard key={card.id} card={card} roomId={room.id} speaker={speaker} index={index} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
