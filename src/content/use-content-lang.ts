import { SOURCE_LANG, type Lang } from '@/config/languages';
import { useLang } from '@/hooks/use-lang';

export interface ContentLang {
  /** The language the content is shown in. */
  lang: Lang;
  /** True when the visitor asked for another language and sees the French original instead. */
  isFallback: boolean;
  /** `lang` attribute for content elements: set only where it differs from the page's. */
  langAttr: Lang | undefined;
}

/**
 * The language of the exhibition's content on this page. Every text is written in French;
 * until a translation exists, other languages show the French original with a notice.
 */
export function useContentLang(): ContentLang {
  const uiLang = useLang();
  const isFallback = uiLang !== SOURCE_LANG;
  return { lang: SOURCE_LANG, isFallback, langAttr: isFallback ? SOURCE_LANG : undefined };
}
