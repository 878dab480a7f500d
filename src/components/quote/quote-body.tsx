import { useTranslation } from '@/i18n/react';
import { BidiText } from '@/components/bidi-text';
import { MissingNote } from '@/components/local-text';
import { SOURCE_LANG } from '@/config/languages';
import type { Localised } from '@/content/localise';
import type { Card } from '@/content/types';
import { langAttr } from '@/content/use-localise';
import { useLang } from '@/hooks/use-lang';
import { ProvenanceLine } from './provenance-line';
import { QuoteText } from './quote-text';

/** The French quote as the curators read it: verbatim, corrections marked. */
export function FrenchQuote({ card, id }: { card: Card; id?: string }) {
  const lang = useLang();
  return (
    <blockquote id={id} lang={lang === 'fr' ? undefined : 'fr'}>
      <p>
        <QuoteText text={card.text} corrections={card.corrections} />
      </p>
    </blockquote>
  );
}

/** The quote in the page's language: the French original, or its translation. */
export function QuoteBody({ card, quote, id }: { card: Card; quote: Localised; id?: string }) {
  const lang = useLang();
  if (quote.provenance === 'original' || quote.provenance === 'missing') return <FrenchQuote card={card} id={id} />;
  return (
    <blockquote id={id} lang={langAttr(quote, lang)}>
      <p>
        <BidiText text={quote.text} lang={quote.lang} />
      </p>
    </blockquote>
  );
}

interface ProvenanceProps {
  card: Card;
  quote: Localised;
  /** Whether the French original is shown, and how to toggle it. */
  originalShown: boolean;
  onToggle: () => void;
}

/**
 * Per-quote honesty: a translation says it is one, by whom and in what state, and gives the
 * French original one tap away. An untranslated quote says so.
 */
export function TranslationProvenance({ card, quote, originalShown, onToggle }: ProvenanceProps) {
  const { t } = useTranslation();
  if (quote.provenance === 'original') return null;
  if (quote.provenance === 'missing') return <MissingNote />;
  const originalId = `original-${card.id}`;
  return (
    <div className={`provenance provenance--${quote.provenance}`}>
      <ProvenanceLine quote={quote} />
      <button
        type="button"
        className="provenance__toggle"
        aria-expanded={originalShown}
        aria-controls={originalId}
        onClick={onToggle}
      >
        <span lang={SOURCE_LANG} aria-hidden="true" className="provenance__fr">
          {SOURCE_LANG.toUpperCase()}
        </span>{' '}
        {originalShown ? t('translation.hideOriginal') : t('translation.showOriginal')}
      </button>
      <div id={originalId} className="original" hidden={!originalShown}>
        <p className="original__label">{t('translation.originalLabel')}</p>
        <FrenchQuote card={card} />
      </div>
    </div>
  );
}
