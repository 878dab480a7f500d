import { useMemo } from 'react';
import { useLang } from '@/hooks/use-lang';
import { languagePack } from '@/i18n/language-pack';
import { cardText, hallText, roomText, speakerText } from './content-text';
import type { Localised } from './localise';
import type { Card, Hall, RoomSummary, Speaker } from './types';

/** The content in the page's language, each text with its provenance (src/content/content-text.ts). */
export function useLocalise() {
  const lang = useLang();
  const pack = languagePack(lang);
  return useMemo(
    () => ({
      lang,
      pack,
      card: (card: Card) => cardText(pack, card),
      room: (room: Pick<RoomSummary, 'id' | 'title' | 'intro'>) => roomText(pack, room),
      speaker: (speaker: Speaker) => speakerText(pack, speaker),
      hall: (hall: Hall) => hallText(pack, hall),
    }),
    [lang, pack],
  );
}

/** `lang` attribute for a localised text: set only where it differs from the page's language. */
export function langAttr(text: Localised, pageLang: string): string | undefined {
  return text.lang === pageLang ? undefined : text.lang;
}
