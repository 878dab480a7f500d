// Set at build time by vite.config.ts (buildInfo, scripts/vite-plugins.ts): shown on the kiosk's staff screen.
/** package.json's version. */
declare const __APP_VERSION__: string;
/** When this build was made (ISO 8601). */
declare const __BUILD_DATE__: string;
/** When the exhibition's content (data/) last changed (ISO 8601). */
declare const __CONTENT_DATE__: string;
