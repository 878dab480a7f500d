// @vitest-environment node
import { describe, expect, it } from 'vitest';
import speakersJson from '../../../data/speakers.json';
import { loadCatalogue } from '@/content/catalogue';
import { initials } from '@/components/speaker-role';
import { UNNAMED_SPEAKER_ID, getSpeakerEntry, speakerEntries, speakersByRoom } from './speaker-index';

const catalogue = await loadCatalogue();
const { cardCount, rooms } = catalogue;

describe('the speakers, derived from the rooms', () => {
  it('include everyone in speakers.json, and the unnamed participant under a reserved id', () => {
    const ids = speakerEntries(catalogue).map((entry) => entry.id);
    for (const speaker of speakersJson.speakers) expect(ids).toContain(speaker.id);
    expect(speakersJson.speakers.map((s) => s.id)).not.toContain(UNNAMED_SPEAKER_ID);
    expect(getSpeakerEntry(catalogue, UNNAMED_SPEAKER_ID)?.speaker).toBeUndefined();
  });

  it('account for every card exactly once', () => {
    expect(speakerEntries(catalogue).reduce((n, entry) => n + entry.count, 0)).toBe(cardCount);
    const byRoom = speakersByRoom(catalogue);
    expect(byRoom.map((r) => r.room.id)).toEqual(rooms.map((r) => r.id));
    for (const { room, voices } of byRoom) expect(voices.reduce((n, v) => n + v.count, 0)).toBe(room.cards.length);
  });

  it('find a speaker by id, and nobody for an unknown id', () => {
    const entry = getSpeakerEntry(catalogue, 'marie-vairon')!;
    expect(entry.speaker?.name).toBe('Marie Vairon');
    expect(entry.rooms.flatMap((r) => r.cards).every((card) => card.speaker === 'marie-vairon')).toBe(true);
    expect(getSpeakerEntry(catalogue, 'nobody')).toBeUndefined();
    expect(getSpeakerEntry(catalogue, undefined)).toBeUndefined();
  });

  it('make portrait initials from the capitalised parts of a name', () => {
    expect(initials('Corentin de Montmarin')).toBe('CM');
    expect(initials('Pauline Tardieu-Collinet')).toBe('PT');
  });
});
