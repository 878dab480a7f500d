import { useEffect, useReducer, useRef } from 'react';
import type { KioskSettings } from '@/config/kiosk';
import { PRESENCE_EVENTS, visitorCameEarly } from '@/config/kiosk-session';
import { initialKioskState, kioskReducer } from './kiosk-machine';

/**
 * Drives the kiosk machine: a one-second tick, and every input resets the idle time. While
 * `asleep` (outside opening hours: the clock screen), the machine stays on the attract loop, which
 * it shows again on waking.
 */
export function useKiosk(settings: KioskSettings, attract: boolean, asleep = false) {
  const [state, dispatch] = useReducer(kioskReducer(settings.idle), attract, initialKioskState);
  const sleeping = useRef(asleep);
  useEffect(() => {
    sleeping.current = asleep;
    if (asleep) dispatch({ type: 'attract' });
  }, [asleep]);
  useEffect(() => {
    const onInput = () => sleeping.current || dispatch({ type: 'input' });
    PRESENCE_EVENTS.forEach((name) => window.addEventListener(name, onInput, { capture: true, passive: true }));
    // A touch after the layer's first render asked about one (its attract flag) and before these
    // listeners: the page's own watcher saw it. Someone is there; no attract loop over them.
    if (visitorCameEarly()) onInput();
    const tick = window.setInterval(() => dispatch({ type: 'tick' }), 1000);
    return () => {
      PRESENCE_EVENTS.forEach((name) => window.removeEventListener(name, onInput, { capture: true }));
      window.clearInterval(tick);
    };
  }, []);
  return { state, wake: () => dispatch({ type: 'input' }) };
}
