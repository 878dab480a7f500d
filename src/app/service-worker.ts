/**
 * The service worker (vite-plugin-pwa, Workbox) precaches the whole exhibition — every language,
 * fonts, data — so a kiosk keeps working with the network down, reload included. A new version
 * installs in the background and waits: it takes over at the next kiosk reset (or when every tab
 * of the exhibition is closed), never in the middle of a visit.
 */
let update: ((reload?: boolean) => Promise<void>) | undefined;
let waiting = false;

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  update = registerSW({
    immediate: true,
    onNeedRefresh: () => {
      waiting = true;
    },
  });
}

/** At a kiosk reset: let a waiting new version take over before the page reloads. */
export async function applyPendingUpdate(): Promise<void> {
  if (waiting && update) await update(false);
}
