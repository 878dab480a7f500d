import { useSyncExternalStore } from 'react';
import { KIOSK_SETTINGS_KEY, kioskSettings, type KioskSettings } from '@/config/kiosk';

const noop = () => () => {};
let cached: { raw: string | null; settings: KioskSettings | null } = { raw: null, settings: null };

function snapshot(): KioskSettings | null {
  let raw: string | null;
  try {
    raw = globalThis.sessionStorage?.getItem(KIOSK_SETTINGS_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (raw !== cached.raw) cached = { raw, settings: kioskSettings() };
  return cached.settings;
}

/** The kiosk settings when this browser session is a kiosk (never on the server). */
export function useKioskMode(): KioskSettings | null {
  return useSyncExternalStore(noop, snapshot, () => null);
}
