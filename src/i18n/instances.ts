import type { i18n } from 'i18next';
import type { Lang } from '@/config/languages';
import { createI18n } from './create-i18n';

const instances = new Map<Lang, i18n>();

/** One i18next instance per language, made on first use: a page never mutates another's language. */
export function i18nFor(lang: Lang): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createI18n(lang);
    instances.set(lang, instance);
  }
  return instance;
}
