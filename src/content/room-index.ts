/**
 * The rooms without their quotes (their titles, introductions and numbers): what the hall's doors,
 * a room's doors and the not-found page show (the hall's own texts: src/content/hall.ts), derived
 * from data/rooms (data/derived/rooms.json, src/content/derived.ts). A room's quotes are loaded with its
 * page (src/content/room-content.ts): a visit does not download the other rooms' before the app
 * starts.
 */
import index from '../../data/derived/rooms.json';
import type { RoomId, RoomSummary } from './types';

export const roomSummaries = index as readonly RoomSummary[];

export function getRoomSummary(id: string | undefined): RoomSummary | undefined {
  return roomSummaries.find((room) => room.id === id);
}

/** The rooms before and after this one on the tour (none past either end). */
export function roomNeighbours(id: RoomId): { previous?: RoomSummary; next?: RoomSummary } {
  const index = roomSummaries.findIndex((room) => room.id === id);
  return { previous: roomSummaries[index - 1], next: roomSummaries[index + 1] };
}

/**
 * The room whose part of the transcript a line is printed in, so that a card placed in
 * another room by subject can say so openly.
 */
export function printedInRoom(line: number): RoomSummary | undefined {
  return [...roomSummaries]
    .filter((room) => room.heading.line <= line)
    .sort((a, b) => b.heading.line - a.heading.line)[0];
}
