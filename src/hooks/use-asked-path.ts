import { createContext, useContext } from 'react';

/** Given by the app's router (src/app/app-router.tsx); outside it, the address shown. */
export const AskedPathContext = createContext<() => string>(() => window.location.pathname);

/**
 * Reads the pathname (with the app's base) of the page last asked for: the page shown, or the one
 * a move is preparing. Read when needed, not rendered: a key pressed while a room is on its way goes
 * on from there.
 */
export function useAskedPath(): () => string {
  return useContext(AskedPathContext);
}
