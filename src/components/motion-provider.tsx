import { LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';
import { useReducedMotion } from '@/hooks/use-reduced-motion';

// Layout animations (a card growing from its place) need the larger feature set; it is loaded
// after first paint so the text never waits for it.
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
      {/* Transforms and layout animations are skipped when the visitor asks for less motion. */}
      <MotionConfig reducedMotion={reduced ? 'always' : 'never'}>{children}</MotionConfig>
    </LazyMotion>
  );
}
