import { useEffect, useRef } from 'react';

/** How long a finger must stay in the corner to ask for the staff screen. */
export const LONG_PRESS_MS = 3000;

/**
 * The way to the staff screen: a press held for three seconds in the top-end corner, an area
 * with nothing drawn in it. A visitor's tap there does what a tap anywhere does.
 */
export function StaffCorner({ onLongPress }: { onLongPress: () => void }) {
  const timer = useRef<number | undefined>(undefined);
  const cancel = () => window.clearTimeout(timer.current);
  useEffect(() => cancel, []);
  return (
    <div
      className="staff-corner"
      aria-hidden="true"
      data-testid="staff-corner"
      onPointerDown={() => {
        cancel();
        timer.current = window.setTimeout(onLongPress, LONG_PRESS_MS);
      }}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
    />
  );
}
