import { useEffect, useState } from 'react';
import { useNavigation } from 'react-router';

/** A move answered within this is not announced: no bar flickering on every door. */
const PATIENCE_MS = 150;

/**
 * Whether the app is fetching what the next page needs (a room's quotes, a page's code, a
 * language), after a short patience: on a slow network, the door pressed has been heard.
 */
export function useNavigationPending(): boolean {
  // The move under way, by the key of the location it goes to (none when idle).
  const waitingFor = useNavigation().location?.key;
  const [patienceOver, setPatienceOver] = useState<string>();
  useEffect(() => {
    if (waitingFor === undefined) return;
    const timer = setTimeout(() => setPatienceOver(waitingFor), PATIENCE_MS);
    return () => clearTimeout(timer);
  }, [waitingFor]);
  return waitingFor !== undefined && patienceOver === waitingFor;
}

/** The bar along the top of the screen the boot shows for a tap that waits (`.app-waiting`). */
export function NavigationPendingBar() {
  return <div className="app-waiting" aria-hidden="true" />;
}
