import type { i18n } from 'i18next';
import type { Lang } from '@/config/languages';
import { createI18n } from './create-i18n';
import { languagePack } from './language-pack';

const instances = new Map<Lang, i18n>();

/**
 * One i18next instance per language, made on first use from its pack (its page waits for it,
 * src/app/router.tsx): a page never mutates another's language. French, always loaded, stands in before.
 */
export function i18nFor(lang: Lang): i18n {
  const pack = languagePack(lang) ?? languagePack('fr')!;
  let instance = instances.get(pack.lang);
  if (!instance) {
    instance = createI18n(pack.lang, pack.ui);
    instances.set(pack.lang, instance);
  }
  return instance;
}
