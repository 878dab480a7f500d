/**
 * Localisation of the content: the French original, overlaid with a language's translation
 * entry by entry. Each text says where it comes from, so a page never passes a translation off
 * as the original, nor shows an empty card, a key name, or nothing.
 */
import { SOURCE_LANG, type Lang } from '@/config/languages';
import type { LanguagePack } from '@/i18n/language-pack';
import { frenchSpacing } from '@/lib/french-spacing';
import { fingerprint } from './source-entries';

export type Provenance =
  /** The French original, in French. */
  | 'original'
  /** Translated by the project, not reviewed by a person. */
  | 'draft'
  /** Translated and reviewed by a named human translator. */
  | 'reviewed'
  /** Translated from a French text that has changed since. */
  | 'stale'
  /** No translation yet: the French original stands in. */
  | 'missing';

export interface Localised {
  text: string;
  /** The language `text` is in (for the `lang` attribute). */
  lang: Lang;
  provenance: Provenance;
  /** The French original, always at hand. */
  french: string;
  reviewedBy?: string;
}

/**
 * The text of `key` in the pack's language, or its French `source`. The project's own French texts
 * follow French typography (non-breaking spaces before « : »…); a `verbatim` one (a quote: the
 * speaker's words, kept as transcribed) keeps its spaces as they are.
 */
export function localise(
  pack: LanguagePack | undefined,
  key: string,
  source: string,
  { verbatim = false } = {},
): Localised {
  const french = verbatim ? source : frenchSpacing(source);
  if (!pack || pack.lang === SOURCE_LANG) return { text: french, lang: SOURCE_LANG, provenance: 'original', french };
  const text = lookup(pack.content, key);
  if (!text) return { text: french, lang: SOURCE_LANG, provenance: 'missing', french };
  const fresh = pack.meta?.sources[key] === fingerprint(source);
  const review = pack.meta?.reviewed[key];
  return {
    text,
    lang: pack.lang,
    provenance: !fresh ? 'stale' : review ? 'reviewed' : 'draft',
    french,
    reviewedBy: review?.by,
  };
}

/** An optional text that has no French source (a translator's note): the translation or nothing. */
export function translationOnly(pack: LanguagePack | undefined, key: string): string | undefined {
  return pack && pack.lang !== SOURCE_LANG ? lookup(pack.content, key) : undefined;
}

function lookup(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' && node.trim() ? node : undefined;
}
