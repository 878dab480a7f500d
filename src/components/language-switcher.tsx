import { useTranslation } from '@/i18n/react';
import { Link, useLocation } from 'react-router';
import { LANGS, LANG_NAMES } from '@/config/languages';
import { switchLangHref } from '@/config/paths';
import { useLang } from '@/hooks/use-lang';

/** Each language in its own name; switching keeps the visitor in the same room, on the same card. */
export function LanguageSwitcher({ className = 'lang-switcher' }: { className?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname } = useLocation();
  return (
    <nav className={className} aria-label={t('language.label')}>
      <ul>
        {LANGS.map((code) => (
          <li key={code}>
            <Link
              to={switchLangHref(pathname, code)}
              lang={code}
              hrefLang={code}
              aria-current={code === lang ? 'true' : undefined}
              preventScrollReset
            >
              {LANG_NAMES[code]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
