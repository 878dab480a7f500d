import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { SOURCE_LANG } from '@/config/languages';
import { paths } from '@/config/paths';
import { useLang } from '@/hooks/use-lang';
import { languagePack } from '@/i18n/language-pack';

/**
 * On every page in a language other than French: the texts are the project's translations
 * (or, where there is none yet, the French original), with the way to the page explaining why.
 * Short on a room, whose quotes come first.
 */
export function TranslationNotice({ short = false }: { short?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (lang === SOURCE_LANG) return null;
  const translated = Boolean(languagePack(lang)?.content);
  return (
    <p className={short ? 'fallback-notice fallback-notice--short' : 'fallback-notice'} role="note">
      <span aria-hidden="true" className="notice-icon" />
      <span>
        {translated ? t(short ? 'translation.pageNoticeShort' : 'translation.pageNotice') : t('content.fallback')}{' '}
        <Link to={paths.translations.getHref(lang)}>{t('translation.aboutLink')}</Link>
      </span>
    </p>
  );
}
