import { useEffect, useReducer } from 'react';
import type { KioskSettings } from '@/config/kiosk';
import { PRESENCE_EVENTS } from '@/config/kiosk-session';
import { initialKioskState, kioskReducer } from './kiosk-machine';

/** Drives the kiosk machine: a one-second tick, and every input resets the idle time. */
export function useKiosk(settings: KioskSettings, attract: boolean) {
  const [state, dispatch] = useReducer(kioskReducer(settings.idle), attract, initialKioskState);
  useEffect(() => {
    const onInput = () => dispatch({ type: 'input' });
    PRESENCE_EVENTS.forEach((name) => window.addEventListener(name, onInput, { capture: true, passive: true }));
    const tick = window.setInterval(() => dispatch({ type: 'tick' }), 1000);
    return () => {
      PRESENCE_EVENTS.forEach((name) => window.removeEventListener(name, onInput, { capture: true }));
      window.clearInterval(tick);
    };
  }, []);
  return { state, wake: () => dispatch({ type: 'input' }) };
}
