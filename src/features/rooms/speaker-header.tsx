import { useTranslation } from '@/i18n/react';
import { LocalText } from '@/components/local-text';
import { SpeakerRole, initials } from '@/components/speaker-role';
import type { Speaker } from '@/content/types';
import { useRoomText } from '@/content/use-room-text';

/** The voice a group of bubbles belongs to: a portrait mark, the name, the role as given. */
export function SpeakerHeader({ id, speaker }: { id: string; speaker: Speaker | undefined }) {
  const { t } = useTranslation();
  const { note } = useRoomText();
  const aside = speaker && note(speaker);
  return (
    <header className="voice__header">
      <span className="voice__portrait" aria-hidden="true">
        {speaker ? initials(speaker.name) : '?'}
      </span>
      <div>
        <h2 id={id} className="voice__name">
          {speaker ? <bdi>{speaker.name}</bdi> : t('speaker.unnamed')}
        </h2>
        {speaker && <SpeakerRole speaker={speaker} separator=" · " as="p" className="voice__role" />}
        {aside && <LocalText as="p" className="voice__note" value={aside} />}
      </div>
    </header>
  );
}
