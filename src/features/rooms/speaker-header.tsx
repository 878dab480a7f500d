import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalText } from '@/components/local-text';
import type { Speaker } from '@/content/types';
import { useRoomText } from '@/content/use-room-text';

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((part) => /^\p{Lu}/u.test(part))
    .slice(0, 2)
    .map((part) => part[0])
    .join('');
}

/** The voice a group of bubbles belongs to: a portrait mark, the name, the role as given. */
export function SpeakerHeader({ id, speaker }: { id: string; speaker: Speaker | undefined }) {
  const { t } = useTranslation();
  const { role, note } = useRoomText();
  const details = speaker ? role(speaker) : [];
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
        {details.length > 0 && (
          <p className="voice__role">
            {details.map((part, i) => (
              <Fragment key={i}>
                {i > 0 && ' · '}
                <LocalText value={part} />
              </Fragment>
            ))}
          </p>
        )}
        {aside && <LocalText as="p" className="voice__note" value={aside} />}
      </div>
    </header>
  );
}
