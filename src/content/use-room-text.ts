import type { Localised } from './localise';
import type { RoomSummary, Speaker } from './types';
import { useLocalise } from './use-localise';

/** Localised titles and texts of rooms and speakers, used wherever they are named. */
export function useRoomText() {
  const { l } = useLocalise();
  return {
    title: (room: Pick<RoomSummary, 'id' | 'title'>) => l(`rooms.${room.id}.title`, room.title),
    intro: (room: Pick<RoomSummary, 'id' | 'intro'>) => l(`rooms.${room.id}.intro`, room.intro),
    /** Role and organisation, those that are given. */
    role: (speaker: Speaker): Localised[] =>
      [
        speaker.role ? l(`speakers.${speaker.id}.role`, speaker.role) : undefined,
        speaker.organisation ? l(`speakers.${speaker.id}.organisation`, speaker.organisation) : undefined,
      ].filter((part): part is Localised => part !== undefined),
    note: (speaker: Speaker) => (speaker.note ? l(`speakers.${speaker.id}.note`, speaker.note) : undefined),
  };
}
