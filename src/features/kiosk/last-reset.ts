import { KIOSK_SETTINGS_KEY } from '@/config/kiosk-session';

/**
 * When the kiosk last reset, and why: for the staff screen. Kept in the kiosk's session storage
 * under its own prefix, which the reset keeps (forgetStorage), so it survives the reset's reload.
 */
const LAST_RESET_KEY = `${KIOSK_SETTINGS_KEY}.lastReset`;

/** Why a reset happened: nobody there, staff asked, the nightly reload. */
export type ResetReason = 'idle' | 'staff' | 'nightly';

export interface LastReset {
  /** ISO 8601. */
  at: string;
  reason: ResetReason;
}

export function recordReset(reason: ResetReason, now = new Date(), storage: Storage = sessionStorage): void {
  try {
    storage.setItem(LAST_RESET_KEY, JSON.stringify({ at: now.toISOString(), reason } satisfies LastReset));
  } catch {
    // Storage disabled: the staff screen says it does not know.
  }
}

export function lastReset(storage: Storage = sessionStorage): LastReset | null {
  try {
    const value = JSON.parse(storage.getItem(LAST_RESET_KEY) ?? 'null') as Partial<LastReset> | null;
    return value && typeof value.at === 'string' && !Number.isNaN(Date.parse(value.at)) && value.reason
      ? { at: value.at, reason: value.reason }
      : null;
  } catch {
    return null;
  }
}
