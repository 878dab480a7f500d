import { useSyncExternalStore } from 'react';

const noop = () => () => {};

/**
 * False on the server and while React takes over a prerendered page; true afterwards. Entrance
 * animations play only when true: the prerendered text is visible at once, never faded out.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
