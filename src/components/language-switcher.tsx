import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link, useLocation, useNavigate } from 'react-router';
import { LANGS, LANG_NAMES } from '@/config/languages';
import { switchLangHref } from '@/config/paths';
import { useHydrated } from '@/hooks/use-hydrated';
import { useLang } from '@/hooks/use-lang';
import { findPlace } from '@/lib/place';

/**
 * Each language in its own name; switching keeps the visitor in the same room, on the same card.
 * On a wide screen the five are in a row; on a phone they are a menu behind one button (a
 * popover, which opens without the app's script), so the header keeps one row. The page in the
 * other language opens where the reader was: the bubble or station nearest the top of the screen
 * stays where it was (src/lib/place.ts), card open or not.
 */
export function LanguageSwitcher({ className = 'lang-switcher' }: { className?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const location = useLocation();
  // The query goes along (a collection's quotes, a search), once the app has the page: the
  // prerendered page has none.
  const here = location.pathname + (useHydrated() ? location.search : '');
  const navigate = useNavigate();
  const menuId = `languages${useId().replace(/[^\w-]/g, '')}`;
  const menu = useRef<HTMLUListElement>(null);
  // A language chosen: the menu closes as the page changes language.
  useEffect(() => {
    const list = menu.current;
    if (list?.matches(':popover-open')) list.hidePopover();
  }, [location.pathname]);
  const links = LANGS.map((code) => (
    <li key={code}>
      <Link
        to={switchLangHref(here, code)}
        lang={code}
        hrefLang={code}
        aria-current={code === lang ? 'true' : undefined}
        preventScrollReset
        onClick={(event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          const place = findPlace();
          void navigate(switchLangHref(here, code), { preventScrollReset: true, state: place && { place } });
        }}
      >
        {LANG_NAMES[code]}
      </Link>
    </li>
  ));
  // Two lists of the same links, one shown at a time (CSS): a closed popover's links cannot take
  // the focus, so the row of a wide screen is not the popover's list shown in place.
  return (
    <nav className={className} aria-label={t('language.label')}>
      <ul className="lang-switcher__row">{links}</ul>
      <button type="button" className="lang-switcher__toggle" popoverTarget={menuId}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="lang-switcher__globe">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9M12 3C9.5 5.6 8.2 8.6 8.2 12s1.3 6.4 3.8 9" />
        </svg>
        <span className="sr-only">{t('language.label')} </span>
        <span lang={lang}>{LANG_NAMES[lang]}</span>
      </button>
      <ul id={menuId} ref={menu} popover="auto" className="lang-switcher__menu">
        {links}
      </ul>
    </nav>
  );
}
