/**
 * The scroll, beyond what react-router's <ScrollRestoration> does (a new page at its top, a card
 * opened or closed in place with `preventScrollReset`, an address's #fragment, back and forward
 * where the page was left, kept in sessionStorage across a reload):
 * - back and forward: the room coming back is put in place once the one leaving has faded out (the
 *   document shrinks, the browser clamps the scroll), and its voices come in after its header (it
 *   grows again): the page is held where it was left while it settles;
 * - another language opens where the reader was (src/lib/place.ts, src/components/language-switcher.tsx).
 */
import { useLayoutEffect } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { READER_SCROLLS, keepPlace, placeIn } from '@/lib/place';
import { useRestoredScroll } from './app-router';

/** How long a page coming back may take to be put in place and grow to where it was left. */
const RESTORE_WITHIN_MS = 3000;

/**
 * Puts the page back at `y`, and keeps it there while the page settles: each change of the page's
 * height, and each scroll the reader did not make, puts it back at `y`, until the reader scrolls
 * or moves on, or RESTORE_WITHIN_MS.
 */
function scrollOnceThere(y: number): () => void {
  const put = () => {
    if (Math.round(window.scrollY) !== y) window.scrollTo(0, y);
  };
  const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(put) : undefined;
  const timer = setTimeout(() => stop(), RESTORE_WITHIN_MS);
  const stop = () => {
    resized?.disconnect();
    clearTimeout(timer);
    window.removeEventListener('scroll', put);
    for (const type of READER_SCROLLS) window.removeEventListener(type, stop);
  };
  for (const type of READER_SCROLLS) window.addEventListener(type, stop, { passive: true });
  window.addEventListener('scroll', put, { passive: true });
  resized?.observe(document.documentElement);
  put();
  return stop;
}

export function KeepScroll(): null {
  const location = useLocation();
  const action = useNavigationType();
  const restored = useRestoredScroll();
  useLayoutEffect(() => {
    const saved = restored();
    if (action === NavigationType.Pop) return saved === undefined ? undefined : scrollOnceThere(saved);
    const place = placeIn(location.state);
    if (place) return keepPlace(place);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page shown
  }, [location, action]);
  return null;
}
