import type { Localised } from './localise';
import type { RoomSummary, Speaker } from './types';
import { useLocalise } from './use-localise';

/** Localised titles and texts of rooms and speakers, used wherever they are named. */
export function useRoomText() {
  const { room, speaker } = useLocalise();
  return {
    title: (r: Pick<RoomSummary, 'id' | 'title' | 'intro'>): Localised => room(r).title,
    intro: (r: Pick<RoomSummary, 'id' | 'title' | 'intro'>): Localised => room(r).intro,
    /** Role and organisation, those that are given. */
    role: (s: Speaker): Localised[] => speaker(s).role,
    note: (s: Speaker): Localised | undefined => speaker(s).note,
  };
}
