/** The speakers, by id: their names and roles caption every quote. */
import speakersJson from '../../data/speakers.json';
import type { Speaker } from './types';

const speakers = new Map((speakersJson.speakers as Speaker[]).map((s) => [s.id, s]));

export function getSpeaker(id: string | null): Speaker | undefined {
  return id === null ? undefined : speakers.get(id);
}
