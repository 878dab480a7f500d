import { m } from 'framer-motion';
import { useMemo } from 'react';
import { MotionProvider } from '@/components/motion-provider';
import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { LocalText } from '@/components/local-text';
import { PageMeta } from '@/components/page-meta';
import { TranslationNotice } from '@/components/translation-notice';
import { bubbleVariants, pick, wallVariants } from '@/config/motion';
import { paths } from '@/config/paths';
import { getCard, useCatalogue } from '@/content/catalogue';
import { useLocalise } from '@/content/use-localise';
import { useRoomText } from '@/content/use-room-text';
import { useHydrated } from '@/hooks/use-hydrated';
import { useLang } from '@/hooks/use-lang';
import { useReducedMotion } from '@/hooks/use-reduced-motion';
import { CountUp } from './count-up';
import { countByStatus, deriveFigures, STATUS_ORDER, type Figure } from './figures';
import { useArrivalFocus } from '@/hooks/use-arrival-focus';
import { citation } from '@/content/cite';

/** The quote this page answers, shown at its head: a speaker asking for the impacts to be measured. */
const EPIGRAPH = { room: 'environnement', card: 'montmarin-donnees-publiques' };

function Epigraph() {
  const { t } = useTranslation();
  const lang = useLang();
  const localised = useLocalise();
  const { getRoom, getSpeaker } = useCatalogue();
  const room = getRoom(EPIGRAPH.room);
  const card = room && getCard(room, EPIGRAPH.card);
  if (!room || !card) return null;
  const { quote } = localised.card(card);
  const speaker = getSpeaker(card.speaker);
  return (
    <figure className={`figures__epigraph room--${room.id}`}>
      <blockquote>
        <LocalText as="p" value={quote} />
      </blockquote>
      <figcaption>
        {speaker ? <bdi>{speaker.name}</bdi> : t('speaker.unnamed')} ·{' '}
        <Link to={paths.card.getHref(lang, room.id, card.id)}>{t('figures.readQuote')}</Link>
      </figcaption>
    </figure>
  );
}

/**
 * `/:lang/chiffres/`: the numbers said on the day, each with who said it, the quote it comes from
 * and what is known of it — a public source, or plainly: the speaker's own figure, not verified.
 */
export function FiguresPage() {
  const { t } = useTranslation();
  const heading = useArrivalFocus();
  const lang = useLang();
  const reduced = useReducedMotion();
  const hydrated = useHydrated();
  const { rooms } = useCatalogue();
  const figures = useMemo(() => deriveFigures(rooms), [rooms]);
  const numbers = figures.filter((figure) => figure.quantity);
  const facts = figures.filter((figure) => !figure.quantity);
  const counts = countByStatus(figures);
  const wall = {
    variants: pick(wallVariants, reduced),
    initial: hydrated ? 'initial' : false,
    animate: 'enter',
  } as const;
  return (
    <MotionProvider>
      <div className="explore-page figures">
        <PageMeta title={t('figures.title')} description={t('figures.lead')} path={paths.figures.getHref(lang)} />
        <header className="explore-page__header">
          <p className="eyebrow">{t('explore.eyebrow')}</p>
          <h1 ref={heading} tabIndex={-1}>
            {t('figures.title')}
          </h1>
          <p className="explore-page__lead">{t('figures.lead')}</p>
          <p className="explore-page__count">
            {t('figures.count', { count: figures.length })} · {t('figures.sourcedCount', { count: counts.sourced })} ·{' '}
            {t('figures.differsCount', { count: counts.differs })} ·{' '}
            {t('figures.unverifiedCount', { count: counts.unverified })}
          </p>
          <TranslationNotice />
        </header>

        <Epigraph />

        <section className="figures__legend" aria-labelledby="figures-legend">
          <h2 id="figures-legend" className="sr-only">
            {t('figures.legendTitle')}
          </h2>
          {STATUS_ORDER.map((status) => (
            <p key={status} className={`context--${status}`}>
              <span className="context__status">{t(`context.${status}`)}</span> {t(`figures.${status}Explained`)}
            </p>
          ))}
        </section>

        <section aria-labelledby="figures-numbers">
          <h2 id="figures-numbers" className="figures__title">
            {t('figures.numbersTitle')}
          </h2>
          <m.ol className="figures__grid" {...wall}>
            {numbers.map((figure) => (
              <FigureCard key={figure.key} figure={figure} />
            ))}
          </m.ol>
        </section>

        {facts.length > 0 && (
          <section aria-labelledby="figures-facts">
            <h2 id="figures-facts" className="figures__title">
              {t('figures.factsTitle')}
            </h2>
            <p className="figures__intro">{t('figures.factsLead')}</p>
            <m.ol className="figures__grid figures__grid--facts" {...wall}>
              {facts.map((figure) => (
                <FigureCard key={figure.key} figure={figure} />
              ))}
            </m.ol>
          </section>
        )}
      </div>
    </MotionProvider>
  );
}

function FigureCard({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const lang = useLang();
  const localised = useLocalise();
  const roomText = useRoomText();
  const reduced = useReducedMotion();
  const { room, card, note, quantity } = figure;
  const speaker = useCatalogue().getSpeaker(card.speaker);
  const wordsId = `figure-${figure.key}`;
  return (
    <m.li className={`figure-card room--${room.id} context--${note.status}`} variants={pick(bubbleVariants, reduced)}>
      <article className="figure-card__body" aria-labelledby={wordsId}>
        {quantity && <CountUp quantity={quantity} className="figure-card__number" />}
        <h3 id={wordsId} className="figure-card__words" lang={lang === 'fr' ? undefined : 'fr'}>
          « {note.about} »
        </h3>
        <p className="figure-card__who">
          {speaker ? <bdi>{speaker.name}</bdi> : t('speaker.unnamed')} · <LocalText value={roomText.title(room)} />
        </p>
        <p className="context__status figure-card__status">{t(`context.${note.status}`)}</p>
        <LocalText as="p" className="figure-card__note" value={localised.card(card).context(note)} />
        {note.sources.length > 0 && (
          <div className="figure-card__sources">
            <p className="context__sources-title">{t('context.sources')}</p>
            <ul className="context__sources">
              {note.sources.map((source) => (
                <li key={citation(source)}>
                  <bdi className="citation">{citation(source)}</bdi>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p className="figure-card__link">
          <Link className="button" to={paths.card.getHref(lang, room.id, card.id)} aria-describedby={wordsId}>
            {t('figures.readQuote')}{' '}
            <span aria-hidden="true" className="flip-rtl">
              →
            </span>
          </Link>
        </p>
      </article>
    </m.li>
  );
}
