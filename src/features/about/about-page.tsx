import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { BidiText } from '@/components/bidi-text';
import { LocalParagraphs, LocalText } from '@/components/local-text';
import { PageMeta } from '@/components/page-meta';
import { TranslationNotice } from '@/components/translation-notice';
import { LANG_LOCALE, SOURCE_LANG } from '@/config/languages';
import { paths } from '@/config/paths';
import { hall, useCatalogue, type Catalogue } from '@/content/catalogue';
import { useLocalise } from '@/content/use-localise';
import { useLang } from '@/hooks/use-lang';
import { useArrivalFocus } from '@/hooks/use-arrival-focus';

/** The exhibition in numbers, as this page states them. */
function countsOf({ rooms, cardCount, voiceCount }: Catalogue) {
  const cards = rooms.flatMap((room) => room.cards);
  return {
    rooms: rooms.length,
    cards: cardCount,
    voices: voiceCount,
    corrections: cards.reduce((n, card) => n + (card.corrections?.length ?? 0), 0),
    notes: cards.reduce((n, card) => n + (card.context?.length ?? 0), 0),
    notCertain: cards.filter((card) => card.attribution.confidence !== 'certain').length,
  };
}

const CONFIDENCE = ['certain', 'probable', 'uncertain'] as const;
const KINDS = ['spelling', 'grammar', 'typography', 'name', 'role', 'fact'] as const;

/**
 * `/:lang/a-propos/`: the summit, how the exhibition was made from the transcript, its
 * conventions (attribution, corrections, figures), the translations, credits and licences.
 */
export function AboutPage() {
  const { t } = useTranslation();
  const heading = useArrivalFocus();
  const lang = useLang();
  const hallText = useLocalise().hall(hall);
  const counts = countsOf(useCatalogue());
  const date = new Intl.DateTimeFormat(LANG_LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(hall.date),
  );
  return (
    <article className="prose-page about" aria-labelledby="about-title">
      <PageMeta title={t('about.title')} description={t('about.lead')} path={paths.about.getHref(lang)} />
      <p className="eyebrow">{t('explore.eyebrow')}</p>
      <h1 id="about-title" ref={heading} tabIndex={-1}>
        {t('about.title')}
      </h1>
      <p className="prose-page__lead">{t('about.lead')}</p>
      <TranslationNotice />

      <section aria-labelledby="about-summit" className="about__section">
        <h2 id="about-summit">{t('about.summitTitle')}</h2>
        <dl className="about__facts">
          <div>
            <dt>{t('about.factName')}</dt>
            <dd>
              <LocalText value={hallText.name} />
            </dd>
          </div>
          <div>
            <dt>{t('about.factDate')}</dt>
            <dd>
              <time dateTime={hall.date}>{date}</time>
            </dd>
          </div>
          <div>
            <dt>{t('about.factPlace')}</dt>
            <dd>
              <LocalText value={hallText.place} />
            </dd>
          </div>
          <div>
            <dt>{t('about.factTitle')}</dt>
            <dd lang={lang === SOURCE_LANG ? undefined : SOURCE_LANG}>{hall.title.text}</dd>
          </div>
        </dl>
        <LocalParagraphs value={hallText.intro} />
      </section>

      <section aria-labelledby="about-making" className="about__section">
        <h2 id="about-making">{t('about.makingTitle')}</h2>
        <p>
          <BidiText text={t('about.making1')} lang={lang} />
        </p>
        <p>
          <BidiText text={t('about.making2')} lang={lang} />
        </p>
        <ul className="about__numbers">
          <li>{t('speakers.rooms', { count: counts.rooms })}</li>
          <li>{t('room.count', { count: counts.cards })}</li>
          <li>{t('speakers.count', { count: counts.voices })}</li>
          <li>{t('about.corrections', { count: counts.corrections })}</li>
          <li>{t('about.notes', { count: counts.notes })}</li>
        </ul>
      </section>

      <section aria-labelledby="about-attribution" className="about__section">
        <h2 id="about-attribution">{t('about.attributionTitle')}</h2>
        <p>{t('about.attribution', { count: counts.notCertain })}</p>
        <ul className="about__levels">
          {CONFIDENCE.map((level) => (
            <li key={level} className={`attribution attribution--${level}`}>
              <span className="attribution__level">{t(`attribution.${level}`)}</span>{' '}
              <span>{t(`about.confidence.${level}`)}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-corrections" className="about__section">
        <h2 id="about-corrections">{t('about.correctionsTitle')}</h2>
        <p>
          <BidiText text={t('about.correctionsText')} lang={lang} />
        </p>
        <ul className="about__kinds">
          {KINDS.map((kind) => (
            <li key={kind}>{t(`about.kind.${kind}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-figures" className="about__section">
        <h2 id="about-figures">{t('about.figuresTitle')}</h2>
        <p>
          <BidiText text={t('about.figuresText')} lang={lang} />
        </p>
        <p>
          <Link to={paths.figures.getHref(lang)}>{t('explore.figures.name')}</Link>
        </p>
      </section>

      <section aria-labelledby="about-translations" className="about__section">
        <h2 id="about-translations">{t('about.translationsTitle')}</h2>
        <p>
          <BidiText text={t('about.translationsText')} lang={lang} />
        </p>
        <p>
          <Link to={paths.translations.getHref(lang)}>{t('translation.aboutLink')}</Link>
        </p>
      </section>

      <section aria-labelledby="about-credits" className="about__section">
        <h2 id="about-credits">{t('about.creditsTitle')}</h2>
        <p>
          <BidiText text={t('about.credits')} lang={lang} />
        </p>
        <p>
          <BidiText text={t('about.creditsFonts')} lang={lang} />
        </p>
        <p>
          <BidiText text={t('about.creditsSoftware')} lang={lang} />
        </p>
      </section>

      <section aria-labelledby="about-licence" className="about__section">
        <h2 id="about-licence">{t('about.licenceTitle')}</h2>
        <p>
          <BidiText text={t('about.licenceCode')} lang={lang} />
        </p>
        <p>
          <BidiText text={t('about.licenceQuotes')} lang={lang} />
        </p>
      </section>

      <p>
        <Link className="button" to={paths.hall.getHref(lang)}>
          {t('aboutTranslations.back')}
        </Link>
      </p>
    </article>
  );
}
