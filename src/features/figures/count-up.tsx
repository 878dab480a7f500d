import { animate, m, useMotionValue, useTransform, type AnimationPlaybackControls } from 'framer-motion';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { LANG_LOCALE } from '@/config/languages';
import { useHydrated } from '@/hooks/use-hydrated';
import { useLang } from '@/hooks/use-lang';
import { useReducedMotion } from '@/hooks/use-reduced-motion';
import { formatQuantity, type Quantity } from './figures';

const ease = [0.22, 1, 0.36, 1] as const;

/**
 * A figure, large, counting up from zero the first time it comes into view. The prerendered page
 * and a visitor who asked for less motion get the figure as said, at once; a figure already in
 * view when the page is taken over keeps it; printing always shows it. The number is written out
 * once more for screen readers, who should not hear it count.
 */
export function CountUp({ quantity, className }: { quantity: Quantity; className?: string }) {
  const lang = useLang();
  const locale = LANG_LOCALE[lang];
  const reduced = useReducedMotion();
  const hydrated = useHydrated();
  // Mounted after the page was taken over (a visit within the app), not while it was hydrated.
  const [fresh] = useState(hydrated);
  const element = useRef<HTMLSpanElement>(null);
  const progress = useMotionValue(1);
  const text = useTransform(progress, (p) => formatQuantity(quantity, locale, p));

  // Arriving within the app: start from zero before the first paint.
  useLayoutEffect(() => {
    if (fresh && !reduced) progress.set(0);
  }, [fresh, reduced, progress]);

  useEffect(() => {
    const el = element.current;
    if (reduced || !el || typeof IntersectionObserver === 'undefined') {
      progress.set(1);
      return;
    }
    let controls: AnimationPlaybackControls | undefined;
    let first = true;
    const observer = new IntersectionObserver(
      ([entry]) => {
        const inView = entry?.isIntersecting ?? false;
        if (first) {
          first = false;
          // Already read when the page was taken over: leave it as it is.
          if (inView && !fresh) return observer.disconnect();
          if (!inView) progress.set(0);
        }
        if (inView) {
          observer.disconnect();
          controls = animate(progress, 1, { duration: 1.4, ease });
        }
      },
      { threshold: 0.5 },
    );
    observer.observe(el);
    const done = () => {
      controls?.stop();
      progress.set(1);
    };
    window.addEventListener('beforeprint', done);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', done);
      done();
    };
  }, [reduced, fresh, progress]);

  return (
    <span className={className}>
      <m.span ref={element} aria-hidden="true" className="count-up">
        {text}
      </m.span>
      <span className="sr-only">{formatQuantity(quantity, locale)}</span>
    </span>
  );
}
