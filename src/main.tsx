/**
 * The page's script. Every page is prerendered (scripts/prerender.ts): its quotes, captions and
 * links are in the HTML, readable and followable before this runs. The app takes the page over as
 * soon as its code is here: React hydrates it, and replays the taps and keys that arrive while it
 * does; a link followed before the script runs is a plain link to a prerendered page.
 */
import '@/styles/global.css';
import '@/styles/pages.css';
import { StrictMode, startTransition, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { AppRouter } from '@/app/app-router';
import { prerenderedHere } from '@/app/prerendered';
import { loadRouteData, routes } from '@/app/router';
import { registerServiceWorker } from '@/app/service-worker';
import { RootErrorBoundary, scheduleRestart } from '@/components/restart-screen';
import { kioskSettings } from '@/config/kiosk';
import { keepOneHistoryEntry, kioskAllowed } from '@/config/kiosk-allowed';
import { kioskRequested, watchForEarlyVisitor } from '@/config/kiosk-session';
import { loadAllRooms } from '@/content/room-content';
import { loadCardLayer } from '@/features/cards/load-card-layer';
import { kiosk } from '@/i18n/locales/fr.json';
import { frenchSpacing } from '@/lib/french-spacing';

// The faces' stylesheet is a build entry of its own, linked by each prerendered page
// (scripts/prerender.ts); the dev server has no such pages.
if (import.meta.env.DEV) void import('@/styles/fonts.css');

const container = document.getElementById('root')!;
const base = import.meta.env.BASE_URL;
/** A kiosk notes a touch before its layer is up: someone is there (src/config/kiosk-session.ts). */
if (kioskRequested()) watchForEarlyVisitor();

async function start() {
  // A prerendered page (every route is one, see scripts/prerender.ts) is taken over in place, at
  // the address it was rendered for; the not-found page, the bare shell and a page a host served
  // for another address (an encoded slash, a missing trailing slash) are rendered afresh.
  const prerendered = prerenderedHere(container);
  if (kioskRequested() && kioskAllowed()) keepOneHistoryEntry();
  // The page's code, its language, its room's quotes: the router starts with them, and React's
  // first render is the prerendered page.
  const hydrationData = await loadRouteData(new URL(window.location.href), base);
  // Without them, the prerendered page stays as it is, readable, its links plain links (below).
  if (prerendered && hydrationData.errors) throw Object.values(hydrationData.errors)[0];
  const router = createBrowserRouter(routes, { basename: base, hydrationData });
  const app = (
    <StrictMode>
      <RootErrorBoundary message={frenchSpacing(kiosk.restarting)}>
        <TakenOver>
          <AppRouter router={router} />
        </TakenOver>
      </RootErrorBoundary>
    </StrictMode>
  );
  // Every error boundary of the app logs what it catches (once): React need not log it again.
  const options = { onCaughtError: () => {} };
  // The page is already on screen: React takes it over in a transition, in short slices of work,
  // so that a reader scrolling meanwhile is not held up (a tap or a key meanwhile is replayed).
  if (prerendered) startTransition(() => void hydrateRoot(container, app, options));
  else createRoot(container, options).render(app);
}

/** Idle, or after `timeout` ms anyway. */
const whenIdle = (run: () => void, timeout: number) =>
  'requestIdleCallback' in window ? requestIdleCallback(run, { timeout }) : setTimeout(run, Math.min(timeout, 1000));

/**
 * Once the app has the page and the browser is idle: the other rooms' quotes (a few kilobytes
 * each: a door then opens at once, whatever the network does next), the open card's code (a card
 * then opens at once), and the service worker, whose install downloads the whole exhibition —
 * not while the page is being taken over, which the visitor's first tap is waiting for.
 */
function afterTakeOver() {
  // Within five seconds anyway: a kiosk's attract loop keeps the browser busy.
  whenIdle(() => {
    void loadAllRooms().catch(() => {});
    void loadCardLayer().catch(() => {});
    void registerServiceWorker();
  }, 5000);
}

/**
 * Marks the moment React has taken the page over, on every page, not-found ones included (its
 * text was readable before): what the end-to-end tests wait for before acting on a page.
 */
let takenOver = false;
function TakenOver({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
    if (!takenOver) afterTakeOver();
    takenOver = true;
  }, []);
  return children;
}

start().catch((error: unknown) => {
  // The code of the page could not be loaded (network down, version replaced): the prerendered
  // page stays readable, its links plain links; a kiosk, which must not stay frozen, restarts.
  console.error(error);
  if (kioskSettings()) scheduleRestart();
});
