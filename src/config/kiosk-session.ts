/**
 * How a kiosk is recognised before any of the app's code has loaded (src/boot.ts): its address asks
 * for it (`?kiosk`), or this browser session started as one (src/config/kiosk.ts keeps the settings
 * under this key) — and only where a kiosk may run (`kioskAllowed`).
 */
import { isLoopback } from './loopback';

export const KIOSK_SETTINGS_KEY = 'contre-sommet.kiosk';

/** The deploy setting: where `?kiosk` is heard besides a loopback address (see `kioskAllowed`). */
const KIOSK_SETTING: string | undefined = import.meta.env.VITE_KIOSK;

/** Whether the deploy setting VITE_KIOSK (`allow`, or host names) lets `hostname` be a kiosk. */
export function settingAllows(hostname: string, setting: string): boolean {
  const hosts = setting.toLowerCase().split(/\s*,\s*/);
  return hosts.includes('allow') || hosts.includes(hostname.toLowerCase());
}

/**
 * Whether this address may become a kiosk. A shared link with `?kiosk` must not turn a visitor's
 * tab into one (no cursor, no selection, resets), so only: a loopback address, or a build made
 * with `VITE_KIOSK=allow` (anywhere) or `VITE_KIOSK=host1,host2` (those host names). Without the
 * setting, the check is the loopback one alone (the rest is left out of the build).
 */
export function kioskAllowed(hostname = location.hostname): boolean {
  return isLoopback(hostname) || (KIOSK_SETTING !== undefined && settingAllows(hostname, KIOSK_SETTING));
}

export function kioskRequested(search = window.location.search): boolean {
  if (!kioskAllowed()) return false;
  if (new URLSearchParams(search).has('kiosk')) return true;
  try {
    return globalThis.sessionStorage?.getItem(KIOSK_SETTINGS_KEY) != null;
  } catch {
    return false;
  }
}

/**
 * On a kiosk, from the page's first script: every move of the app (react-router pushes) takes the
 * place of the page shown, so Back finds no page of a previous visitor, and after a reset the
 * history holds the hall alone. The app still sees a push (a new page, its focus and scroll).
 * The rest of the kiosk's guard (keys, links) comes with its layer: src/features/kiosk/kiosk-guard.ts.
 */
export function keepOneHistoryEntry(): void {
  // Called on `history`, replaceState does what pushState was asked.
  window.history.pushState = window.history.replaceState;
}

/** What counts as someone being there, for the kiosk: before its layer is up, and after. */
export const PRESENCE_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** The attribute on <html> that says a visitor touched the kiosk before its layer was up. */
const EARLY_VISITOR = 'visitorCameEarly';

/**
 * On a kiosk, from the page's first script: a touch or a key before the kiosk's layer is up (the
 * second or two after each start) means someone is there; the attract loop must not then come
 * over the page they are using.
 */
export function watchForEarlyVisitor(): void {
  const mark = () => {
    document.documentElement.dataset[EARLY_VISITOR] = 'true';
    for (const type of PRESENCE_EVENTS) window.removeEventListener(type, mark, true);
  };
  for (const type of PRESENCE_EVENTS) window.addEventListener(type, mark, { capture: true, passive: true });
}

export function visitorCameEarly(): boolean {
  return document.documentElement.dataset[EARLY_VISITOR] === 'true';
}
