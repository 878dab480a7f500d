/** The build settings the app reads (docs/deploying.md, docs/kiosk.md): strings, or absent. */
interface ImportMetaEnv {
  /** The exhibition's public address, for shared links and QR codes. */
  readonly VITE_PUBLIC_URL?: string;
  /** Where `?kiosk` is heard besides a loopback address: `allow`, or host names. */
  readonly VITE_KIOSK?: string;
  /** The kiosks' opening hours, `09:00-18:00` (docs/kiosk.md). */
  readonly VITE_KIOSK_HOURS?: string;
  /** The staff screen's PIN; none, no staff screen. */
  readonly VITE_KIOSK_PIN?: string;
}
