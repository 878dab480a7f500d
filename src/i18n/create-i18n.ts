/**
 * i18next, initialised synchronously with the language from the URL so that a prerendered
 * page and the app that takes it over render the same words. No browser global is read here.
 */
import i18next, { type i18n } from 'i18next';
import { SOURCE_LANG, type Lang } from '@/config/languages';
import { frenchSpacingDeep } from '@/lib/french-spacing';
import { loadOnce } from '@/lib/once';
import { retryOnce } from '@/lib/retry';
import { frenchRoomStrings } from './french';
import type { UiStrings } from './language-pack';

/**
 * The French UI strings, with French typography's non-breaking spaces (before « : », « ? »…):
 * those of the rooms, then all of them once `loadFrenchStrings` has them.
 */
let frenchUi = frenchSpacingDeep(frenchRoomStrings);
const made = new Set<i18n>();

/**
 * All the French strings (src/i18n/french.ts), loaded once and given to every instance, made or to
 * be made, before a page that waits for them renders.
 */
export const loadFrenchStrings = loadOnce<void, void>(() =>
  // The file as text: a module of its own, not the one the room's strings are taken from (that
  // one would then come whole with the app).
  retryOnce(() => import('./locales/fr.json?raw')).then((module) => {
    frenchUi = frenchSpacingDeep(JSON.parse(module.default) as UiStrings);
    for (const instance of made) instance.addResourceBundle(SOURCE_LANG, 'translation', frenchUi, true, true);
  }),
);

/**
 * French strings that come with a chunk of their own (the kiosk's bar: src/features/kiosk), so that
 * the app's main bundle does not carry them: given to every instance, made or to be made.
 */
export function addFrenchStrings(strings: Partial<UiStrings>): void {
  const spaced = frenchSpacingDeep(strings);
  frenchUi = { ...frenchUi, ...spaced };
  for (const instance of made) instance.addResourceBundle(SOURCE_LANG, 'translation', spaced, true, true);
}

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
  made.add(instance);
  return instance;
}
