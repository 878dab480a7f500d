import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalText } from '@/components/local-text';
import type { Speaker } from '@/content/types';
import { useRoomText } from '@/content/use-room-text';

/** Name, role and organisation of who said it, or that the participant is not named. */
export function SpeakerCaption({ speaker }: { speaker: Speaker | undefined }) {
  const { t } = useTranslation();
  const { role } = useRoomText();
  if (!speaker) return <span className="caption__name">{t('speaker.unnamed')}</span>;
  const details = role(speaker);
  return (
    <>
      {/* bdi: a Latin name keeps its order inside right-to-left text. */}
      <bdi className="caption__name">{speaker.name}</bdi>
      {details.length > 0 && (
        <span className="caption__role">
          {details.map((part, i) => (
            <Fragment key={i}>
              {i > 0 && ', '}
              <LocalText value={part} />
            </Fragment>
          ))}
        </span>
      )}
    </>
  );
}
