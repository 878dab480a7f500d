import { m } from 'framer-motion';
import { MotionProvider } from '@/components/motion-provider';
import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { LocalParagraphs, LocalText } from '@/components/local-text';
import { PageMeta } from '@/components/page-meta';
import { TranslationNotice } from '@/components/translation-notice';
import { LANG_LOCALE, type Lang } from '@/config/languages';
import { doorVariants, pick, wallVariants } from '@/config/motion';
import { paths } from '@/config/paths';
import { hall } from '@/content/hall';
import { roomSummaries } from '@/content/room-index';
import { PARAGRAPH_BREAK } from '@/content/content-keys';
import { useLocalise } from '@/content/use-localise';
import { useRoomText } from '@/content/use-room-text';
import { useLang } from '@/hooks/use-lang';
import { useHydrated } from '@/hooks/use-hydrated';
import { useReducedMotion } from '@/hooks/use-reduced-motion';
import { useArrivalFocus } from '@/hooks/use-arrival-focus';

/** The other ways into the exhibition, after the rooms: find, check, keep. */
const EXPLORE = [
  { key: 'speakers', href: paths.speakers.getHref, mark: '☺' },
  { key: 'figures', href: paths.figures.getHref, mark: '%' },
  { key: 'search', href: (lang: Lang) => paths.search.getHref(lang), mark: '?' },
  { key: 'catalogue', href: paths.catalogue.getHref, mark: '¶' },
  { key: 'about', href: paths.about.getHref, mark: 'i' },
] as const;

/** The entrance hall: the summit, then the five rooms as doors on a floor plan. */
export function HallPage() {
  const { t } = useTranslation();
  const heading = useArrivalFocus();
  const lang = useLang();
  const hallText = useLocalise().hall(hall);
  const roomText = useRoomText();
  const reduced = useReducedMotion();
  const hydrated = useHydrated();
  const date = new Intl.DateTimeFormat(LANG_LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(hall.date),
  );
  const name = hallText.name;
  const intro = hallText.intro;
  return (
    <MotionProvider>
      <div className="hall">
        <PageMeta
          title={name.text}
          description={intro.text.split(PARAGRAPH_BREAK)[0]!}
          path={paths.hall.getHref(lang)}
        />
        <header className="hall__hero">
          <p className="eyebrow">{t('hall.eyebrow')}</p>
          <h1 ref={heading} tabIndex={-1} className="hall__title" lang={lang === 'fr' ? undefined : 'fr'}>
            {hall.title.text}
          </h1>
          {lang !== 'fr' && <LocalText as="p" className="hall__subtitle" value={name} />}
          <p className="hall__dateline">
            <LocalText value={hallText.place} /> · <time dateTime={hall.date}>{date}</time>
          </p>
          <TranslationNotice />
          {roomSummaries[0] && (
            <Link className="button button--primary button--large" to={paths.room.getHref(lang, roomSummaries[0].id)}>
              {t('hall.start')}{' '}
              <span aria-hidden="true" className="flip-rtl">
                →
              </span>
            </Link>
          )}
        </header>

        <nav className="floor-plan" aria-labelledby="floor-plan-title">
          <h2 id="floor-plan-title">{t('hall.planTitle')}</h2>
          <m.ol
            className="floor-plan__doors"
            variants={pick(wallVariants, reduced)}
            initial={hydrated ? 'initial' : false}
            animate="enter"
          >
            {roomSummaries.map((room) => (
              <m.li key={room.id} variants={pick(doorVariants, reduced)}>
                <Link className={`door door--${room.id}`} to={paths.room.getHref(lang, room.id)}>
                  <span className="door__number" aria-hidden="true">
                    {room.order.toLocaleString(LANG_LOCALE[lang])}
                  </span>
                  <LocalText className="door__title" value={roomText.title(room)} />
                  <span className="door__meta">
                    {t('hall.doorMeta', { count: room.cardCount, voices: room.voiceCount })}
                  </span>
                </Link>
              </m.li>
            ))}
          </m.ol>
        </nav>

        <nav className="explore" aria-labelledby="explore-title">
          <h2 id="explore-title">{t('explore.title')}</h2>
          <ul className="explore__links">
            {EXPLORE.map(({ key, href, mark }) => (
              <li key={key}>
                <Link className="explore__link" to={href(lang)}>
                  <span className="explore__mark" aria-hidden="true">
                    {mark}
                  </span>
                  <span className="explore__name">{t(`explore.${key}.name`)}</span>
                  <span className="explore__hint">{t(`explore.${key}.hint`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <div className="hall__texts">
          <section className="hall__intro" aria-labelledby="intro-title">
            <h2 id="intro-title">{t('hall.introTitle')}</h2>
            <LocalParagraphs value={intro} />
          </section>
          <section className="hall__about" aria-labelledby="about-title">
            <h2 id="about-title">{t('hall.aboutTitle')}</h2>
            <LocalParagraphs value={hallText.about} />
            {lang !== 'fr' && (
              <p>
                <Link to={paths.translations.getHref(lang)}>{t('translation.aboutLink')}</Link>
              </p>
            )}
          </section>
        </div>
      </div>
    </MotionProvider>
  );
}
