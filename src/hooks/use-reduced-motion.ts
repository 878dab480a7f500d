import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';
const OVERRIDE_KEY = 'contre-sommet.motion';

type Override = 'reduce' | 'full' | null;
const listeners = new Set<() => void>();

function readOverride(): Override {
  try {
    const value = globalThis.sessionStorage?.getItem(OVERRIDE_KEY);
    return value === 'reduce' || value === 'full' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Overrides the system setting for this session: a kiosk visitor cannot reach the OS setting,
 * so the kiosk offers a switch on screen. null goes back to the system's choice.
 */
export function setMotionOverride(value: Override): void {
  try {
    if (value) globalThis.sessionStorage?.setItem(OVERRIDE_KEY, value);
    else globalThis.sessionStorage?.removeItem(OVERRIDE_KEY);
  } catch {
    // Storage disabled: the switch lasts until the page changes.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia?.(QUERY);
  list?.addEventListener('change', onChange);
  listeners.add(onChange);
  return () => {
    list?.removeEventListener('change', onChange);
    listeners.delete(onChange);
  };
}

function snapshot(): boolean {
  const override = readOverride();
  if (override) return override === 'reduce';
  return window.matchMedia?.(QUERY).matches ?? false;
}

/**
 * Whether the visitor asked for less motion (system setting, or the kiosk's switch), followed
 * live. The server, and a first render before hydration, assume motion is fine: every animation
 * ends on its final state anyway.
 */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
