// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './catalogue';
import { loadAllRooms, loadRoom } from './room-content';
import { getRoomSummary, roomNeighbours, roomSummaries } from './room-index';

describe("a room's quotes", () => {
  // The first of this file's tests: those after it load every room.
  it('are at hand once loaded, and loaded once', async () => {
    const id = roomSummaries.at(-1)!.id;
    expect(loadRoom.loaded(id)).toBeUndefined();
    const loading = loadRoom(id);
    // Asked again while on its way: the same load, not a second one.
    expect(loadRoom(id)).toBe(loading);
    const room = await loading;
    expect(room).toMatchObject({ id, order: roomSummaries.length });
    expect(loadRoom.loaded(id)).toBe(room);
    expect(await loadRoom(id)).toBe(room);
  });

  it('of every room load together, in the order of the tour: the catalogue of every page', async () => {
    const rooms = await loadAllRooms();
    expect(rooms.map((room) => room.id)).toEqual(roomSummaries.map((room) => room.id));
    const catalogue = await loadCatalogue();
    // The same rooms, by the same loader: not a second copy.
    expect(catalogue.rooms).toEqual(rooms);
    rooms.forEach((room, i) => expect(catalogue.rooms[i]).toBe(room));
    expect(catalogue.getRoom(rooms[0]!.id)).toBe(rooms[0]);
  });

  it('of a room that does not exist fail to load, by name', async () => {
    await expect(loadRoom('nowhere' as never)).rejects.toThrow('No content for room "nowhere"');
  });
});

describe('the rooms without their quotes (data/derived/rooms.json)', () => {
  it('are the rooms of data/rooms, in the order of the tour, with their numbers', async () => {
    const fullRooms = await loadAllRooms();
    expect(roomSummaries.map((room) => room.id)).toEqual(fullRooms.map((room) => room.id));
    for (const room of fullRooms) {
      const summary = getRoomSummary(room.id)!;
      expect(summary).toMatchObject({ order: room.order, title: room.title, intro: room.intro, heading: room.heading });
      expect(summary.cardCount).toBe(room.cards.length);
      expect(summary.voiceCount).toBe(new Set(room.cards.map((card) => card.speaker ?? '')).size);
      // Nothing of the quotes themselves: they are loaded with the room.
      expect(summary).not.toHaveProperty('cards');
    }
  });

  it('know the doors on either side of a room', () => {
    const [first, second] = roomSummaries;
    expect(roomNeighbours(first!.id)).toEqual({ previous: undefined, next: second });
    expect(roomNeighbours(second!.id).previous).toBe(first);
    expect(getRoomSummary('nowhere')).toBeUndefined();
  });
});
