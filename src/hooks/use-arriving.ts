import { useState } from 'react';
import { useLocation } from 'react-router';
import { useHydrated } from './use-hydrated';
import { useReducedMotion } from './use-reduced-motion';

/** The history entry of the page the app took over (its key), recorded while hydrating it. */
let startingKey: string | undefined;

/**
 * Whether this page was put on screen by a move inside the app: not the prerendered page the app
 * took over (hydrated as it is, and kept whole when it is rendered again at once — less motion
 * asked for changes the frame around it — or reloaded). Decided when the page mounts.
 */
export function useRenderedInApp(): boolean {
  const { key } = useLocation();
  const hydrated = useHydrated();
  const [inApp] = useState(() => {
    if (!hydrated) {
      startingKey = key;
      return false;
    }
    return key !== startingKey;
  });
  return inApp;
}

/**
 * Whether the bubbles of this page come in one after another (the `arriving` class: a CSS
 * animation, run by the compositor, not by script): on a page rendered in the app with motion on.
 * A prerendered page is shown as it is, never faded out and in again.
 */
export function useArriving(): boolean {
  const inApp = useRenderedInApp();
  const reduced = useReducedMotion();
  return inApp && !reduced;
}
