/**
 * The app's router: react-router's data router (src/main.tsx, tests/visit.tsx), given to the
 * app's own hooks too: the page last asked for (`useAskedPath`: where a key pressed while the next
 * room is on its way goes on from) and the scroll a move back or forward restores (keep-scroll.tsx).
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { RouterProvider, useNavigation, type createBrowserRouter } from 'react-router';
import { AskedPathContext } from '@/hooks/use-asked-path';

export type AppDataRouter = ReturnType<typeof createBrowserRouter>;

/** The router the app runs in (none in the prerenderer). */
export const AppDataRouterContext = createContext<AppDataRouter | null>(null);

/** The router's provider, with the app's hooks given what they read of it. */
export function AppRouter({ router }: { router: AppDataRouter }) {
  const [asked] = useState(() => () => (router.state.navigation.location ?? router.state.location).pathname);
  return (
    <AppDataRouterContext value={router}>
      <AskedPathContext value={asked}>
        <RouterProvider router={router} />
      </AskedPathContext>
    </AppDataRouterContext>
  );
}

/** A move answered within this is not announced: no bar flickering on every door. */
const PATIENCE_MS = 150;

/**
 * Whether the app is fetching what the next page needs (a room's quotes, a page's code, a
 * language), after a short patience: on a slow network, the door pressed has been heard.
 */
export function useNavigationPending(): boolean {
  const pending = useNavigation().state !== 'idle';
  const [patienceOver, setPatienceOver] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setPatienceOver(true), PATIENCE_MS);
    return () => {
      clearTimeout(timer);
      setPatienceOver(false);
    };
  }, [pending]);
  return pending && patienceOver;
}

/** The scroll react-router restores for the page shown (a move back or forward), if any. */
export function useRestoredScroll(): () => number | undefined {
  const router = useContext(AppDataRouterContext);
  return () => {
    const y = router?.state.restoreScrollPosition;
    return typeof y === 'number' ? y : undefined;
  };
}
