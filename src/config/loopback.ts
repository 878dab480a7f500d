/** The machine's own addresses (a URL's host name, lower case): a kiosk showing the exhibition served on it. */
export function isLoopback(hostname: string): boolean {
  return /^(localhost|127\.[\d.]+|\[::1\])$/.test(hostname);
}
