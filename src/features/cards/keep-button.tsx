import { useTranslation } from '@/i18n/react';
import { KeepIcon } from '@/components/keep-icon';
import { toggleKept, useIsKept } from '@/lib/collection';

/** Keep (or let go of) a quote: a toggle whose pressed state is the quote being in the collection. */
export function KeepButton({ cardId }: { cardId: string }) {
  const { t } = useTranslation();
  const kept = useIsKept(cardId);
  return (
    <button
      type="button"
      className={kept ? 'button keep keep--on' : 'button keep'}
      aria-pressed={kept}
      onClick={() => toggleKept(cardId)}
    >
      <KeepIcon filled={kept} />
      <span className="keep__label">{kept ? t('collection.kept') : t('collection.keep')}</span>
    </button>
  );
}
