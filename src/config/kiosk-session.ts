/**
 * How a kiosk is recognised before any of the app's code has loaded (src/boot.ts): its address asks
 * for it (`?kiosk`), or this browser session started as one (src/config/kiosk.ts keeps the settings
 * under this key).
 */
export const KIOSK_SETTINGS_KEY = 'contre-sommet.kiosk';

export function kioskRequested(search = window.location.search): boolean {
  if (new URLSearchParams(search).has('kiosk')) return true;
  try {
    return globalThis.sessionStorage?.getItem(KIOSK_SETTINGS_KEY) != null;
  } catch {
    return false;
  }
}
