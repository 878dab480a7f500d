import { m } from 'framer-motion';
import { useReducedMotion } from '@/hooks/use-reduced-motion';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LANG_LOCALE } from '@/config/languages';
import { doorVariants, pick, wallVariants } from '@/config/motion';
import { paths } from '@/config/paths';
import { hall, rooms } from '@/content/catalogue';
import { useContentLang } from '@/content/use-content-lang';
import { FallbackNotice } from '@/components/fallback-notice';
import { useLang } from '@/hooks/use-lang';

function voices(cards: readonly { speaker: string | null }[]): number {
  return new Set(cards.map((card) => card.speaker ?? 'unnamed')).size;
}

/** The entrance hall: the summit, then the five rooms as doors on a floor plan. */
export function HallPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { langAttr, isFallback } = useContentLang();
  const reduced = useReducedMotion();
  const date = new Intl.DateTimeFormat(LANG_LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(hall.date),
  );
  return (
    <div className="hall">
      <title>{`${hall.name} · ${t('layout.siteName')}`}</title>
      <header className="hall__hero">
        <p className="eyebrow">{t('hall.eyebrow')}</p>
        <h1 className="hall__title" lang="fr">
          {hall.title.text}
        </h1>
        <p className="hall__dateline">
          <span lang={langAttr}>{hall.place}</span> · <time dateTime={hall.date}>{date}</time>
        </p>
        {isFallback && <FallbackNotice />}
        {rooms[0] && (
          <Link className="button button--primary button--large" to={paths.room.getHref(lang, rooms[0].id)}>
            {t('hall.start')} <span aria-hidden="true">→</span>
          </Link>
        )}
      </header>

      <nav className="floor-plan" aria-labelledby="floor-plan-title">
        <h2 id="floor-plan-title">{t('hall.planTitle')}</h2>
        <m.ol className="floor-plan__doors" variants={pick(wallVariants, reduced)} initial="initial" animate="enter">
          {rooms.map((room) => (
            <m.li key={room.id} variants={pick(doorVariants, reduced)}>
              <Link className={`door door--${room.id}`} to={paths.room.getHref(lang, room.id)}>
                <span className="door__number" aria-hidden="true">
                  {room.order}
                </span>
                <span className="door__title" lang={langAttr}>
                  {room.title}
                </span>
                <span className="door__meta">
                  {t('hall.doorMeta', { count: room.cards.length, voices: voices(room.cards) })}
                </span>
              </Link>
            </m.li>
          ))}
        </m.ol>
      </nav>

      <div className="hall__texts">
        <section className="hall__intro" aria-labelledby="intro-title">
          <h2 id="intro-title">{t('hall.introTitle')}</h2>
          <div lang={langAttr}>
            {hall.intro.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
        </section>
        <section className="hall__about" aria-labelledby="about-title">
          <h2 id="about-title">{t('hall.aboutTitle')}</h2>
          <div lang={langAttr}>
            {hall.about.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
        </section>
      </div>
    </div>
  );
}
