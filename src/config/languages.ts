/**
 * Languages the exhibition speaks. French is the source language of every text. Adding a
 * language: add its code here (and its name, direction, locale), then its files —
 * src/i18n/locales/<code>.json and data/i18n/<code>/{content,meta}.json. No component changes.
 */
export const SOURCE_LANG = 'fr';
export const LANGS = ['fr', 'en', 'es', 'de', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language in its own name, for the switcher; never translated. */
export const LANG_NAMES: Record<Lang, string> = {
  fr: 'Français',
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  ar: 'العربية',
};
export const LANG_DIR: Record<Lang, 'ltr' | 'rtl'> = { fr: 'ltr', en: 'ltr', es: 'ltr', de: 'ltr', ar: 'rtl' };
/** Locale for Intl formatting (dates, numbers). */
export const LANG_LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB', es: 'es-ES', de: 'de-DE', ar: 'ar' };

/** Whether a text in `lang` is written right to left (a language we do not speak is taken as not). */
export function isRtl(lang: string): boolean {
  return isLang(lang) && LANG_DIR[lang] === 'rtl';
}

/** Bidi isolation of a name inside a sentence of a right-to-left language (a Latin name in Arabic). */
export function isolate(lang: Lang, text: string): string {
  return isRtl(lang) ? `\u2068${text}\u2069` : text;
}

export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

/** Where the visitor's choice of language is remembered (kiosk resets clear it). */
export const LANG_STORAGE_KEY = 'contre-sommet.lang';

/**
 * The language to open `/` in: the one chosen before, else the browser's first language that
 * we speak, else French. Safe where there is no window (it then finds nothing). The detector is
 * loaded here only: `/` is the one page that needs it.
 */
export async function preferredLang(): Promise<Lang> {
  try {
    const { default: LanguageDetector } = await import('i18next-browser-languagedetector');
    // Used on its own, outside i18next: the URL, not the detector, sets the page's language.
    const detector = new LanguageDetector(
      { languageUtils: { getBestMatchFromCodes: () => undefined } },
      { order: ['localStorage', 'navigator'], lookupLocalStorage: LANG_STORAGE_KEY },
    );
    const found = detector.detect();
    const codes = (Array.isArray(found) ? found : found ? [found] : []).map(
      (code) => code.toLowerCase().split(/[-_]/)[0],
    );
    return codes.find(isLang) ?? SOURCE_LANG;
  } catch {
    return SOURCE_LANG;
  }
}

/** Remembers the visitor's language for `/`, where the detector above reads it. */
export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage disabled: the URL still carries the language.
  }
}
