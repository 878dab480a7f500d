// UI string keys are typed from the French file, the source language.
import 'i18next';
import type fr from './locales/fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof fr };
  }
}
