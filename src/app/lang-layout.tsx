import { useReducedMotion } from '@/hooks/use-reduced-motion';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { I18nProvider, useTranslation } from '@/i18n/react';
import { Link, Outlet, useNavigate, useOutlet, useParams } from 'react-router';
import { LANG_DIR, rememberLang, type Lang } from '@/config/languages';
import { paths } from '@/config/paths';
import { BidiText } from '@/components/bidi-text';
import { KeepIcon } from '@/components/keep-icon';
import { LanguageSwitcher } from '@/components/language-switcher';
import { useNavigationPending } from './app-router';
import { PageTransition } from './page-transition';
import { usePagePresent } from '@/hooks/use-page-present';
import type { KioskSettings } from '@/config/kiosk';
import type { KioskLayer } from '@/features/kiosk/kiosk-layer';
import { useKioskMode } from '@/hooks/use-kiosk-mode';
import { applyPendingUpdate } from './service-worker';
import { useLang } from '@/hooks/use-lang';
import { useShortcuts } from '@/hooks/use-shortcuts';
import { useTourKeys } from '@/hooks/use-tour';
import { i18nFor } from '@/i18n/instances';
import { useCollectionCount } from '@/lib/collection';
import { retryOnce } from '@/lib/retry';

/** The page around every room: language, header, transitions between rooms. */
export function LangLayout() {
  const lang = useLang();
  return (
    <I18nProvider i18n={i18nFor(lang)}>
      <Frame lang={lang} />
    </I18nProvider>
  );
}

function Frame({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { roomId, cardId } = useParams();
  const reduced = useReducedMotion();
  const kiosk = useKioskMode();
  const pending = useNavigationPending();
  const navigate = useNavigate();
  const searchHref = paths.search.getHref(lang);
  // `/` opens the search from any page (not over an open card, whose keys are its own).
  useShortcuts({ search: cardId ? undefined : () => void navigate(searchHref, { state: { typeAtOnce: true } }) });
  // ← → Escape and h, from room to room and card to card (src/lib/tour.ts).
  useTourKeys();
  const shownPage = roomId ?? 'hall';

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = LANG_DIR[lang];
    rememberLang(lang);
  }, [lang]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      {/* While a card is open, only the card can be reached. On a kiosk, only the exhibition's name:
          its bar (src/features/kiosk/kiosk-bar.tsx) does the rest, and a touch screen has no keyboard
          to search with. */}
      <header className="site-header" inert={Boolean(cardId)}>
        {kiosk ? (
          <p className="site-header__home">
            <span className="site-header__mark" aria-hidden="true">
              ❝
            </span>
            <span>{t('layout.siteName')}</span>
          </p>
        ) : (
          <>
            <Link className="site-header__home" to={paths.hall.getHref(lang)}>
              <span className="site-header__mark" aria-hidden="true">
                ❝
              </span>
              <span>{t('layout.siteName')}</span>
            </Link>
            <Link className="site-header__search" to={searchHref} state={{ typeAtOnce: true }}>
              <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
                <circle cx="10.5" cy="10.5" r="6.5" />
                <path d="m15.5 15.5 5 5" />
              </svg>
              <span className="site-header__search-label">{t('layout.search')}</span>
            </Link>
            <CollectionLink lang={lang} />
            <LanguageSwitcher />
          </>
        )}
      </header>
      {/* A bar along the top for a move that waits (its page's quotes, code or language on their way). */}
      {pending && <div className="app-waiting" aria-hidden="true" />}
      <main id="main" tabIndex={-1} className="site-main" aria-busy={pending || undefined}>
        {reduced ? (
          // Less motion asked for: the next room is simply there.
          <div className="page">
            <Outlet />
          </div>
        ) : (
          <PageTransition page={shownPage}>{() => <PresenceOutlet />}</PageTransition>
        )}
      </main>
      <footer className="site-footer" inert={Boolean(cardId)}>
        <p>
          <BidiText text={t('layout.footer')} lang={lang} />
        </p>
      </footer>
      {kiosk && <Kiosk settings={kiosk} collection={<KioskCollectionLink lang={lang} />} />}
    </>
  );
}

/** The visitor's kept quotes, once there is one: the words on a wide screen, the sign and the count on a phone. */
function CollectionLink({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const count = useCollectionCount();
  if (count === 0) return null;
  return (
    <Link
      className="site-header__collection"
      to={paths.collection.getHref(lang)}
      aria-label={t('collection.linkLabel', { count })}
    >
      <KeepIcon filled size={22} />
      <span className="site-header__collection-label">{t('collection.link')}</span>
      <span className="site-header__count">{count}</span>
    </Link>
  );
}

/** The kiosk bar's way to the visitor's collection: always there, so that a visitor learns of it. */
function KioskCollectionLink({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const count = useCollectionCount();
  return (
    <Link
      className="kiosk-bar__button"
      to={paths.collection.getHref(lang)}
      aria-label={t('collection.linkLabel', { count })}
    >
      <KeepIcon filled={count > 0} size={28} />
      {t('collection.link')}
      <span className="kiosk-bar__count" aria-hidden="true">
        {count}
      </span>
    </Link>
  );
}

/**
 * The kiosk's layer, its code loaded only on a kiosk (a visitor's phone never downloads it), in
 * an effect, and shown once it is there. `collection`: the visitor's collection button (with its
 * count) for the kiosk bar's slot, composed here as features meet only in src/app.
 */
function Kiosk({ settings, collection }: { settings: KioskSettings; collection?: ReactNode }) {
  const [Layer, setLayer] = useState<typeof KioskLayer>();
  const [failure, setFailure] = useState<Error>();
  useEffect(() => {
    let live = true;
    retryOnce(() => import('@/features/kiosk/kiosk-layer')).then(
      (module) => live && setLayer(() => module.KioskLayer),
      (error: unknown) =>
        live &&
        setFailure(error instanceof Error ? error : new Error('The kiosk could not be loaded', { cause: error })),
    );
    return () => {
      live = false;
    };
  }, []);
  // Its code could not be had, twice (a network down since the first visit): the route's error
  // page, which on a kiosk is the calm restart screen.
  if (failure) throw failure;
  return Layer ? <Layer settings={settings} beforeReload={applyPendingUpdate} collection={collection} /> : null;
}

/**
 * The outlet, frozen while its page is leaving: the room that exits keeps showing itself, not
 * the room that replaces it. While present it follows the URL (a card opening in the same room).
 */
function PresenceOutlet() {
  const outlet = useOutlet();
  const present = usePagePresent();
  const kept = useRef(outlet);
  // eslint-disable-next-line react-hooks/refs -- deliberate: keep the last outlet seen while present
  if (present) kept.current = outlet;
  // eslint-disable-next-line react-hooks/refs -- see above
  return kept.current;
}
