import { useTranslation } from '@/i18n/react';
import type { Localised } from '@/content/localise';

/** "Translation · AI-assisted draft, not reviewed" (or reviewed by whom, or stale): one line. */
export function ProvenanceLine({ quote }: { quote: Localised }) {
  const { t } = useTranslation();
  const status =
    quote.provenance === 'reviewed'
      ? t('translation.reviewed', { by: quote.reviewedBy })
      : quote.provenance === 'stale'
        ? t('translation.stale')
        : t('translation.draft');
  return (
    <p className="provenance__line">
      <span className="provenance__badge">{t('translation.badge')}</span>{' '}
      <span className="provenance__status">{status}</span>
    </p>
  );
}
