import { useEffect } from 'react';
import { useReducedMotion } from '@/hooks/use-reduced-motion';
import { DRIFT, driftAt } from './drift';

/**
 * Moves the kiosk's static elements along the drift path: sets `--kiosk-drift-x`, `--kiosk-drift-y`
 * and `--kiosk-drift-ease` on <html>, which their CSS turns into a `translate` (kiosk-unattended.css).
 */
export function useDrift(): void {
  const reduced = useReducedMotion();
  useEffect(() => {
    const style = document.documentElement.style;
    let step = 0;
    const move = () => {
      const { x, y } = driftAt(step++);
      style.setProperty('--kiosk-drift-x', `${x}px`);
      style.setProperty('--kiosk-drift-y', `${y}px`);
    };
    style.setProperty('--kiosk-drift-ease', reduced ? '0s' : `${DRIFT.stepMs}ms`);
    const timer = window.setInterval(move, reduced ? DRIFT.reducedStepMs : DRIFT.stepMs);
    return () => {
      window.clearInterval(timer);
      for (const name of ['x', 'y', 'ease']) style.removeProperty(`--kiosk-drift-${name}`);
    };
  }, [reduced]);
}
