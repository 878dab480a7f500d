import { useTranslation } from '@/i18n/react';
import { LocalText } from '@/components/local-text';
import type { Localised } from '@/content/localise';
import type { Attribution } from '@/content/types';

/**
 * How sure the curators are of who said it; the doubt, when there is one, in a line. Compact (on
 * a bubble of the wall): the level alone, in a small mark.
 */
export function AttributionBadge({
  attribution,
  note,
  compact = false,
}: {
  attribution: Attribution;
  note?: Localised;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const level = <span className="attribution__level">{t(`attribution.${attribution.confidence}`)}</span>;
  if (compact) return <span className={`attribution attribution--${attribution.confidence}`}>{level}</span>;
  return (
    <p className={`attribution attribution--${attribution.confidence}`}>
      {level}
      {note && <LocalText className="attribution__note" value={note} />}
    </p>
  );
}
