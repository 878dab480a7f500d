/**
 * The kiosk's idle logic as a pure reducer: tested with plain calls, driven by a one-second tick.
 * attract → (touch) → visiting → (idle seconds) → warning → (countdown) → reset
 *                                  ↑_____________ any input ____________|
 */
import { KIOSK_COUNTDOWN } from '@/config/kiosk';

export type KioskPhase = 'attract' | 'visiting' | 'warning' | 'reset';

export interface KioskState {
  phase: KioskPhase;
  /** Seconds since the last input. */
  idleFor: number;
  /** Seconds left before the reset, during the warning. */
  countdown: number;
}

/** `attract`: back to the attract loop without a reset (the clock screen, asleep outside opening hours). */
export type KioskAction = { type: 'input' } | { type: 'tick' } | { type: 'attract' };

export function initialKioskState(attract: boolean): KioskState {
  return { phase: attract ? 'attract' : 'visiting', idleFor: 0, countdown: KIOSK_COUNTDOWN };
}

export function kioskReducer(idleLimit: number) {
  return (state: KioskState, action: KioskAction): KioskState => {
    if (state.phase === 'reset') return state;
    if (action.type === 'attract') return initialKioskState(true);
    if (action.type === 'input') return { phase: 'visiting', idleFor: 0, countdown: KIOSK_COUNTDOWN };
    switch (state.phase) {
      case 'attract':
        return state;
      case 'visiting': {
        const idleFor = state.idleFor + 1;
        return idleFor >= idleLimit ? { phase: 'warning', idleFor, countdown: KIOSK_COUNTDOWN } : { ...state, idleFor };
      }
      case 'warning': {
        const countdown = state.countdown - 1;
        return countdown <= 0
          ? { ...state, phase: 'reset', countdown: 0 }
          : { ...state, countdown, idleFor: state.idleFor + 1 };
      }
    }
  };
}
