/**
 * A language pack: the UI strings and the content translation of one language, loaded on
 * demand (only French, the source and fallback, is in the main bundle). A page waits for its
 * language's (src/app/router.tsx), so that it renders at once with its language complete.
 */
import { loadOnce } from '@/lib/once';
import { retryOnce } from '@/lib/retry';
import type { Lang } from '@/config/languages';
import type { TranslationContent, TranslationMeta } from '@/content/translation-schema';
import { frenchRoomStrings } from './french';
import type fr from './locales/fr.json';

export type UiStrings = typeof fr;

export interface LanguagePack {
  lang: Lang;
  ui: Partial<UiStrings>;
  /** The content translation; undefined for French and for a language with none yet. */
  content?: TranslationContent;
  meta?: TranslationMeta;
}

const uiModules = import.meta.glob<UiStrings>(
  ['./locales/*.json', '!./locales/descriptions.json', '!./locales/fr.json'],
  {
    import: 'default',
  },
);
const contentModules = import.meta.glob<TranslationContent>('../../data/i18n/*/content.json', { import: 'default' });
const metaModules = import.meta.glob<TranslationMeta>('../../data/i18n/*/meta.json', { import: 'default' });

const french: LanguagePack = { lang: 'fr', ui: frenchRoomStrings };

export const loadLanguagePack = loadOnce(
  async (lang: Lang): Promise<LanguagePack> => {
    const [ui, content, meta] = await retryOnce(() =>
      Promise.all([
        uiModules[`./locales/${lang}.json`]?.() ?? {},
        contentModules[`../../data/i18n/${lang}/content.json`]?.(),
        metaModules[`../../data/i18n/${lang}/meta.json`]?.(),
      ]),
    );
    return { lang, ui, content, meta };
  },
  [['fr', french]],
);

/** The pack of a language already loaded (its page has waited for it), if any. */
export function languagePack(lang: Lang): LanguagePack | undefined {
  return loadLanguagePack.loaded(lang);
}
