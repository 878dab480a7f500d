import { useTranslation } from 'react-i18next';
import type { Attribution } from '@/content/types';

/** How sure the curators are of who said it; the doubt, when there is one, in a line. */
export function AttributionBadge({
  attribution,
  withNote = false,
  langAttr,
}: {
  attribution: Attribution;
  withNote?: boolean;
  langAttr?: string;
}) {
  const { t } = useTranslation();
  return (
    <p className={`attribution attribution--${attribution.confidence}`}>
      <span className="attribution__level">{t(`attribution.${attribution.confidence}`)}</span>
      {withNote && attribution.note && (
        <span className="attribution__note" lang={langAttr}>
          {attribution.note}
        </span>
      )}
    </p>
  );
}
