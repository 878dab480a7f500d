import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { BidiText } from '@/components/bidi-text';
import { PageMeta } from '@/components/page-meta';
import { LANGS, LANG_NAMES, SOURCE_LANG } from '@/config/languages';
import { paths } from '@/config/paths';
import { useLang } from '@/hooks/use-lang';
import { useArrivalFocus } from '@/hooks/use-arrival-focus';

/** Why and how the exhibition is translated: several speakers reject machine translation. */
export function AboutTranslationsPage() {
  const { t } = useTranslation();
  const heading = useArrivalFocus();
  const lang = useLang();
  return (
    <article className="prose-page" aria-labelledby="about-translations-title">
      <PageMeta
        title={t('aboutTranslations.title')}
        description={t('aboutTranslations.why')}
        path={paths.translations.getHref(lang)}
      />
      <h1 id="about-translations-title" ref={heading} tabIndex={-1}>
        {t('aboutTranslations.title')}
      </h1>
      <p className="prose-page__lead">{t('aboutTranslations.intro')}</p>
      <p>
        <BidiText text={t('aboutTranslations.why')} lang={lang} />
      </p>
      <p>
        <BidiText text={t('aboutTranslations.how')} lang={lang} />
      </p>
      <p>
        <BidiText text={t('aboutTranslations.help')} lang={lang} />
      </p>
      <ul className="prose-page__langs">
        {LANGS.filter((code) => code !== SOURCE_LANG).map((code) => (
          <li key={code}>
            <Link to={paths.translations.getHref(code)} lang={code} hrefLang={code}>
              {LANG_NAMES[code]}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link className="button" to={paths.hall.getHref(lang)}>
          {t('aboutTranslations.back')}
        </Link>
      </p>
    </article>
  );
}
