import type { Speaker } from '@/content/types';
import { initials } from './speaker-role';

/**
 * Deep colours, each with white text above 4.5:1: a room gives its voices one each, in the order
 * they first speak, so that no two voices of a room share one.
 */
export const VOICE_COLOURS = [
  '#2d6a3e',
  '#1d4f91',
  '#a3361f',
  '#6d3a9c',
  '#7a5200',
  '#0e6470',
  '#8a2d5c',
  '#3f4d8c',
  '#5a5a14',
  '#24586b',
  '#a12f62',
  '#6b4a2b',
] as const;

const SHAPES = ['round', 'square', 'speech'] as const;

/** A stable number from a speaker's id (its emblem's shape, its colour where no room gives one). */
function idHash(id: string): number {
  let hash = 7;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash;
}

/** The colour of a voice: the room's choice (`index`), else one from its id. */
export function voiceColour(speaker: Speaker | undefined, index?: number): string {
  if (!speaker) return '#4d443a';
  return VOICE_COLOURS[(index ?? idHash(speaker.id)) % VOICE_COLOURS.length]!;
}

/**
 * A speaker's mark: their initials in a shape and a colour of their own — a typographic emblem,
 * never an invented likeness of a real person. Decorative: the name is always said beside it.
 */
export function SpeakerEmblem({
  speaker,
  className = '',
  colour,
}: {
  speaker: Speaker | undefined;
  className?: string;
  /** The room's colour for this voice (defaults to one from the speaker's id). */
  colour?: string;
}) {
  const shape = speaker ? SHAPES[idHash(speaker.id) % SHAPES.length] : 'round';
  return (
    <span
      className={`emblem emblem--${shape} ${className}`.trim()}
      style={{ ['--voice' as string]: colour ?? voiceColour(speaker) }}
      aria-hidden="true"
    >
      {speaker ? initials(speaker.name) : '?'}
    </span>
  );
}
