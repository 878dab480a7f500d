import { m } from 'framer-motion';
import { MotionProvider } from '@/components/motion-provider';
import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { LocalText } from '@/components/local-text';
import { PageMeta } from '@/components/page-meta';
import { TranslationNotice } from '@/components/translation-notice';
import { bubbleVariants, pick, wallVariants } from '@/config/motion';
import { paths } from '@/config/paths';
import { useCatalogue } from '@/content/catalogue';
import { useRoomText } from '@/content/use-room-text';
import { useHydrated } from '@/hooks/use-hydrated';
import { useLang } from '@/hooks/use-lang';
import { useReducedMotion } from '@/hooks/use-reduced-motion';
import { SpeakerEmblem } from '@/components/speaker-emblem';
import { speakerEntries, speakersByRoom } from './speaker-index';
import { SpeakerRole } from '@/components/speaker-role';
import { useArrivalFocus } from '@/hooks/use-arrival-focus';

/** `/:lang/intervenants/`: every voice of the day, room by room, each a door to their quotes. */
export function SpeakersPage() {
  const { t } = useTranslation();
  const heading = useArrivalFocus();
  const lang = useLang();
  const roomText = useRoomText();
  const reduced = useReducedMotion();
  const hydrated = useHydrated();
  const catalogue = useCatalogue();
  const { cardCount, rooms } = catalogue;
  return (
    <MotionProvider>
      <div className="explore-page speakers">
        <PageMeta title={t('speakers.title')} description={t('speakers.lead')} path={paths.speakers.getHref(lang)} />
        <header className="explore-page__header">
          <p className="eyebrow">{t('explore.eyebrow')}</p>
          <h1 ref={heading} tabIndex={-1}>
            {t('speakers.title')}
          </h1>
          <p className="explore-page__lead">{t('speakers.lead')}</p>
          <p className="explore-page__count">
            {t('speakers.count', { count: speakerEntries(catalogue).length })} · {t('room.count', { count: cardCount })}{' '}
            · {t('speakers.rooms', { count: rooms.length })}
          </p>
          <TranslationNotice />
        </header>

        {speakersByRoom(catalogue).map(({ room, voices }) => (
          <section key={room.id} className={`speakers__room room--${room.id}`} aria-labelledby={`speakers-${room.id}`}>
            <header className="speakers__room-header">
              <p className="eyebrow">{t('room.number', { number: room.order, total: rooms.length })}</p>
              <h2 id={`speakers-${room.id}`}>
                <Link to={paths.room.getHref(lang, room.id)}>
                  <LocalText value={roomText.title(room)} />
                </Link>
              </h2>
              <p className="speakers__room-count">
                {t('speakers.count', { count: voices.length })} · {t('room.count', { count: room.cards.length })}
              </p>
            </header>
            <m.ul
              className="speakers__list"
              variants={pick(wallVariants, reduced)}
              initial={hydrated ? 'initial' : false}
              animate="enter"
            >
              {voices.map(({ entry, count }) => (
                <m.li key={entry.id} variants={pick(bubbleVariants, reduced)}>
                  <Link className="speaker-tile" to={paths.speaker.getHref(lang, entry.id)}>
                    <SpeakerEmblem speaker={entry.speaker} />
                    <span className="speaker-tile__text">
                      {entry.speaker ? (
                        <bdi className="speaker-tile__name">{entry.speaker.name}</bdi>
                      ) : (
                        <span className="speaker-tile__name">{t('speaker.unnamed')}</span>
                      )}
                      <SpeakerRole speaker={entry.speaker} className="speaker-tile__role" />
                      <span className="speaker-tile__count">{t('room.count', { count })}</span>
                    </span>
                  </Link>
                </m.li>
              ))}
            </m.ul>
          </section>
        ))}
      </div>
    </MotionProvider>
  );
}
