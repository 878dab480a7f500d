import { useTranslation } from '@/i18n/react';
import { LANGS, LANG_LOCALE, SOURCE_LANG, type Lang } from '@/config/languages';
import { switchLangHref } from '@/config/paths';
import { publicUrl } from '@/config/site';
import { useLang } from '@/hooks/use-lang';

interface PageMetaProps {
  /** The page's own title; the site's name follows it. */
  title: string;
  description: string;
  /** The page's path in the current language, e.g. "/fr/travail/". */
  path: string;
  /** Preview image path (under public/), if the page has its own. */
  image?: string;
  type?: 'website' | 'article';
  /** A page that should not be indexed (not-found). */
  noindex?: boolean;
}

/**
 * Title, description, canonical URL, alternates in every language and the preview cards of chat
 * apps. React hoists these into <head>, in the browser and in the prerendered pages alike.
 */
export function PageMeta({
  title,
  description,
  path,
  image = '/og/hall.png',
  type = 'website',
  noindex,
}: PageMetaProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const fullTitle = `${title} · ${t('layout.siteName')}`;
  const alternate = (code: Lang) => publicUrl(switchLangHref(path, code));
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      {noindex && <meta name="robots" content="noindex" />}
      {!noindex && <link rel="canonical" href={publicUrl(path)} />}
      {!noindex && LANGS.map((code) => <link key={code} rel="alternate" hrefLang={code} href={alternate(code)} />)}
      {!noindex && <link rel="alternate" hrefLang="x-default" href={alternate(SOURCE_LANG)} />}
      <meta property="og:type" content={type} />
      <meta property="og:site_name" content={t('layout.siteName')} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={publicUrl(path)} />
      <meta property="og:locale" content={LANG_LOCALE[lang].replace('-', '_')} />
      <meta property="og:image" content={publicUrl(image)} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:image" content={publicUrl(image)} />
    </>
  );
}
