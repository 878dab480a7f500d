import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { roomEnter, roomExit } from '@/config/motion';
import { PagePresentContext } from '@/hooks/use-page-present';

/**
 * One page at a time, the one shown leaving before the next comes in: when `page` changes, the
 * page shown is no longer present (`usePagePresent`) and plays its exit, then the next one is rendered in an element
 * of its own and plays its entrance. A page asked for while another is leaving comes once the exit
 * ends; going back to the leaving page before then keeps it. Web Animations, run by the compositor
 * (transform and opacity): the first render of a page needs no animation library (framer-motion's
 * `AnimatePresence`, which did this before, came to 16 KB of the JavaScript a room loads).
 * `children` renders the page shown, given its key.
 */
export function PageTransition({ page, children }: { page: string; children: (shown: string) => ReactNode }) {
  const [shown, setShown] = useState({ page, entering: false });
  const element = useRef<HTMLDivElement>(null);
  const asked = useRef(page);
  const leaving = shown.page !== page;

  useLayoutEffect(() => {
    asked.current = page;
  });

  useLayoutEffect(() => {
    if (!leaving) return;
    const arrive = () => setShown({ page: asked.current, entering: true });
    const el = element.current;
    if (!el || typeof el.animate !== 'function') {
      arrive();
      return;
    }
    const exit = el.animate(...roomExit);
    // Cancelled: the page shown was asked for again before it had left.
    exit.finished.then(arrive, () => {});
    return () => exit.cancel();
  }, [leaving]);

  useLayoutEffect(() => {
    if (shown.entering) element.current?.animate?.(...roomEnter);
  }, [shown]);

  return (
    <PagePresentContext.Provider value={!leaving}>
      <div key={shown.page} ref={element} className="page">
        {children(shown.page)}
      </div>
    </PagePresentContext.Provider>
  );
}
