/**
 * Every keyboard shortcut and touch gesture threshold, in one table. The keys a kiosk ignores are
 * in kiosk-shortcuts.ts: a kiosk's only, kept out of the code every visitor downloads.
 */
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
