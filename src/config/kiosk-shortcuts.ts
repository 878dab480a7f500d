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
