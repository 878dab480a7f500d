import { LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';
import { useReducedMotion } from '@/hooks/use-reduced-motion';

// framer-motion's animation features (variants, exits, gestures) are loaded after first paint, so
// the text never waits for them. No layout animation: the open card's flight is measured by hand.
// A page left while they are on their way aborts the request: that is no error, the page is gone.
let leaving = false;
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => (leaving = true));
  window.addEventListener('pageshow', () => (leaving = false));
}
const loadFeatures = () =>
  import('./motion-features').then(
    (module) => module.default,
    (error: unknown) => {
      if (leaving) return new Promise<never>(() => {});
      throw error;
    },
  );

export function MotionProvider({ children }: { children: ReactNode }) {
  const reduced = useReducedMotion();
  return (
    <LazyMotion features={loadFeatures} strict>
      {/* Transforms are skipped when the visitor asks for less motion. */}
      <MotionConfig reducedMotion={reduced ? 'always' : 'never'}>{children}</MotionConfig>
    </LazyMotion>
  );
}
