import { useTranslation } from '@/i18n/react';
import { LocalText } from '@/components/local-text';
import { citation } from '@/content/cite';
import type { Speaker } from '@/content/types';
import { useLocalise } from '@/content/use-localise';

/**
 * Where a speaker's role or organisation is worded otherwise than the transcript's caption: the
 * caption's words, the words shown, why and from which source. Shown openly, like a correction.
 */
export function EditorialChanges({ speaker, className }: { speaker: Speaker | undefined; className: string }) {
  const { t } = useTranslation();
  const localised = useLocalise();
  if (!speaker) return null;
  const text = localised.speaker(speaker);
  return (speaker.editorial ?? []).map((change) => (
    <p key={change.id} className={className}>
      {t('speaker.editorialChange')}{' '}
      <span className="corrections__pair" lang="fr">
        <del>{change.caption}</del> <span aria-hidden="true">→</span>
        <span className="sr-only">{t('card.readAs')}</span> <ins>{change.shown}</ins>
      </span>{' '}
      <LocalText value={text.editorial(change)} /> <bdi className="citation">({citation(change.source)})</bdi>
    </p>
  ));
}
