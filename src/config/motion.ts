/**
 * Every motion of the exhibition, in one place. Each variant set has a reduced-motion form
 * that lands straight on the final state: content is never hidden behind an animation.
 */
import type { Transition, Variants } from 'framer-motion';

/** The exhibition's one curve: quick to start, soft to land. */
const curve = [0.22, 1, 0.36, 1] as const;
const ease: Transition['ease'] = [...curve];
/** The same curve, for Web Animations. */
const easing = `cubic-bezier(${curve.join(', ')})`;

/**
 * Going from room to room: the room shown leaves to the side it is read from, then the next one
 * slides in (Web Animations, src/app/page-transition.tsx: the first render of a page needs no
 * animation library).
 */
export const roomExit: [Keyframe[], KeyframeAnimationOptions] = [
  [
    { opacity: 1, transform: 'none' },
    { opacity: 0.25, transform: 'translateX(-24px)' },
  ],
  { duration: 220, easing, fill: 'forwards' },
];
export const roomEnter: [Keyframe[], KeyframeAnimationOptions] = [
  [
    { opacity: 0.25, transform: 'translateX(24px)' },
    { opacity: 1, transform: 'none' },
  ],
  { duration: 380, easing },
];

/** Bubbles come in one after another, as if the room were filling with voices. */
export const wallVariants: Variants = {
  initial: {},
  enter: { transition: { staggerChildren: 0.045, delayChildren: 0.05 } },
};

export const bubbleVariants: Variants = {
  initial: { opacity: 0, y: 18, scale: 0.96 },
  enter: { opacity: 1, y: 0, scale: 1, transition: { duration: 0.4, ease } },
};

/** The card opening: its bubble grows into the focused view (src/features/cards/use-flight.ts) over a dimmed room. */
export const backdropVariants: Variants = {
  initial: { opacity: 0 },
  enter: { opacity: 1, transition: { duration: 0.25 } },
  exit: { opacity: 0, transition: { duration: 0.2 } },
};

/** The open card's flight out of its bubble and back (Web Animations: it runs on the compositor). */
export const flightTiming: KeyframeAnimationOptions = { duration: 350, easing };

/** Doors of the hall: a slight opening on hover or focus. */
export const doorVariants: Variants = {
  initial: { opacity: 0, y: 24 },
  enter: { opacity: 1, y: 0, transition: { duration: 0.5, ease } },
};

/** The attract loop: one room fades and drifts into the next. */
export const attractVariants: Variants = {
  initial: { opacity: 0, y: 40 },
  enter: { opacity: 1, y: 0, transition: { duration: 0.8, ease } },
  exit: { opacity: 0, y: -40, transition: { duration: 0.5, ease } },
};

const still: Variants = {
  initial: { opacity: 1 },
  enter: { opacity: 1, transition: { duration: 0 } },
  exit: { opacity: 1, transition: { duration: 0 } },
};

/** The variants to use: the given ones, or their reduced-motion form (the final state, at once). */
export function pick(variants: Variants, reduced: boolean | null): Variants {
  return reduced ? still : variants;
}
