/**
 * How a kiosk is recognised before any of the app's code has loaded (src/boot.ts): its address asks
 * for it (`?kiosk`), or this browser session started as one (src/config/kiosk.ts keeps the settings
 * under this key) — and only where a kiosk may run (`kioskAllowed`).
 */
import { isLoopback } from './loopback';
import { blockedInKiosk } from './shortcuts';

export const KIOSK_SETTINGS_KEY = 'contre-sommet.kiosk';

/** The deploy setting: where `?kiosk` is heard besides a loopback address (see `kioskAllowed`). */
const KIOSK_SETTING: string | undefined = import.meta.env.VITE_KIOSK;

/**
 * Whether this address may become a kiosk. A shared link with `?kiosk` must not turn a visitor's
 * tab into one (no cursor, no selection, resets), so only: a loopback address, or a build made
 * with `VITE_KIOSK=allow` (anywhere) or `VITE_KIOSK=host1,host2` (those host names).
 */
export function kioskAllowed(hostname = globalThis.location?.hostname ?? '', setting = KIOSK_SETTING): boolean {
  if (isLoopback(hostname)) return true;
  const allowed = (setting ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  return allowed.includes('allow') || allowed.includes(hostname.toLowerCase());
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

/** The address of a same-origin link, or null for any other target (another site, a new tab, a download). */
function sameTabLink(event: MouseEvent): string | null | undefined {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement)) return undefined;
  const elsewhere = link.matches('[target]:not([target="_self"]), [download]');
  return !elsewhere && new URL(link.href).origin === window.location.origin ? link.href : null;
}

/**
 * On a kiosk, from the page's first script: nothing of a visitor is left in the history, and
 * nothing leads out of the exhibition. The browser's shortcuts out (print, save, address bar,
 * back…) are caught; a link the app does not handle itself replaces the page instead of adding to
 * the history; links to other sites, to new tabs and downloads are not followed (no way back).
 */
export function guardKiosk(): void {
  // Every move of the app (react-router pushes) takes the place of the page shown: Back finds no
  // page of a previous visitor. The app still sees a push (a new page, its focus and scroll).
  const replaceState = window.history.replaceState.bind(window.history);
  window.history.pushState = (data: unknown, unused: string, url?: string | URL | null) =>
    replaceState(data, unused, url);
  window.addEventListener(
    'keydown',
    (event) => {
      if (!blockedInKiosk(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    { capture: true },
  );
  const follow = (event: MouseEvent) => {
    if (event.defaultPrevented) return;
    const href = sameTabLink(event);
    if (href === undefined) return;
    event.preventDefault();
    const plain = event.type === 'click' && event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey);
    if (href && plain) window.location.replace(href);
  };
  // After the app's own handlers (the router's links): only what they left to the browser.
  window.addEventListener('click', follow);
  window.addEventListener('auxclick', follow);
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
