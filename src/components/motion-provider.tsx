import { LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';

// Layout animations (a card growing from its place) need the larger feature set; it is loaded
// after first paint so the text never waits for it.
const loadFeatures = () => import('./motion-features').then((module) => module.default);

export function MotionProvider({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={loadFeatures} strict>
      {/* "user": transforms and layout animations are skipped when the visitor asks for less motion. */}
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  );
}
