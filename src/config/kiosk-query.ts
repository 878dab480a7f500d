/**
 * A kiosk's start (`/?kiosk&idle=…&lang=…&tour=…`) and reset, by code of its own: `/` loads it only
 * when the address asks for a kiosk (and the kiosk's reset with its layer): a visitor never
 * downloads it.
 */
import { KIOSK_DEFAULTS, type KioskSettings } from './kiosk';
import { kioskAllowed } from './kiosk-allowed';
import { KIOSK_SETTINGS_KEY } from './kiosk-session';
import { formatDayMinute, parseDayMinute, parseOpeningHours } from './kiosk-hours';
import { isLang } from './languages';

/** Set at each start and reset: the next page load opens on the attract loop. */
const ATTRACT_KEY = 'contre-sommet.kiosk.attract';

const bounds = { idle: [3, 86_400], tour: [1, 600] } as const;

/** A build setting, for every kiosk of a venue: `VITE_KIOSK_HOURS=09:00-18:00`. The query wins. */
const BUILD_HOURS: string | undefined = import.meta.env.VITE_KIOSK_HOURS;

/** Reads the kiosk settings of a query string; null when it does not ask for the kiosk. */
export function parseKioskQuery(search: string, warn: (message: string) => void = console.warn): KioskSettings | null {
  const query = new URLSearchParams(search);
  if (!query.has('kiosk')) return null;
  const built = BUILD_HOURS ? parseOpeningHours(BUILD_HOURS) : null;
  if (BUILD_HOURS && !built) warn(`kiosk: ignoring VITE_KIOSK_HOURS=${BUILD_HOURS} (as 09:00-18:00); always open`);
  const settings = { ...KIOSK_DEFAULTS, hours: built };
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
  const hours = query.get('hours');
  if (hours !== null) {
    const parsed = hours === 'always' ? null : parseOpeningHours(hours);
    if (parsed || hours === 'always') settings.hours = parsed;
    else
      warn(
        `kiosk: ignoring hours=${hours} (opening and closing times, as 09:00-18:00, or always); ${described(settings.hours)}`,
      );
  }
  const reload = query.get('reload');
  if (reload !== null) {
    const parsed = reload === 'never' ? null : parseDayMinute(reload);
    if (parsed !== null || reload === 'never') settings.reloadAt = parsed;
    else
      warn(
        `kiosk: ignoring reload=${reload} (a time of day, as 04:00, or never); using ${settings.reloadAt === null ? 'never' : formatDayMinute(settings.reloadAt)}`,
      );
  }
  return settings;
}

function described(hours: KioskSettings['hours']): string {
  return hours ? `open ${formatDayMinute(hours.open)}-${formatDayMinute(hours.close)}` : 'always open';
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
  if (new URLSearchParams(search).has('kiosk')) log('kiosk: ?kiosk ignored on this address (docs/kiosk.md)');
  return null;
}

export function startKiosk(settings: KioskSettings): void {
  try {
    sessionStorage.setItem(KIOSK_SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage disabled: a kiosk for this page's life only.
  }
  flagAttract();
}

/** The next page load opens on the attract loop (at a start, and after each reset). */
export function flagAttract(): void {
  try {
    sessionStorage.setItem(ATTRACT_KEY, '1');
  } catch {
    // Storage disabled: no attract loop after the reload.
  }
}

/** Whether the kiosk should open on its attract loop (at start and after each reset); asked once. */
export function takeAttractFlag(): boolean {
  try {
    const flagged = sessionStorage.getItem(ATTRACT_KEY) === '1';
    sessionStorage.removeItem(ATTRACT_KEY);
    return flagged;
  } catch {
    return false;
  }
}
