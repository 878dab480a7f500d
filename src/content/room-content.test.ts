// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getRoom, rooms as fullRooms } from './catalogue';
import { loadAllRooms, loadRoom } from './room-content';
import { getRoomSummary, roomNeighbours, roomSummaries } from './room-index';

describe('the rooms without their quotes (data/derived/rooms.json)', () => {
  it('are the rooms of data/rooms, in the order of the tour, with their numbers', () => {
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

describe("a room's quotes", () => {
  it('are at hand once loaded, the same as the whole catalogue has them', async () => {
    const id = roomSummaries.at(-1)!.id;
    expect(loadRoom.loaded(id)).toBeUndefined();
    const loading = loadRoom(id);
    // Asked again while on its way: the same load, not a second one.
    expect(loadRoom(id)).toBe(loading);
    const room = await loading;
    expect(room).toEqual(getRoom(id));
    expect(loadRoom.loaded(id)).toBe(room);
    expect(await loadRoom(id)).toBe(room);
  });

  it('of every room load together, in the order of the tour', async () => {
    expect(await loadAllRooms()).toEqual(fullRooms);
  });

  it('of a room that does not exist fail to load, by name', async () => {
    await expect(loadRoom('nowhere' as never)).rejects.toThrow('No content for room "nowhere"');
  });
});
