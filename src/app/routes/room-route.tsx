import { useParams } from 'react-router';
import { loadedRoom } from '@/content/room-content';
import { RoomPage } from '@/features/rooms/room-page';

/** `/:lang/:roomId/:cardId?` — the loader has checked that room and card exist, and loaded the room. */
export function RoomRoute() {
  const { roomId, cardId } = useParams();
  const room = loadedRoom(roomId);
  return room ? <RoomPage room={room} cardId={cardId} /> : null;
}
