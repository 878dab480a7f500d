/**
 * How a kiosk is recognised before its layer has loaded (src/main.tsx): its address asks for it
 * (`?kiosk`), or this browser session started as one (src/config/kiosk.ts keeps the settings under
 * this key). Whether it may be one here is the app's to say (src/config/kiosk-allowed.ts): until
 * then, such a page only notes an early touch.
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
