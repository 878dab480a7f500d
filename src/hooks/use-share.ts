import { useCallback, useEffect, useRef, useState } from 'react';
import { publicUrl } from '@/config/site';

export type ShareStatus = 'idle' | 'shared' | 'copied' | 'failed';

/** How long a confirmation stays before the button reads as before. */
const CONFIRMATION_MS = 4000;

/**
 * Shares a link: the system share sheet where there is one (phones), else the clipboard.
 * The status says what happened, for a visible and spoken confirmation.
 */
export function useShare() {
  const [status, setStatus] = useState<ShareStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const share = useCallback(async (path: string, title: string) => {
    const url = publicUrl(path);
    const settle = (next: ShareStatus) => {
      setStatus(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setStatus('idle'), CONFIRMATION_MS);
    };
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        settle('shared');
        return;
      } catch (error) {
        // The visitor closed the share sheet: nothing to confirm.
        if ((error as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      settle('copied');
    } catch {
      settle('failed');
    }
  }, []);

  return { status, share };
}
