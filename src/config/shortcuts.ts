/** Every keyboard shortcut and touch gesture threshold, in one table. */
export const SHORTCUTS = {
  previous: ['ArrowLeft'],
  next: ['ArrowRight'],
  close: ['Escape'],
  hall: ['h', 'H'],
  /** On a translated card: show or hide the French original. */
  original: ['o', 'O'],
  /** From any page: the search. */
  search: ['/'],
} as const;

export type ShortcutAction = keyof typeof SHORTCUTS;

export function shortcutFor(key: string): ShortcutAction | undefined {
  return (Object.keys(SHORTCUTS) as ShortcutAction[]).find((action) =>
    (SHORTCUTS[action] as readonly string[]).includes(key),
  );
}

/** A swipe counts when the finger travels this far, mostly sideways, quickly enough. */
export const SWIPE = {
  minDistance: 80,
  /** Horizontal travel must exceed vertical travel by this factor (so scrolling is not a swipe). */
  minRatio: 1.6,
  maxDurationMs: 800,
} as const;

/**
 * Keys a kiosk catches and ignores: the browser's ways out of the exhibition (print, save, open a
 * file, the address bar, the developer tools, back and forward, view source). `mod` is Ctrl, or
 * Cmd on a Mac keyboard.
 */
export const KIOSK_BLOCKED_KEYS = {
  mod: ['p', 's', 'o', 'l', 'u', 'n', 't'],
  alt: ['ArrowLeft', 'ArrowRight', 'Home'],
  /** Devtools: Ctrl+Shift+I, J, C. */
  modShift: ['i', 'j', 'c'],
  alone: ['F12', 'BrowserBack', 'BrowserForward', 'BrowserHome', 'BrowserSearch'],
} as const;

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Whether a kiosk ignores this key press. */
export function blockedInKiosk({ key, ctrlKey, metaKey, altKey, shiftKey }: KeyPress): boolean {
  const lower = key.length === 1 ? key.toLowerCase() : key;
  const among = (keys: readonly string[]) => keys.includes(lower);
  if (among(KIOSK_BLOCKED_KEYS.alone)) return true;
  if ((ctrlKey || metaKey) && shiftKey && among(KIOSK_BLOCKED_KEYS.modShift)) return true;
  if ((ctrlKey || metaKey) && among(KIOSK_BLOCKED_KEYS.mod)) return true;
  return altKey && among(KIOSK_BLOCKED_KEYS.alt);
}
