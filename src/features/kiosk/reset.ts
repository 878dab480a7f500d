import { LANG_STORAGE_KEY } from '@/config/languages';
import { flagAttract, type KioskSettings } from '@/config/kiosk';
import { paths } from '@/config/paths';
import { withBase } from '@/config/site';
import { setMotionOverride } from '@/hooks/use-reduced-motion';

/**
 * No trace of the previous visitor: their language and motion choices are forgotten, a waiting
 * new version takes over, and the page is loaded afresh on the hall of the default language
 * (replacing the current history entry), opening on the attract loop.
 */
export async function resetKiosk(settings: KioskSettings, beforeReload: () => Promise<void>): Promise<void> {
  try {
    localStorage.removeItem(LANG_STORAGE_KEY);
  } catch {
    // Storage disabled: nothing was remembered.
  }
  setMotionOverride(null);
  flagAttract();
  await beforeReload().catch(() => undefined);
  window.scrollTo(0, 0);
  window.location.replace(withBase(paths.hall.getHref(settings.lang)));
}
