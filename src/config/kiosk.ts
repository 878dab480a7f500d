/**
 * Kiosk mode: the same app, started with `/?kiosk` on an unattended touch screen. Settings come
 * from the query (`idle`, `lang`, `tour`) and live for the browser session, so a reload (after a
 * crash, or offline) stays a kiosk. This is state a link cannot carry, named as such. Only where a
 * kiosk is allowed (a loopback address, or the `VITE_KIOSK` deploy setting: see kiosk-session.ts):
 * elsewhere `?kiosk` is ignored and nothing is kept.
 */
import { KIOSK_SETTINGS_KEY, kioskAllowed } from './kiosk-session';
import { SOURCE_LANG, isLang, type Lang } from './languages';

export { KIOSK_SETTINGS_KEY };

export interface KioskSettings {
  /** Seconds without input before the reset warning. */
  idle: number;
  /** The language a reset returns to. */
  lang: Lang;
  /** Seconds each room stays on screen in the attract loop. */
  tour: number;
}

export const KIOSK_DEFAULTS: KioskSettings = { idle: 90, lang: SOURCE_LANG, tour: 12 };
/** Seconds the "still here?" warning lasts: WCAG 2.2.1 asks for at least 20 to extend. */
export const KIOSK_COUNTDOWN = 20;

const ATTRACT_KEY = 'contre-sommet.kiosk.attract';

const bounds = { idle: [3, 86_400], tour: [1, 600] } as const;

/** Reads the kiosk settings of a query string; null when it does not ask for the kiosk. */
export function parseKioskQuery(search: string, warn: (message: string) => void = console.warn): KioskSettings | null {
  const query = new URLSearchParams(search);
  if (!query.has('kiosk')) return null;
  const settings = { ...KIOSK_DEFAULTS };
  for (const name of ['idle', 'tour'] as const) {
    const raw = query.get(name);
    if (raw === null) continue;
    const value = Number(raw);
    const [min, max] = bounds[name];
    if (raw.trim() !== '' && Number.isFinite(value) && value >= min && value <= max) settings[name] = value;
    else warn(`kiosk: ignoring ${name}=${raw} (a number of seconds from ${min} to ${max}); using ${settings[name]}`);
  }
  const lang = query.get('lang');
  if (lang !== null) {
    if (isLang(lang)) settings.lang = lang;
    else warn(`kiosk: ignoring lang=${lang} (not one of the exhibition's languages); using ${settings.lang}`);
  }
  return settings;
}

/**
 * The kiosk a start address asks for (`/?kiosk…`), where a kiosk is allowed; null otherwise (a
 * shared link with `?kiosk` opens the exhibition as for anyone, and says why in the console).
 */
export function kioskFromQuery(
  search: string,
  allowed = kioskAllowed(),
  log: (message: string) => void = console.info,
): KioskSettings | null {
  if (allowed) return parseKioskQuery(search);
  if (new URLSearchParams(search).has('kiosk'))
    log('kiosk: ?kiosk ignored on this address (only on localhost, or in a build made with VITE_KIOSK)');
  return null;
}

function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function startKiosk(settings: KioskSettings): void {
  session()?.setItem(KIOSK_SETTINGS_KEY, JSON.stringify(settings));
  session()?.setItem(ATTRACT_KEY, '1');
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

/** Whether the kiosk should open on its attract loop (at start and after each reset); asked once. */
export function takeAttractFlag(): boolean {
  const flagged = session()?.getItem(ATTRACT_KEY) === '1';
  session()?.removeItem(ATTRACT_KEY);
  return flagged;
}

export function flagAttract(): void {
  session()?.setItem(ATTRACT_KEY, '1');
}
