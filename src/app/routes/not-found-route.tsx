import { createContext, useContext } from 'react';
import { I18nProvider, useTranslation } from '@/i18n/react';
import { Link, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { getRoomSummary, roomSummaries } from '@/content/room-index';
import { LocalText } from '@/components/local-text';
import { PageMeta } from '@/components/page-meta';
import { useRoomText } from '@/content/use-room-text';
import { kioskSettings } from '@/config/kiosk';
import { RestartScreen } from '@/components/restart-screen';
import { useLang } from '@/hooks/use-lang';
import { i18nFor } from '@/i18n/instances';
import { useArrivalFocus } from '@/hooks/use-arrival-focus';

/** Told the HTTP status of the page rendered: the prerenderer listens (src/entry-server.tsx). */
export const RenderStatus = createContext<((code: number) => void) | null>(null);

/** A page that broke (its code or quotes could not be had, twice): says so, offers to try again. */
export function RouteError() {
  const lang = useLang();
  return (
    <I18nProvider i18n={i18nFor(lang)}>{kioskSettings() ? <RestartScreen /> : <NotFound kind="broken" />}</I18nProvider>
  );
}

/**
 * A place that does not exist (an unknown language, room, card or speaker, a path too deep): the
 * not-found page, not an error.
 */
export function NotFoundRoute() {
  const lang = useLang();
  return (
    <I18nProvider i18n={i18nFor(lang)}>
      <NotFound kind="missing" />
    </I18nProvider>
  );
}

/** "Salle introuvable": says what was not found and offers every way back. */
function NotFound({ kind }: { kind: 'missing' | 'broken' }) {
  useContext(RenderStatus)?.(kind === 'missing' ? 404 : 500);
  const { t } = useTranslation();
  const heading = useArrivalFocus();
  const lang = useLang();
  const roomText = useRoomText();
  const { roomId, cardId } = useParams();
  const room = getRoomSummary(roomId);
  const cardMissing = kind === 'missing' && room !== undefined && cardId !== undefined;
  const title =
    kind === 'broken' ? t('notFound.brokenTitle') : cardMissing ? t('notFound.cardTitle') : t('notFound.roomTitle');
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <PageMeta title={title} description={t('notFound.roomBody')} path={paths.hall.getHref(lang)} noindex />
      <p className="not-found__code" aria-hidden="true">
        {kind === 'broken' ? '!' : '404'}
      </p>
      <h1 id="not-found-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p>
        {kind === 'broken' ? t('notFound.brokenBody') : cardMissing ? t('notFound.cardBody') : t('notFound.roomBody')}
      </p>
      <ul className="not-found__ways">
        {kind === 'broken' && (
          <li>
            {/* A page whose code failed to arrive (network down, new version deployed): ask again. */}
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              {t('notFound.retry')}
            </button>
          </li>
        )}
        {cardMissing && room && (
          <li>
            <Link className="button button--primary" to={paths.room.getHref(lang, room.id)}>
              {t('notFound.backToRoom')} <LocalText value={roomText.title(room)} />
            </Link>
          </li>
        )}
        <li>
          <Link
            className={cardMissing || kind === 'broken' ? 'button' : 'button button--primary'}
            to={paths.hall.getHref(lang)}
          >
            {t('notFound.backToHall')}
          </Link>
        </li>
      </ul>
      {!cardMissing && (
        <nav aria-label={t('notFound.roomsLabel')}>
          <ul className="not-found__rooms">
            {roomSummaries.map((r) => (
              <li key={r.id}>
                <Link to={paths.room.getHref(lang, r.id)}>
                  <LocalText value={roomText.title(r)} />
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
