import { useEffect, useState, type RefObject } from 'react';
import type { KioskSettings } from '@/config/kiosk';
import { isOpen, nextDayMinute, nightlyReloadDue } from '@/config/kiosk-hours';

/** How often the kiosk looks at its clock: opening and the nightly reload come within this. */
const CHECK_MS = 10_000;

/**
 * The kiosk's clock: whether it is within opening hours (`asleep` outside them), and the nightly
 * reload, due at the first `reloadAt` after this page's load, run (by `onNightly`) once nobody is
 * using the screen.
 */
export function useSchedule(
  { hours, reloadAt }: KioskSettings,
  unattended: RefObject<boolean>,
  onNightly: () => void,
): { asleep: boolean } {
  const [asleep, setAsleep] = useState(() => !isOpen(new Date(), hours));
  const [due] = useState(() => (reloadAt === null ? null : nextDayMinute(new Date(), reloadAt)));
  useEffect(() => {
    const check = () => {
      const now = new Date();
      const closed = !isOpen(now, hours);
      setAsleep(closed);
      if (nightlyReloadDue(now, due, unattended.current || closed)) onNightly();
    };
    const timer = window.setInterval(check, CHECK_MS);
    return () => window.clearInterval(timer);
  }, [hours, due, unattended, onNightly]);
  return { asleep };
}
