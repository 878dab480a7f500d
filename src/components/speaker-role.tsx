import { Fragment } from 'react';
import type { Speaker } from '@/content/types';
import { useRoomText } from '@/content/use-room-text';
import { LocalText } from './local-text';

/**
 * A speaker's role and organisation (those given), localised, joined by `separator`; each part
 * isolated (<bdi>), with its own language: a French organisation inside an Arabic role stays whole.
 */
export function SpeakerRole({
  speaker,
  separator = ' · ',
  as: Tag = 'span',
  className,
}: {
  speaker: Speaker | undefined;
  separator?: string;
  as?: 'span' | 'p';
  className?: string;
}) {
  const { role } = useRoomText();
  const details = speaker ? role(speaker) : [];
  if (details.length === 0) return null;
  return (
    <Tag className={className}>
      {details.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && separator}
          <bdi>
            <LocalText value={part} />
          </bdi>
        </Fragment>
      ))}
    </Tag>
  );
}

/** Initials of a name, for the portrait mark of a voice. */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((part) => /^\p{Lu}/u.test(part))
    .slice(0, 2)
    .map((part) => part[0])
    .join('');
}
