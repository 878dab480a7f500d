/**
 * i18next for React, as this exhibition uses it: one instance per language (./instances.ts),
 * given to a page by its provider, and `t` from it. An instance's language never changes (a page
 * in another language has its own), so there is nothing to subscribe to. A binding of our own:
 * react-i18next's `useTranslation` made a copy of the instance for every component that asked,
 * time taken on every room change and bytes of the app's code (the figures: the changelog).
 */
import type { i18n, TFunction } from 'i18next';
import { createContext, useContext, type ReactNode } from 'react';

const I18nContext = createContext<i18n | null>(null);

export function I18nProvider({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

/** The page's UI strings (`t`, bound to its instance) and the instance itself. */
export function useTranslation(): { t: TFunction; i18n: i18n } {
  const instance = useContext(I18nContext);
  if (!instance) throw new Error('useTranslation: no I18nProvider above this component');
  return { t: instance.t, i18n: instance };
}
