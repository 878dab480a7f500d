/**
 * The reader's place on a page, kept across a change of language: the element nearest the top of
 * the screen (a bubble, a station, a heading: ids are the same in every language) and where it
 * was on screen. The same room in another language has other heights (longer or shorter texts):
 * the place is that element, not a scroll offset.
 */
export interface Place {
  id: string;
  /** Its distance from the top of the screen, in CSS px. */
  top: number;
}

/** Candidates, in the order of the page: the bubbles of a room (figures with an id). */
const MARKERS = 'main figure[id]';

/** The first bubble whose bottom is on screen below the sticky header; none at a page's top. */
export function findPlace(): Place | undefined {
  if (window.scrollY < 1) return undefined;
  const below = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  for (const element of document.querySelectorAll<HTMLElement>(MARKERS)) {
    const box = element.getBoundingClientRect();
    if (box.height > 0 && box.bottom > below + 8) return { id: element.id, top: Math.round(box.top) };
  }
  return undefined;
}

/** How long the page, in its new language, may take to be laid out and grow to the place. */
const KEEP_WITHIN_MS = 2000;
/** What a reader does to scroll: any of them ends a scroll the app holds in place. */
export const READER_SCROLLS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Scrolls so that the place's element is where it was on screen, and keeps it there in every
 * frame while the page settles (the new texts laid out, bubbles off screen rendered as they come
 * near, which changes what is above), until the reader scrolls or KEEP_WITHIN_MS.
 */
export function keepPlace(place: Place): () => void {
  let frame = 0;
  const started = performance.now();
  const put = () => {
    const element = document.getElementById(place.id);
    if (element) {
      const y = Math.max(0, Math.round(window.scrollY + element.getBoundingClientRect().top - place.top));
      if (Math.round(window.scrollY) !== y) window.scrollTo(0, y);
    }
    frame = performance.now() - started < KEEP_WITHIN_MS ? requestAnimationFrame(put) : 0;
  };
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of READER_SCROLLS) window.removeEventListener(type, stop);
  };
  for (const type of READER_SCROLLS) window.addEventListener(type, stop, { passive: true });
  put();
  return stop;
}

/** A move's history state that carries a place (see the language switcher). */
export function placeIn(state: unknown): Place | undefined {
  const place = (state as { place?: Place } | null)?.place;
  return place && typeof place.id === 'string' && typeof place.top === 'number' ? place : undefined;
}
