import { useEffect, useRef } from 'react';
import { usePagePresent } from './use-page-present';
import { shortcutFor, type ShortcutAction } from '@/config/shortcuts';

type Handlers = Partial<Record<ShortcutAction, () => void>>;

/** Keys typed into a field, or with a modifier, belong to the browser, not to the tour. */
function ignored(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return true;
  const target = event.target;
  return target instanceof Element && Boolean(target.closest('input, textarea, select, [contenteditable="true"]'));
}

/** The handlers of every page and card mounted, empty while they are not present. */
const mounted = new Set<{ current: Handlers }>();
/** Whether one page is giving way to the next (src/app/page-transition.tsx). */
let pageChanging = false;
/** A key pressed while the page was changing, for the next page to answer. */
let waiting: { action: ShortcutAction; at: number } | undefined;
/**
 * How long such a key waits at most: longer than a room change takes on a slow, busy machine;
 * it is dropped anyway once the change is over.
 */
const KEY_WAITS_MS = 5000;
let listening = false;

function onKey(event: KeyboardEvent) {
  if (ignored(event)) return;
  const action = shortcutFor(event.key);
  if (!action) return;
  // The first mounted that answers it (a page, then its card: each has keys of its own).
  const handler = [...mounted].map((latest) => latest.current[action]).find(Boolean);
  if (handler) {
    event.preventDefault();
    handler();
  } else if (pageChanging) {
    // Between two rooms: neither the room leaving nor the next one, not there yet, can answer.
    event.preventDefault();
    waiting = { action, at: performance.now() };
  }
}

/**
 * Called by the page transition as one page starts giving way to the next: from then on, the keys
 * of the tour are kept for the next page (the last one pressed), which answers them once it is
 * there: a second press of → while a room leaves goes one room further, as it would once the room
 * is there.
 */
export function startPageChange(): void {
  pageChanging = true;
}

/** The next page is there and has answered the key kept for it, if it could: no other page will. */
export function endPageChange(): void {
  pageChanging = false;
  waiting = undefined;
}

/**
 * Binds the shortcuts of config/shortcuts.ts while mounted; unbinds them on unmount. A page or a
 * card that is animating out (no longer present) hears nothing: the keys belong to what replaces it.
 * A page's presence is known here (src/app/page-transition.tsx); a card says its own (`present`).
 */
export function useShortcuts(handlers: Handlers, present = true): void {
  const pagePresent = usePagePresent();
  const active = present && pagePresent;
  const latest = useRef<Handlers>({});
  useEffect(() => {
    latest.current = active ? handlers : {};
  });
  useEffect(() => {
    if (!listening) {
      // One listener for the whole app, there between two pages too, when neither is mounted.
      window.addEventListener('keydown', onKey);
      listening = true;
    }
    mounted.add(latest);
    return () => void mounted.delete(latest);
  }, []);
  // Present again, or first mounted: the key pressed while the page changed, if it is this page's.
  useEffect(() => {
    if (!active || !waiting) return;
    const { action, at } = waiting;
    const handler = latest.current[action];
    if (!handler) return;
    waiting = undefined;
    if (performance.now() - at <= KEY_WAITS_MS) handler();
  }, [active]);
}
