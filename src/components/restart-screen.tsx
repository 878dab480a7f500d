import { Component, useEffect, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';

/** How long the calm screen stays before the app reloads. */
const RESTART_AFTER_MS = 3000;
/** A second failure this soon after a restart waits longer before trying again: no tight loop. */
const RETRY_WINDOW_MS = 60_000;
const BACKOFF_MS = 30_000;
const RESTARTED_AT_KEY = 'contre-sommet.restarted-at';

/** When to reload: soon, or after a pause when the last restart did not cure it. */
function restartDelay(): number {
  try {
    const last = Number(sessionStorage.getItem(RESTARTED_AT_KEY) ?? 0);
    sessionStorage.setItem(RESTARTED_AT_KEY, String(Date.now()));
    return Date.now() - last < RETRY_WINDOW_MS ? BACKOFF_MS : RESTART_AFTER_MS;
  } catch {
    return BACKOFF_MS;
  }
}

/** Reloads the app after the right delay; returns how to cancel it. */
export function scheduleRestart(): () => void {
  const timer = window.setTimeout(() => window.location.reload(), restartDelay());
  return () => window.clearTimeout(timer);
}

/**
 * Never a dead screen on a kiosk: after an error, a calm message, then the app starts again (and
 * again, more slowly, for as long as the fault lasts: the network may come back).
 * Its text is the one UI string needed before any translation can load.
 */
export function RestartScreen({ message }: { message?: string }) {
  useEffect(scheduleRestart, []);
  return (
    <div className="restart" role="status">
      <span className="restart__mark" aria-hidden="true" />
      <p>{message ?? <TranslatedRestart />}</p>
    </div>
  );
}

function TranslatedRestart() {
  const { t } = useTranslation();
  return <>{t('kiosk.restarting')}</>;
}

/** Around the whole app: an error outside the routes also ends on the restart screen. */
export class RootErrorBoundary extends Component<{ children: ReactNode; message: string }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    console.error(error);
  }
  render() {
    return this.state.failed ? <RestartScreen message={this.props.message} /> : this.props.children;
  }
}
