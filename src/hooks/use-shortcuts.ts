import { useEffect, useRef } from 'react';
import { usePagePresent } from './use-page-present';
import { shortcutFor, type ShortcutAction } from '@/config/shortcuts';

type Handlers = Partial<Record<ShortcutAction, () => void>>;

/** Keys typed into a field, or with a modifier, belong to the browser, not to the tour. */
function ignored(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return true;
  const target = event.target as HTMLElement | null;
  return Boolean(target?.closest('input, textarea, select, [contenteditable="true"]'));
}

/**
 * Binds the shortcuts of config/shortcuts.ts while mounted; unbinds them on unmount. A page or a
 * card that is animating out (no longer present) hears nothing: the keys belong to what replaces it.
 * A page's presence is known here (src/app/page-transition.tsx); a card says its own (`present`).
 */
export function useShortcuts(handlers: Handlers, present = true): void {
  const pagePresent = usePagePresent();
  const active = present && pagePresent;
  const latest = useRef<Handlers>(handlers);
  useEffect(() => {
    latest.current = active ? handlers : {};
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (ignored(event)) return;
      const action = shortcutFor(event.key);
      const handler = action && latest.current[action];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
