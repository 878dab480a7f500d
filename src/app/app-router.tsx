/**
 * The app's router: react-router in its declarative mode (smaller than its data router in the
 * app's first code: docs/performance.md), with the three things the data router gave that a visit needs, done here:
 * - a move to a page whose quotes, language or code are still on their way keeps the page shown
 *   until they are there (the move is a React transition that first waits for `prepare`, see
 *   src/app/router.tsx), and says so with a bar once it is not quick (`useNavigationPending`);
 * - the scroll: back and forward find the page where it was left, a new page starts at its top,
 *   opening or closing a card (`preventScrollReset`) keeps it, an address with a #fragment goes
 *   there, another language opens where the reader was (src/lib/place.ts);
 * - a reload keeps the positions of the pages before it (sessionStorage).
 */
import { createContext, useContext, useEffect, useLayoutEffect, useState, useTransition, type ReactNode } from 'react';
import { NavigationType, Router, parsePath, type Location, type Navigator } from 'react-router';
import { nextTask } from '@/lib/next-task';
import { READER_SCROLLS, keepPlace, placeIn } from '@/lib/place';
import { AskedPathContext } from '@/hooks/use-asked-path';

/** What the app needs of a history: the `history` package's browser or memory history. */
export interface AppHistory {
  readonly action: NavigationType;
  readonly location: Location;
  listen(listener: (update: { action: NavigationType; location: Location }) => void): () => void;
  createHref: Navigator['createHref'];
  createURL?: (to: Parameters<Navigator['createHref']>[0]) => URL;
  encodeLocation?: Navigator['encodeLocation'];
  go: Navigator['go'];
  push: Navigator['push'];
  replace: Navigator['replace'];
}

const PendingContext = createContext(false);
/** A move answered within this is not announced: no bar flickering on every door. */
const PATIENCE_MS = 150;

/**
 * Whether the app is fetching what the next page needs (a room's quotes, a page's code, a
 * language), after a short patience: on a slow network, the door pressed has been heard.
 */
