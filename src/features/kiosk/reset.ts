import type { KioskSettings } from '@/config/kiosk';
import { flagAttract } from '@/config/kiosk-query';
import { KIOSK_SETTINGS_KEY } from '@/config/kiosk-session';
import { paths } from '@/config/paths';
import { PAGES_CACHE, withBase } from '@/config/site';
import { setMotionOverride } from '@/hooks/use-reduced-motion';
import type { Lang } from '@/config/languages';
import { recordReset, type ResetReason } from './last-reset';
import { clearCollection } from '@/lib/collection';

/**
 * No trace of the previous visitor: what they typed, what the browser kept of their visit (every
 * stored item but the kiosk's own settings, the pages cached with their query, such as a search),
 * the quotes they kept, their language and motion choices are forgotten; a waiting new version
 * takes over, and the page is loaded afresh on the hall of the default language (replacing the current history entry,
 * the only one: see guardKiosk), opening on the attract loop.
 */
export async function resetKiosk(
  settings: KioskSettings,
  beforeReload: () => Promise<void>,
  reason: ResetReason = 'idle',
): Promise<void> {
  for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))
    field.value = '';
  forgetStorage();
  recordReset(reason);
  clearCollection();
  setMotionOverride(null);
  flagAttract();
  await forgetCachedQueries().catch(() => undefined);
  await beforeReload().catch(() => undefined);
  window.scrollTo(0, 0);
  window.location.replace(withBase(paths.hall.getHref(settings.lang)));
}

/** Everything of this origin's storage but the kiosk's own keys (its settings, its attract flag). */
export function forgetStorage(): void {
  try {
    localStorage.clear();
    for (const key of Object.keys(sessionStorage))
      if (!key.startsWith(KIOSK_SETTINGS_KEY)) sessionStorage.removeItem(key);
  } catch {
    // Storage disabled: nothing was remembered.
  }
}

/** Pages the service worker kept with a query (a search, a tracking parameter): dropped. */
export async function forgetCachedQueries(): Promise<void> {
  if (!('caches' in globalThis) || !(await caches.has(PAGES_CACHE))) return;
  const cache = await caches.open(PAGES_CACHE);
  const requests = await cache.keys();
  await Promise.all(requests.filter((request) => new URL(request.url).search).map((request) => cache.delete(request)));
}

/**
 * Staff's way out of kiosk mode: the kiosk's settings (and its other keys) leave this browser
 * session, and the hall loads as the website anyone sees.
 */
export function leaveKiosk(lang: Lang): void {
  try {
    for (const key of Object.keys(sessionStorage))
      if (key.startsWith(KIOSK_SETTINGS_KEY)) sessionStorage.removeItem(key);
  } catch {
    // Storage disabled: the settings lived in this page only.
  }
  window.location.replace(withBase(paths.hall.getHref(lang)));
}
