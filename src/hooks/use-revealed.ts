import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` items to render: all of them when `all`; else none at first, then one more
 * in each frame, the browser painting in between, so that no frame builds, styles and lays out
 * more than one new item (a frame building a whole room's bubbles at once is a long task the
 * visitor feels; the figures are in the changelog). All at once after
 * `latestMs`, for a page whose frames do not come (a tab in the background) or a main thread too
 * busy for them.
 */
export function useRevealed(total: number, { all, latestMs }: { all: boolean; latestMs: number }): number {
  const [shown, setShown] = useState(all ? total : 0);
  // Once all of them have been asked for, they stay (a card closing into its bubble finds it there).
  if (all && shown < total) setShown(total);
  const done = all || shown >= total;

  useEffect(() => {
    if (done) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame's paint: a task of its own, in a transition (React yields while it renders).
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown((n) => n + 1)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [done, shown]);

  useEffect(() => {
    if (done) return;
    const latest = setTimeout(() => setShown(total), latestMs);
    return () => clearTimeout(latest);
  }, [done, total, latestMs]);

  return done ? total : shown;
}
