/** Languages the exhibition speaks. French is the source language of every text. */
export const SOURCE_LANG = 'fr';
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language in its own name, for the switcher; never translated. */
export const LANG_NAMES: Record<Lang, string> = { fr: 'Français', en: 'English' };
export const LANG_DIR: Record<Lang, 'ltr' | 'rtl'> = { fr: 'ltr', en: 'ltr' };
/** Locale for Intl formatting (dates, numbers). */
export const LANG_LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

/** Where the visitor's last choice of language is remembered (kiosk resets clear it). */
export const LANG_STORAGE_KEY = 'contre-sommet.lang';

/** The language to open `/` in: the one chosen before, else French. Safe where there is no window. */
export function preferredLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(LANG_STORAGE_KEY) ?? undefined;
    return isLang(stored) ? stored : SOURCE_LANG;
  } catch {
    return SOURCE_LANG;
  }
}

export function rememberLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Private mode or storage disabled: the URL still carries the language.
  }
}
