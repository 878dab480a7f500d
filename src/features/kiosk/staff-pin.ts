import { KIOSK_SETTINGS_KEY } from '@/config/kiosk-session';

/**
 * The staff screen's PIN: typed on the kiosk's keypad, checked against the build setting
 * VITE_KIOSK_PIN. No PIN configured: no staff screen. After a few wrong tries, a lockout: a
 * visitor who found the corner cannot try every code. A pure reducer, and its state kept in the
 * kiosk's session storage (it survives a reset, as a kiosk's settings do).
 */
export const STAFF_PIN: string | null = /^\d{4,12}$/.test(import.meta.env.VITE_KIOSK_PIN ?? '')
  ? import.meta.env.VITE_KIOSK_PIN!
  : null;

export const PIN_RULES = { tries: 5, lockoutMs: 60_000, maxLength: 12 } as const;

export interface PinState {
  /** The digits typed so far. */
  typed: string;
  /** Wrong tries since the last right one or the last lockout. */
  failures: number;
  /** Until when (epoch ms) the keypad refuses every try; 0 when it does not. */
  lockedUntil: number;
  /** What the last try gave. */
  result: 'none' | 'wrong' | 'locked' | 'right';
}

export type PinAction = { type: 'digit'; digit: string } | { type: 'erase' } | { type: 'submit'; now: number };

export const INITIAL_PIN: PinState = { typed: '', failures: 0, lockedUntil: 0, result: 'none' };

export function pinReducer(pin: string) {
  return (state: PinState, action: PinAction): PinState => {
    switch (action.type) {
      case 'digit':
        return state.typed.length >= PIN_RULES.maxLength ? state : { ...state, typed: state.typed + action.digit };
      case 'erase':
        return { ...state, typed: state.typed.slice(0, -1) };
      case 'submit': {
        if (action.now < state.lockedUntil) return { ...state, typed: '', result: 'locked' };
        if (state.typed === pin) return { ...INITIAL_PIN, result: 'right' };
        const failures = state.failures + 1;
        return failures >= PIN_RULES.tries
          ? { typed: '', failures: 0, lockedUntil: action.now + PIN_RULES.lockoutMs, result: 'locked' }
          : { ...state, typed: '', failures, result: 'wrong' };
      }
    }
  };
}

const PIN_KEY = `${KIOSK_SETTINGS_KEY}.pin`;

/** The tries and lockout kept from an earlier opening of the keypad (what was typed is not). */
export function storedPinState(storage: Storage = sessionStorage): PinState {
  try {
    const { failures = 0, lockedUntil = 0 } = JSON.parse(storage.getItem(PIN_KEY) ?? '{}') as Partial<PinState>;
    return { ...INITIAL_PIN, failures, lockedUntil };
  } catch {
    return INITIAL_PIN;
  }
}

export function storePinState({ failures, lockedUntil }: PinState, storage: Storage = sessionStorage): void {
  try {
    storage.setItem(PIN_KEY, JSON.stringify({ failures, lockedUntil }));
  } catch {
    // Storage disabled: the count starts again with the page.
  }
}
