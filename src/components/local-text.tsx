import type { ElementType } from 'react';
import { useTranslation } from '@/i18n/react';
import { langAttr } from '@/content/use-localise';
import type { Localised } from '@/content/localise';
import { useLang } from '@/hooks/use-lang';
import { BidiText } from './bidi-text';

/**
 * A localised text with the right `lang` (its Latin names isolated in a right-to-left language);
 * where it is not yet translated, it says so.
 */
export function LocalText({
  value,
  as: Tag = 'span',
  className,
}: {
  value: Localised;
  as?: ElementType;
  className?: string;
}) {
  const lang = useLang();
  return (
    <>
      <Tag className={className} lang={langAttr(value, lang)}>
        <BidiText text={value.text} lang={value.lang} />
      </Tag>
      {value.provenance === 'missing' && <MissingNote />}
    </>
  );
}

/** The small notice beside a text shown in French because its translation is missing. */
export function MissingNote() {
  const { t } = useTranslation();
  return <span className="missing-note">{t('translation.missing')}</span>;
}

/** Paragraphs of a localised text (separated by a blank line), e.g. the hall's introduction. */
export function LocalParagraphs({ value }: { value: Localised }) {
  const lang = useLang();
  return (
    <div lang={langAttr(value, lang)}>
      {value.text.split(/\n\n+/).map((paragraph) => (
        <p key={paragraph}>
          <BidiText text={paragraph} lang={value.lang} />
        </p>
      ))}
      {value.provenance === 'missing' && <MissingNote />}
    </div>
  );
}
