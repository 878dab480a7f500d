import { useTranslation } from 'react-i18next';

/** Said plainly wherever the visitor's language is not yet available: the French original shows. */
export function FallbackNotice() {
  const { t } = useTranslation();
  return (
    <p className="fallback-notice" role="note">
      <span aria-hidden="true">ⓘ</span> {t('content.fallback')}
    </p>
  );
}
