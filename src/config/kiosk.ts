/**
 * Kiosk mode: the same app, started with `/?kiosk` on an unattended touch screen. Settings come
 * from the query (`idle`, `lang`, `tour`) and live for the browser session, so a reload (after a
 * crash, or offline) stays a kiosk. This is state a link cannot carry, named as such. Only where a
 * kiosk is allowed (a loopback address, or the `VITE_KIOSK` deploy setting: see kiosk-session.ts):
 * elsewhere `?kiosk` is ignored and nothing is kept.
 */
import { kioskAllowed } from './kiosk-allowed';
import type { DayMinute, OpeningHours } from './kiosk-hours';
import { KIOSK_SETTINGS_KEY } from './kiosk-session';
import { SOURCE_LANG, type Lang } from './languages';

export { KIOSK_SETTINGS_KEY };

export interface KioskSettings {
  /** Seconds without input before the reset warning. */
  idle: number;
  /** The language a reset returns to. */
  lang: Lang;
  /** Seconds each room stays on screen in the attract loop. */
  tour: number;
  /** Opening hours: outside them, a dim clock screen. Null: always open. */
  hours: OpeningHours | null;
  /** The time of the nightly reload (minutes since midnight), or null for none. */
  reloadAt: DayMinute | null;
}

export const KIOSK_DEFAULTS: KioskSettings = {
  idle: 90,
  lang: SOURCE_LANG,
  tour: 12,
  // Always open unless set (the query, or the build setting VITE_KIOSK_HOURS: kiosk-query.ts).
  hours: null,
  // 04:00.
  reloadAt: 4 * 60,
};
/** Seconds the "still here?" warning lasts: WCAG 2.2.1 asks for at least 20 to extend. */
export const KIOSK_COUNTDOWN = 20;

function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The kiosk settings of this browser session, or null outside the kiosk. */
export function kioskSettings(): KioskSettings | null {
  if (!kioskAllowed()) return null;
  try {
    const raw = session()?.getItem(KIOSK_SETTINGS_KEY);
    return raw ? { ...KIOSK_DEFAULTS, ...(JSON.parse(raw) as Partial<KioskSettings>) } : null;
  } catch {
    return null;
  }
}
