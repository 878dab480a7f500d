import { useParams } from 'react-router';
import { SOURCE_LANG, isLang, type Lang } from '@/config/languages';

/** The language of the page: the URL decides; French where the URL names none we speak. */
export function useLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : SOURCE_LANG;
}
