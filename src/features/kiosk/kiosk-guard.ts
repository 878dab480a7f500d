import { blockedInKiosk } from '@/config/kiosk-shortcuts';

/** The address of a same-origin link, or null for any other target (another site, a new tab, a download). */
function sameTabLink(event: MouseEvent): string | null | undefined {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement)) return undefined;
  const elsewhere = link.matches('[target]:not([target="_self"]), [download]');
  return !elsewhere && new URL(link.href).origin === window.location.origin ? link.href : null;
}

/**
 * On a kiosk, with its layer (code a visitor never downloads; the history is kept from the page's
 * app's start: keepOneHistoryEntry in src/config/kiosk-allowed.ts): nothing leads out of the
 * exhibition. The
 * browser's shortcuts out (print, save, address bar, back…) are caught; a link the app does not
 * handle itself replaces the page instead of adding to the history; links to other sites, to new
 * tabs and downloads are not followed (a kiosk on another site would never reset).
 */
export function guardKiosk(): () => void {
  const catchKey = (event: KeyboardEvent) => {
    if (!blockedInKiosk(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  window.addEventListener('keydown', catchKey, { capture: true });
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
  return () => {
    window.removeEventListener('keydown', catchKey, { capture: true });
    window.removeEventListener('click', follow);
    window.removeEventListener('auxclick', follow);
  };
}
