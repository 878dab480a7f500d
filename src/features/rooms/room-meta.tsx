import { useTranslation } from '@/i18n/react';
import { PageMeta } from '@/components/page-meta';
import { paths } from '@/config/paths';
import { speakerOf } from '@/content/speakers';
import type { Card, LoadedRoom } from '@/content/types';
import { useLocalise } from '@/content/use-localise';
import { useRoomText } from '@/content/use-room-text';
import { useLang } from '@/hooks/use-lang';

/**
 * A room's preview: its title and intro, and its image (a quote of the room and who said it); an
 * open card's: who said it and the quote, and the image of the room's voices.
 */
export function RoomMeta({ room, card }: { room: LoadedRoom; card: Card | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const localised = useLocalise();
  const roomText = useRoomText();
  const title = roomText.title(room).text;
  if (!card) {
    return (
      <PageMeta
        title={title}
        description={roomText.intro(room).text}
        path={paths.room.getHref(lang, room.id)}
        image={`/og/${room.id}.png`}
      />
    );
  }
  const speaker = speakerOf(room, card)?.name ?? t('speaker.unnamed');
  const quote = localised.card(card).quote.text;
  return (
    <PageMeta
      title={`${speaker} · ${title}`}
      description={quote}
      path={paths.card.getHref(lang, room.id, card.id)}
      // The room's voices, no quote: another speaker's words beside these would pass for theirs.
      image={`/og/${room.id}-voices.png`}
      type="article"
    />
  );
}
