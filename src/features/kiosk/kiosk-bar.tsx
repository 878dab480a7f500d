import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link, useParams } from 'react-router';
import { LanguageSwitcher } from '@/components/language-switcher';
import { LocalText } from '@/components/local-text';
import { paths } from '@/config/paths';
import { getRoomSummary, roomNeighbours, roomSummaries } from '@/content/room-index';
import type { RoomSummary } from '@/content/types';
import { useRoomText } from '@/content/use-room-text';
import { setMotionOverride, useReducedMotion } from '@/hooks/use-reduced-motion';
import { useLang } from '@/hooks/use-lang';
import { KioskHelp } from './kiosk-help';

/** The CSS variable that holds the bar's height: the page, the open card and the menus keep clear of it. */
const BAR_BLOCK = '--kiosk-bar-block';

interface KioskBarProps {
  /**
   * The slot for the visitor's collection (a button with its count), filled where the app composes
   * the features (src/app/lang-layout.tsx); nothing is shown while it is empty.
   */
  collection?: ReactNode;
}

/**
 * The kiosk's one persistent bar, along the bottom of the screen: Home, the rooms on either side,
 * language, the collection, help and less motion. The page reserves its height, so it never
 * covers anything; it mirrors in a right-to-left language. Out of reach while a card is open (the
 * card is modal, as the header is then).
 */
export function KioskBar({ collection }: KioskBarProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { roomId, cardId } = useParams();
  const reduced = useReducedMotion();
  const [helpOpen, setHelpOpen] = useState(false);
  const bar = useRef<HTMLElement>(null);
  const helpButton = useRef<HTMLButtonElement>(null);
  const room = getRoomSummary(roomId);
  // In the hall the tour's first room is next; on any other page (search, speakers…) the hall is Home.
  const { previous, next } = room
    ? roomNeighbours(room.id)
    : { previous: undefined, next: roomId ? undefined : roomSummaries[0] };

  useLayoutEffect(() => {
    const element = bar.current;
    const root = document.documentElement;
    if (!element) return;
    const observer = new ResizeObserver(() =>
      root.style.setProperty(BAR_BLOCK, `${element.getBoundingClientRect().height}px`),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(BAR_BLOCK);
    };
  }, []);

  return (
    <>
      <nav ref={bar} className="kiosk-bar" aria-label={t('kioskBar.label')} inert={Boolean(cardId)}>
        <ul className="kiosk-bar__group">
          <li>
            <Link
              className="kiosk-bar__button"
              to={paths.hall.getHref(lang)}
              aria-current={!roomId && !cardId ? 'page' : undefined}
            >
              <svg aria-hidden="true" viewBox="0 0 24 24" className="kiosk-bar__icon">
                <path d="M3 11.5 12 4l9 7.5M5.5 9.5V20h5v-6h3v6h5V9.5" />
              </svg>
              {t('kioskBar.home')}
            </Link>
          </li>
          {previous && (
            <li>
              <RoomLink room={previous} hint={t('room.previous')} direction="previous" />
            </li>
          )}
          {next && (
            <li>
              <RoomLink room={next} hint={t('room.next')} direction="next" />
            </li>
          )}
        </ul>
        <ul className="kiosk-bar__group kiosk-bar__group--tools">
          {/* The collection's place (another part of the app fills it: see the prop). */}
          {collection && <li className="kiosk-bar__collection">{collection}</li>}
          <li>
            <button
              ref={helpButton}
              type="button"
              className="kiosk-bar__button"
              aria-haspopup="dialog"
              onClick={() => setHelpOpen(true)}
            >
              <span className="kiosk-bar__mark" aria-hidden="true">
                ?
              </span>
              {t('kioskBar.help')}
            </button>
          </li>
          <li>
            <button
              type="button"
              className="kiosk-bar__button kiosk-bar__motion"
              aria-pressed={reduced}
              onClick={() => setMotionOverride(reduced ? 'full' : 'reduce')}
            >
              {t('kiosk.lessMotion')}
            </button>
          </li>
          <li>
            <LanguageSwitcher className="lang-switcher lang-switcher--kiosk" />
          </li>
        </ul>
      </nav>
      {helpOpen && <KioskHelp onClose={() => setHelpOpen(false)} opener={helpButton} />}
    </>
  );
}

function RoomLink({ room, hint, direction }: { room: RoomSummary; hint: string; direction: 'previous' | 'next' }) {
  const lang = useLang();
  const roomText = useRoomText();
  const arrow = (
    <span aria-hidden="true" className="kiosk-bar__arrow flip-rtl">
      {direction === 'previous' ? '←' : '→'}
    </span>
  );
  return (
    <Link
      className={`kiosk-bar__button kiosk-bar__room kiosk-bar__room--${direction}`}
      to={paths.room.getHref(lang, room.id)}
    >
      {direction === 'previous' && arrow}
      <span className="kiosk-bar__stack">
        <span className="kiosk-bar__hint">{hint}</span>
        <LocalText className="kiosk-bar__title" value={roomText.title(room)} />
      </span>
      {direction === 'next' && arrow}
    </Link>
  );
}
