import { useCallback } from 'react';
import { useLang } from '@/hooks/use-lang';
import { languagePack } from '@/i18n/language-pack';
import { localise, translationOnly, type Localised } from './localise';

/** Content in the page's language, with its provenance: `l("rooms.travail.title", french)`. */
export function useLocalise() {
  const lang = useLang();
  const pack = languagePack(lang);
  const l = useCallback((key: string, french: string): Localised => localise(pack, key, french), [pack]);
  const note = useCallback((key: string) => translationOnly(pack, key), [pack]);
  return { lang, l, note };
}

/** `lang` attribute for a localised text: set only where it differs from the page's language. */
export function langAttr(text: Localised, pageLang: string): string | undefined {
  return text.lang === pageLang ? undefined : text.lang;
}
