/**
 * i18next, initialised synchronously with the language from the URL so that a prerendered
 * page and the app that takes it over render the same words. No browser global is read here.
 */
import i18next, { type i18n } from 'i18next';
import { SOURCE_LANG, type Lang } from '@/config/languages';
import { frenchSpacingDeep } from '@/lib/french-spacing';
import type { UiStrings } from './language-pack';
import fr from './locales/fr.json';

/** The French UI strings, with French typography's non-breaking spaces (before « : », « ? »…). */
const frenchUi = frenchSpacingDeep(fr);

export function createI18n(lang: Lang, strings: Partial<UiStrings>): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: SOURCE_LANG,
    resources: {
      [SOURCE_LANG]: { translation: frenchUi },
      ...(lang !== SOURCE_LANG && { [lang]: { translation: strings } }),
    },
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; content is always rendered as text.
    returnNull: false,
    saveMissing: true,
    // A missing UI string is a bug: loud in development and tests, a warning in production
    // (where the French string is shown instead).
    missingKeyHandler: (_lngs, _ns, key) => {
      const message = `i18n: missing UI string "${key}" in "${instance.language}"`;
      if (import.meta.env.DEV) throw new Error(message);
      console.warn(message);
    },
  });
  return instance;
}
