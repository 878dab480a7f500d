import { isLoopback } from './loopback';

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
export function kioskAllowed(hostname = globalThis.location?.hostname ?? ''): boolean {
  return isLoopback(hostname) || (KIOSK_SETTING !== undefined && settingAllows(hostname, KIOSK_SETTING));
}

/**
 * On a kiosk, before the router's first move: every move of the app (react-router pushes) takes
 * the place of the page shown, so Back finds no page of a previous visitor, and after a reset the
 * history holds the hall alone. The app still sees a push (a new page, its focus and scroll).
 * The rest of the kiosk's guard (keys, links) comes with its layer: src/features/kiosk/kiosk-guard.ts.
 */
export function keepOneHistoryEntry(): void {
  // replaceState does what pushState was asked.
  const replace = window.history.replaceState.bind(window.history);
  window.history.pushState = replace;
}
