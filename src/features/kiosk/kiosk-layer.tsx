import { create } from 'qrcode';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { LANGS, isLang } from '@/config/languages';
import type { KioskSettings } from '@/config/kiosk';
import { takeAttractFlag } from '@/config/kiosk-query';
import { visitorCameEarly } from '@/config/kiosk-session';
import { loadAllRooms } from '@/content/room-content';
import type { LoadedRoom } from '@/content/types';
import { addFrenchStrings } from '@/i18n/create-i18n';
import { loadLanguagePack } from '@/i18n/language-pack';
import { kioskBar } from '@/i18n/locales/fr.json';
import { registerQrEncoder } from '@/lib/qr';
import { AttractLoop } from './attract-loop';
import { KioskBar } from './kiosk-bar';
import { ClockScreen } from './clock-screen';
import { guardKiosk } from './kiosk-guard';
import type { ResetReason } from './last-reset';
import { leaveKiosk, resetKiosk } from './reset';
import { StaffCorner } from './staff-corner';
import { STAFF_PIN } from './staff-pin';
import { StaffScreen } from './staff-screen';
import { useDrift } from './use-drift';
import { useKiosk } from './use-kiosk';
import { useSchedule } from './use-schedule';
import './kiosk.css';
import './kiosk-unattended.css';

// For `/` (src/app/router.tsx), which starts a kiosk: in this chunk, whose name the app's code
// already holds (a chunk of its own would add its name to every visitor's download).
export { kioskFromQuery, startKiosk } from '@/config/kiosk-query';

// The bar's French strings come with this chunk, not with every visitor's app.
addFrenchStrings({ kioskBar });

// The QR encoder comes with this chunk: a room's or a card's QR code is drawn with its page, in
// the same frame (src/lib/qr.ts).
registerQrEncoder((value) => {
  const { modules } = create(value, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (x, y) => Boolean(modules.get(y, x)) };
});

/** Checks that the app still shows a page; after this many failed checks, it reloads. */
const WATCHDOG = { everyMs: 5000, strikes: 3 } as const;

interface KioskLayerProps {
  settings: KioskSettings;
  /** Run just before the reset reloads the page (lets a new version take over). */
  beforeReload: () => Promise<void>;
  /** The visitor's collection in the kiosk bar (a button with its count): see KioskBar. */
  collection?: ReactNode;
}

/** Everything the unattended screen adds: the kiosk bar, attract loop, idle warning and reset, staff screen. */
export function KioskLayer({ settings, beforeReload, collection }: KioskLayerProps) {
  const { t, i18n } = useTranslation();
  // Asked once per page load: open on the attract loop at start and after each reset, unless
  // someone touched the screen before the layer was up (no attract loop over them).
  const [attract] = useState(() => takeAttractFlag() && !visitorCameEarly());
  // One reset at a time: the idle one, staff's, or the nightly reload's.
  const resetting = useRef(false);
  const reset = useCallback(
    (reason: ResetReason) => {
      if (resetting.current) return;
      resetting.current = true;
      void resetKiosk(settings, beforeReload, reason);
    },
    [settings, beforeReload],
  );
  // Whether nobody is using the screen (the attract loop): the nightly reload waits for it.
  const unattended = useRef(attract);
  const nightly = useCallback(() => reset('nightly'), [reset]);
  const { asleep } = useSchedule(settings, unattended, nightly);
  const { state, wake } = useKiosk(settings, attract, asleep);
  const [staff, setStaff] = useState(false);
  // The idle warning (and the reset after it) closes the staff screen: no kiosk is left on it.
  if (staff && (state.phase === 'warning' || state.phase === 'reset')) setStaff(false);
  useDrift();
  // Every language and every room's quotes, at hand before the attract loop shows them.
  const [content, setContent] = useState<readonly LoadedRoom[]>();
  const stay = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Every language (the invitation speaks them all) and every room at hand: the network may be
    // down later.
    void Promise.all([Promise.all(LANGS.map(loadLanguagePack)), loadAllRooms()]).then(([, all]) => setContent(all));
    const root = document.documentElement;
    root.classList.add('kiosk');
    const noMenu = (event: Event) => event.preventDefault();
    window.addEventListener('contextmenu', noMenu);
    const unguard = guardKiosk();
    let strikes = 0;
    const watchdog = window.setInterval(() => {
      const alive = document.querySelector('main, .restart') && document.body.innerText.trim().length > 0;
      strikes = alive ? 0 : strikes + 1;
      if (strikes >= WATCHDOG.strikes) window.location.reload();
    }, WATCHDOG.everyMs);
    return () => {
      root.classList.remove('kiosk');
      window.removeEventListener('contextmenu', noMenu);
      unguard();
      window.clearInterval(watchdog);
    };
  }, []);

  useEffect(() => {
    unattended.current = state.phase === 'attract';
    if (state.phase === 'reset') reset('idle');
    if (state.phase === 'warning') stay.current?.focus();
  }, [state.phase, reset]);

  return (
    <>
      {asleep && settings.hours && content ? (
        <ClockScreen hours={settings.hours} />
      ) : (
        state.phase === 'attract' &&
        content && <AttractLoop rooms={content} secondsPerRoom={settings.tour} onWake={wake} />
      )}
      {(state.phase === 'warning' || state.phase === 'reset') && (
        <div
          className="idle-warning"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby="idle-title"
          aria-describedby="idle-count"
        >
          <div className="idle-warning__panel">
            <p id="idle-title" className="idle-warning__title">
              {t('kiosk.stillThere')}
            </p>
            <p id="idle-count" className="idle-warning__count">
              {t('kiosk.restartIn', { count: state.countdown })}
            </p>
            <button ref={stay} type="button" className="button button--primary button--huge" onClick={wake}>
              {t('kiosk.stay')}
            </button>
          </div>
        </div>
      )}
      <KioskBar collection={collection} />
      {STAFF_PIN !== null && <StaffCorner onLongPress={() => setStaff(true)} />}
      {staff && (
        <StaffScreen
          settings={settings}
          onClose={() => setStaff(false)}
          onRestart={() => reset('staff')}
          onLeave={() => leaveKiosk(isLang(i18n.language) ? i18n.language : settings.lang)}
        />
      )}
    </>
  );
}
