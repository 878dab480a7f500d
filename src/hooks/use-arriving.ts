import { useState } from 'react';
import { useLocation } from 'react-router';
import { useReducedMotion } from './use-reduced-motion';

/**
 * Whether this page was put on screen by a move inside the app: not the prerendered page a visit
 * starts on (its history entry's key is "default"), which the app takes over as it is — even when
 * it renders it again at once (less motion asked for changes the frame around it). Decided when
 * the page mounts.
 */
export function useRenderedInApp(): boolean {
  const { key } = useLocation();
  const [inApp] = useState(key !== 'default');
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
