/**
 * The exhibition's content as the app sees it: plain JSON, validated at build time (see
 * validate.ts and the vite plugin), looked up by stable id. Nothing here touches the browser.
 */
import hallJson from '../../data/hall.json';
import speakersJson from '../../data/speakers.json';
import type { Card, Hall, Room, RoomId, Speaker } from './types';

const roomModules = import.meta.glob<Room>('../../data/rooms/*.json', { eager: true, import: 'default' });

export const hall = hallJson as Hall;
export const rooms: readonly Room[] = Object.values(roomModules).sort((a, b) => a.order - b.order);
const speakers = new Map((speakersJson.speakers as Speaker[]).map((s) => [s.id, s]));

export function getRoom(id: string | undefined): Room | undefined {
  return rooms.find((room) => room.id === id);
}

export function getCard(room: Room, cardId: string | undefined): Card | undefined {
  return room.cards.find((card) => card.id === cardId);
}

export function getSpeaker(id: string | null): Speaker | undefined {
  return id === null ? undefined : speakers.get(id);
}

/** The rooms before and after this one on the tour (none past either end). */
export function roomNeighbours(id: RoomId): { previous?: Room; next?: Room } {
  const index = rooms.findIndex((room) => room.id === id);
  return { previous: rooms[index - 1], next: rooms[index + 1] };
}

export function cardNeighbours(room: Room, cardId: string): { previous?: Card; next?: Card } {
  const index = room.cards.findIndex((card) => card.id === cardId);
  return index < 0 ? {} : { previous: room.cards[index - 1], next: room.cards[index + 1] };
}

export interface SpeakerGroup {
  /** Stable key: the first card's id (a speaker may have several groups in a room). */
  key: string;
  speaker: Speaker | undefined;
  cards: Card[];
}

/** Consecutive cards of the same speaker, as they stand together on the wall. */
export function groupBySpeaker(cards: readonly Card[]): SpeakerGroup[] {
  const groups: SpeakerGroup[] = [];
  for (const card of cards) {
    const last = groups.at(-1);
    if (last && last.cards[0]?.speaker === card.speaker) last.cards.push(card);
    else groups.push({ key: card.id, speaker: getSpeaker(card.speaker), cards: [card] });
  }
  return groups;
}

/**
 * The room whose part of the transcript a line is printed in, so that a card placed in
 * another room by subject can say so openly.
 */
export function printedInRoom(line: number): Room | undefined {
  return [...rooms].filter((room) => room.heading.line <= line).sort((a, b) => b.heading.line - a.heading.line)[0];
}

export const cardCount = rooms.reduce((n, room) => n + room.cards.length, 0);