export function useNavigationPending(): boolean {
  const pending = useContext(PendingContext);
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

const SCROLL_STORAGE_KEY = 'exhibition-scroll-positions';

function readPositions(): Record<string, number> {
  try {
    return JSON.parse(sessionStorage.getItem(SCROLL_STORAGE_KEY) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

/** How long a page coming back may take to be put in place and grow to where it was left. */
const RESTORE_WITHIN_MS = 3000;

/**
 * Puts the page back at `y`, and keeps it there while the page settles: the room coming back is
 * put in place once the one leaving has faded out (the document shrinks, the browser clamps the
 * scroll), and its voices come in after its header (it grows again), bubbles coming into view
 * take their own height (the browser keeps what is in view in place: scroll anchoring). Each change
 * of the page's height, and each scroll the reader did not make, puts it back at `y`, until the
 * reader scrolls or moves on, or RESTORE_WITHIN_MS.
 */
function scrollOnceThere(y: number): () => void {
  const put = () => {
    if (Math.round(window.scrollY) !== y) window.scrollTo(0, y);
  };
  const resized = new ResizeObserver(put);
  const timer = setTimeout(() => stop(), RESTORE_WITHIN_MS);
  const stop = () => {
    resized.disconnect();
    clearTimeout(timer);
    window.removeEventListener('scroll', put);
    for (const type of READER_SCROLLS) window.removeEventListener(type, stop);
  };
  for (const type of READER_SCROLLS) window.addEventListener(type, stop, { passive: true });
  window.addEventListener('scroll', put, { passive: true });
  resized.observe(document.documentElement);
  put();
  return stop;
}

/**
 * Moves inside the app: each waits, in a transition, for what its page needs (`prepare`) before
 * the page follows; a move overtaken by another one before its page was ready is dropped. A push
 * or a replace changes the address only then, as a browser's would (until then, the page shown,
 * its address and the bar stay); back and forward have changed it already.
 */
function createMoves(history: AppHistory, prepare: AppRouterProps['prepare'], startTransition: TransitionStarter) {
  let lastMove = 0;
  let keepScroll = false;
  let asked = history.location.pathname;
  const whenReady = (pathname: string, go: () => void) => {
    const move = ++lastMove;
    asked = pathname;
    startTransition(async () => {
      // In a task of its own: the key or the tap that asked for the move is answered first.
      await nextTask();
      await prepare?.(pathname).catch(() => {});
      if (move === lastMove) go();
    });
  };
  const move =
    (how: 'push' | 'replace'): Navigator['push'] =>
    (to, moveState, options) => {
      const pathname = (typeof to === 'string' ? parsePath(to) : to).pathname ?? history.location.pathname;
      whenReady(pathname, () => {
        keepScroll = options?.preventScrollReset === true;
        history[how](to, moveState);
      });
    };
  const navigator: Navigator = {
    createHref: (to) => history.createHref(to),
    createURL: history.createURL && ((to) => history.createURL!(to)),
    encodeLocation: history.encodeLocation && ((to) => history.encodeLocation!(to)),
    go: (delta) => history.go(delta),
    push: move('push'),
    replace: move('replace'),
  };
  return { navigator, whenReady, keepsScroll: () => keepScroll, asked: () => asked };
}

/**
 * Where each page (by its history key) was left: noted when a move leaves it and when the page is
 * hidden (kept in sessionStorage across a reload).
 */
function createScrollMemory(firstKey: string) {
  let positions: Record<string, number> | undefined;
  let shown = firstKey;
  let started = false;
  const all = () => (positions ??= readPositions());
  return {
    leave: () => (all()[shown] = window.scrollY),
    /** The page `key` is shown: whether it is another page than the one before (not the first). */
    arrive(key: string): boolean {
      const another = started && key !== shown;
      started = true;
      shown = key;
      return another;
    },
    of: (key: string): number | undefined => all()[key],
    save() {
      all()[shown] = window.scrollY;
      try {
        sessionStorage.setItem(SCROLL_STORAGE_KEY, JSON.stringify(positions));
      } catch {
        // Storage refused (private mode, full): positions are kept for this page's life only.
      }
    },
  };
}

type TransitionStarter = ReturnType<typeof useTransition>[1];

interface AppRouterProps {
  history: AppHistory;
  basename?: string;
  /** What a move waits for before the next page is rendered (its failure is the page's to show). */
  prepare?: (pathname: string) => Promise<unknown>;
  children: ReactNode;
}

export function AppRouter({ history, basename, prepare, children }: AppRouterProps) {
  const [state, setState] = useState({ action: history.action, location: history.location });
  const [pending, startTransition] = useTransition();
  const [moves] = useState(() => createMoves(history, prepare, startTransition));
  const [scroll] = useState(() => createScrollMemory(history.location.key));

  useLayoutEffect(
    () =>
      history.listen((update) => {
        // The page being left, as it is now (the next one is not rendered yet).
        scroll.leave();
        moves.whenReady(update.location.pathname, () => startTransition(() => setState(update)));
      }),
    [history, moves, scroll],
  );

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
    const save = () => {
      scroll.save();
      // A reload puts the page back where it was: the browser does that itself.
      window.history.scrollRestoration = 'auto';
    };
    const resume = () => (window.history.scrollRestoration = 'manual');
    window.addEventListener('pageshow', resume);
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      window.removeEventListener('pageshow', resume);
      window.history.scrollRestoration = 'auto';
    };
  }, [scroll]);

  const { location, action } = state;
  useLayoutEffect(() => {
    // The first page of a visit, or a reload: where the browser put it (it restores a reload's
    // scroll itself, see pagehide above), wherever the reader has scrolled since.
    if (!scroll.arrive(location.key)) return;
    const saved = scroll.of(location.key);
    // Back and forward: where the page was left, once it is there.
    if (action === NavigationType.Pop && saved !== undefined) return scrollOnceThere(saved);
    // Another language: the same place (src/components/language-switcher.tsx).
    const place = action !== NavigationType.Pop ? placeIn(location.state) : undefined;
    if (place) return keepPlace(place);
    if (location.hash) {
      const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) return target.scrollIntoView();
    }
    if (action === NavigationType.Pop || !moves.keepsScroll()) window.scrollTo(0, 0);
  }, [location, action, moves, scroll]);

  return (
    <PendingContext value={pending}>
      <AskedPathContext value={moves.asked}>
        <Router basename={basename} location={location} navigationType={action} navigator={moves.navigator}>
          {children}
        </Router>
      </AskedPathContext>
    </PendingContext>
  );
}
