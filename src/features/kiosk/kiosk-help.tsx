import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from '@/i18n/react';

/**
 * How to use the screen, in large type: a modal <dialog>, so everything behind it is out of reach
 * while it is open (the focus stays in it); closing gives the focus back to its button.
 */
export function KioskHelp({ onClose, opener }: { onClose: () => void; opener: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    const button = opener.current;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      // A finger's tap leaves the focus nowhere: it goes back to the help button all the same.
      button?.focus();
    };
  }, [opener]);
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
