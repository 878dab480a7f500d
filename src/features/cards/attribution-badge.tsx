import { useTranslation } from '@/i18n/react';
import { LocalText } from '@/components/local-text';
import type { Localised } from '@/content/localise';
import type { Attribution } from '@/content/types';

/** How sure the curators are of who said it; the doubt, when there is one, in a line. */
export function AttributionBadge({ attribution, note }: { attribution: Attribution; note?: Localised }) {
  const { t } = useTranslation();
  return (
    <p className={`attribution attribution--${attribution.confidence}`}>
      <span className="attribution__level">{t(`attribution.${attribution.confidence}`)}</span>
      {note && <LocalText className="attribution__note" value={note} />}
    </p>
  );
}
