import { startTransition, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { nextTask } from '@/lib/next-task';
import { roomEnter, roomExit } from '@/config/motion';
import { PagePresentContext } from '@/hooks/use-page-present';
import { endPageChange, startPageChange } from '@/hooks/use-shortcuts';

/**
 * One page at a time, the one shown leaving before the next comes in: when `page` changes, the
 * page shown is no longer present (`usePagePresent`) and plays its exit; then it is taken off,
 * and in the next task the next one is rendered in an element of its own and plays its entrance.
 * A page asked for while another is leaving comes once the exit ends; going back to the leaving
 * page before then keeps it. Web Animations, run by the compositor
 * (transform and opacity): the first render of a page needs no animation library (framer-motion's
 * `AnimatePresence`, which did this before, came to 16 KB of the JavaScript a room loads).
 * `children` renders the page shown, given its key.
 */
export function PageTransition({ page, children }: { page: string; children: (shown: string) => ReactNode }) {
  const [shown, setShown] = useState({ page, entering: false });
  // Between the two: the page that left is taken off (in a task of its own: a room's bubbles are
  // hundreds of elements), its place kept at its height, and the next one is rendered in the next
  // task, in a transition. The page that left was no longer seen (its exit ends transparent).
  const [gap, setGap] = useState<number>();
  const element = useRef<HTMLDivElement>(null);
  const asked = useRef(page);
  const leaving = shown.page !== page;

  useLayoutEffect(() => {
    asked.current = page;
  });

  useLayoutEffect(() => {
    if (!leaving) return;
    const left = () => setGap(element.current?.offsetHeight ?? 0);
    const el = element.current;
    if (!el || typeof el.animate !== 'function') {
      left();
      return;
    }
    const exit = el.animate(...roomExit);
    // Cancelled: the page shown was asked for again before it had left.
    exit.finished.then(left, () => {});
    return () => exit.cancel();
  }, [leaving]);

  useEffect(() => {
    if (gap === undefined) return;
    let live = true;
    void nextTask().then(
      () =>
        live &&
        startTransition(() => {
          setShown({ page: asked.current, entering: true });
          setGap(undefined);
        }),
    );
    return () => {
      live = false;
    };
  }, [gap]);

  useLayoutEffect(() => {
    if (shown.entering) element.current?.animate?.(...roomEnter);
  }, [shown]);

  // The keys pressed from the moment the page shown starts leaving wait for the next one (src/hooks/
  // use-shortcuts.ts), which answers them as it mounts. Until its own effects have run (its keys
  // bound: they run before these, a page's before its frame's), a key still waits — the browser may
  // hand one over between the next page's commit and its effects; then none waits any longer.
  const changing = leaving || gap !== undefined;
  useLayoutEffect(() => {
    if (changing) startPageChange();
  }, [changing]);
  useEffect(() => {
    if (!changing) endPageChange();
  }, [changing]);
  // Nor once the pages themselves are gone (another language's frame).
  useEffect(() => endPageChange, []);

  return (
    <PagePresentContext.Provider value={!leaving}>
      {gap === undefined ? (
        <div key={shown.page} ref={element} className="page">
          {children(shown.page)}
        </div>
      ) : (
        <div className="page" style={{ minBlockSize: gap }} />
      )}
    </PagePresentContext.Provider>
  );
}
