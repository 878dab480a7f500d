import { useParams } from 'react-router';
import { getRoom } from '@/content/catalogue';
import { RoomPage } from '@/features/rooms/room-page';

/** `/:lang/:roomId/:cardId?` — the loader has checked that room and card exist. */
export function RoomRoute() {
  const { roomId, cardId } = useParams();
  const room = getRoom(roomId);
  return room ? <RoomPage room={room} cardId={cardId} /> : null;
}
