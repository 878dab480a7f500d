import { isLoopback } from './loopback';

/**
 * Where the exhibition lives. Both are build settings:
 * - VITE_PUBLIC_URL: its public address, for links that leave the screen (QR codes, shares,
 *   canonical and preview URLs), e.g. https://expo.example.org; defaults to where it is served.
 * - BASE_PATH (vite `base`): the path it is served under, e.g. /expo/; defaults to /.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** An app path ("/fr/travail/") as a path on the host, under the base path. */
export function withBase(path: string): string {
  return `${BASE}${path}`;
}

/**
 * The service worker's cache of pages (vite.config.ts): kept by path, without any query, and a
 * kiosk reset empties it of what an older version kept with one.
 */
export const PAGES_CACHE = 'pages';

/**
 * Whether a link can leave this screen for a visitor's phone: the build has the public address,
 * or the exhibition is served from a real one. A kiosk showing its own machine's server
 * (localhost) without VITE_PUBLIC_URL has none: its QR codes would open nothing.
 */
export function hasPublicAddress(
  hostname = globalThis.location?.hostname ?? 'localhost',
  configured: string | undefined = import.meta.env.VITE_PUBLIC_URL,
): boolean {
  return Boolean(configured) || !isLoopback(hostname);
}

export function publicUrl(path: string): string {
  // Prerendering has no location: it uses the address `npm start` serves (set VITE_PUBLIC_URL to deploy).
  const origin = import.meta.env.VITE_PUBLIC_URL || globalThis.location?.origin || 'http://localhost:4173';
  return new URL(withBase(path), origin.endsWith('/') ? origin : `${origin}/`).href;
}
