import type { MouseEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { SpeakerEmblem } from '@/components/speaker-emblem';
import type { Speaker } from '@/content/types';

export interface RosterEntry {
  /** The id of the heading of the voice's first station. */
  target: string;
  speaker: Speaker | undefined;
  colour: string;
  count: number;
}

/**
 * Who is in the room: each voice with its number of quotes, one tap to its station. A row of
 * chips that scrolls sideways on a phone, a list beside the wall on a wide screen.
 */
export function RoomRoster({ entries }: { entries: RosterEntry[] }) {
  const { t } = useTranslation();
  // Plain anchors without the app; with it, the station comes into view and its heading takes the
  // focus, without a history entry of its own (the room's address stays the room's).
  const jump = (event: MouseEvent, target: string) => {
    const heading = document.getElementById(target);
    if (!heading) return;
    event.preventDefault();
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };
  return (
    <nav className="roster" aria-labelledby="roster-title">
      <h2 id="roster-title" className="roster__title">
        {t('room.roster')}
      </h2>
      <ul className="roster__list">
        {entries.map(({ target, speaker, colour, count }) => (
          <li key={target}>
            <a className="roster__voice" href={`#${target}`} onClick={(event) => jump(event, target)}>
              <SpeakerEmblem speaker={speaker} colour={colour} className="roster__emblem" />
              <bdi className="roster__name">{speaker?.name ?? t('speaker.unnamed')}</bdi>
              <span className="roster__count">{t('room.count', { count })}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
