/**
 * Every motion of the exhibition, in one place. Each variant set has a reduced-motion form
 * that lands straight on the final state: content is never hidden behind an animation.
 */
import type { Transition, Variants } from 'framer-motion';

/** The exhibition's one curve: quick to start, soft to land. */
const curve = [0.22, 1, 0.36, 1] as const;
const ease: Transition['ease'] = [...curve];

/** Going from room to room: the next room slides in from the reading direction. */
export const roomVariants: Variants = {
  initial: { opacity: 0, x: 48 },
  enter: { opacity: 1, x: 0, transition: { duration: 0.45, ease, when: 'beforeChildren' } },
  exit: { opacity: 0, x: -48, transition: { duration: 0.25, ease } },
};

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
export const flightTiming: KeyframeAnimationOptions = { duration: 350, easing: `cubic-bezier(${curve.join(', ')})` };

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
