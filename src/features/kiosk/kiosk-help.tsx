import { useEffect, useRef } from 'react';
import { useTranslation } from '@/i18n/react';

/**
 * How to use the screen, in large type: a modal <dialog>, so everything behind it is out of reach
 * while it is open (the focus stays in it); closing gives the focus back to what opened it.
 */
export function KioskHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog ref={dialog} className="kiosk-help" aria-labelledby="kiosk-help-title" onClose={onClose}>
      <h2 id="kiosk-help-title" className="kiosk-help__title">
        {t('kioskBar.helpTitle')}
      </h2>
      <ol className="kiosk-help__steps">
        <li>{t('kioskBar.helpTouch')}</li>
        <li>{t('kioskBar.helpKeep')}</li>
        <li>{t('kioskBar.helpRestart')}</li>
      </ol>
      <button type="button" className="button button--primary button--huge kiosk-help__close" onClick={onClose}>
        {t('kioskBar.close')}
      </button>
    </dialog>
  );
}
