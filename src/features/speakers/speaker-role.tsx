import { Fragment } from 'react';
import { LocalText } from '@/components/local-text';
import type { Speaker } from '@/content/types';
import { useRoomText } from '@/content/use-room-text';

/** Role and organisation as given, localised, each part with its own language. */
export function SpeakerRole({
  speaker,
  className,
  separator = ' · ',
}: {
  speaker: Speaker | undefined;
  className: string;
  separator?: string;
}) {
  const { role } = useRoomText();
  const parts = speaker ? role(speaker) : [];
  if (parts.length === 0) return null;
  return (
    <span className={className}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && separator}
          <bdi>
            <LocalText value={part} />
          </bdi>
        </Fragment>
      ))}
    </span>
  );
}
