import { useTranslation } from '@/i18n/react';
import { LocalText } from '@/components/local-text';
import type { Card } from '@/content/types';
import type { CardText } from '@/content/content-text';
import { citation } from '@/content/cite';

/** The transcription corrections of a quote, each as the transcript printed it → as read. */
export function CorrectionList({ card, text }: { card: Card; text: CardText }) {
  const { t } = useTranslation();
  return (
    <ul className="corrections">
      {(card.corrections ?? []).map((c) => (
        <li key={c.id}>
          <span className="corrections__pair" lang="fr">
            <del>{c.original}</del> <span aria-hidden="true">→</span>
            <span className="sr-only">{t('card.readAs')}</span> <ins>{c.corrected}</ins>
          </span>
          <LocalText className="corrections__note" value={text.correction(c)} />
        </li>
      ))}
    </ul>
  );
}

/** What is known about the facts a quote states: sourced (with its sources) or unverified. */
export function ContextNotes({ card, text }: { card: Card; text: CardText }) {
  const { t } = useTranslation();
  return (card.context ?? []).map((c) => (
    <div key={c.id} className={`context context--${c.status}`}>
      <p className="context__status">{t(`context.${c.status}`)}</p>
      <p className="context__about" lang="fr">
        « {c.about} »
      </p>
      <LocalText as="p" value={text.context(c)} />
      {c.sources.length > 0 && (
        <>
          <p className="context__sources-title">{t('context.sources')}</p>
          <ul className="context__sources">
            {c.sources.map((source) => (
              <li key={citation(source)}>
                <bdi className="citation">{citation(source)}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  ));
}
