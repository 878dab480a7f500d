import { useEffect, useRef } from 'react';
import { usePagePresent } from './use-page-present';
import { shortcutFor, type ShortcutAction } from '@/config/shortcuts';

/** A handler returns false when the key leads nowhere from here (the browser keeps it). */
type Handlers = Partial<Record<ShortcutAction, () => void | boolean>>;

/** Keys typed into a field, or with a modifier, belong to the browser, not to the tour. */
function ignored(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return true;
  const target = event.target;
  return target instanceof Element && Boolean(target.closest('input, textarea, select, [contenteditable="true"]'));
}

/** The handlers of every page and card mounted, empty while they are not present. */
const mounted = new Set<{ current: Handlers }>();
let listening = false;

function onKey(event: KeyboardEvent) {
  if (ignored(event)) return;
  const action = shortcutFor(event.key);
  if (!action) return;
  // The first mounted that takes it; a handler returning false leaves the key to the next one,
  // then to the browser.
  for (const latest of mounted) {
    const handler = latest.current[action];
    if (handler && handler() !== false) {
      event.preventDefault();
      return;
    }
  }
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
}
