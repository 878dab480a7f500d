import { useTranslation } from '@/i18n/react';
import { publicUrl } from '@/config/site';
import { useKioskMode } from '@/hooks/use-kiosk-mode';
import { useShare } from '@/hooks/use-share';

interface ShareButtonProps {
  /** Path of what is shared, e.g. a room or a card URL. */
  path: string;
  title: string;
  /** Accessible name, naming what is shared. */
  label: string;
  className?: string;
}

/**
 * A share button with its own confirmation, announced politely to screen readers. None on a kiosk:
 * a public screen's clipboard is the next visitor's; its QR codes take a page away instead.
 */
export function ShareButton({ path, title, label, className = 'button' }: ShareButtonProps) {
  const { t } = useTranslation();
  const { status, share } = useShare();
  const kiosk = useKioskMode();
  if (kiosk) return null;
  return (
    <span className="share">
      <button type="button" className={className} aria-label={label} onClick={() => void share(path, title)}>
        <span aria-hidden="true">↗</span> {t('share.button')}
      </button>
      <span className="share__status" role="status">
        {status === 'copied' && t('share.copied')}
        {status === 'shared' && t('share.shared')}
        {status === 'failed' && (
          <>
            {t('share.failed')} <code>{publicUrl(path)}</code>
          </>
        )}
      </span>
    </span>
  );
}
