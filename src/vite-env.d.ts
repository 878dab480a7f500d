/** The build settings the app reads (docs/deploying.md, docs/kiosk.md): strings, or absent. */
interface ImportMetaEnv {
  /** The exhibition's public address, for shared links and QR codes. */
  readonly VITE_PUBLIC_URL?: string;
  /** Where `?kiosk` is heard besides a loopback address: `allow`, or host names. */
  readonly VITE_KIOSK?: string;
}
