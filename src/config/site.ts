/**
 * The public address of the exhibition, for links that leave the screen (QR codes, shares).
 * Set at build time with VITE_PUBLIC_URL (e.g. https://expo.example.org); defaults to the
 * address the app is served from.
 */
export function publicUrl(path: string): string {
  const base = import.meta.env.VITE_PUBLIC_URL || globalThis.location?.origin || 'http://localhost';
  return new URL(path, base.endsWith('/') ? base : `${base}/`).href;
}
