import { AnimatePresence } from 'framer-motion';
import { MotionProvider } from '@/components/motion-provider';
import { speakerOf } from '@/content/speakers';
import type { Card, LoadedRoom } from '@/content/types';
import { CardDialog } from './card-dialog';

/**
 * Where a room's cards open: the open card, and the one closing back into its bubble. Its code
 * (the card, its notes, framer-motion) is loaded by the first card opened, not with the room
 * (src/features/rooms/room-page.tsx), and stays, so that a card closes as it opened.
 */
export function CardLayer({ card, room, onClose }: { card: Card | undefined; room: LoadedRoom; onClose: () => void }) {
  return (
    <MotionProvider>
      <AnimatePresence>
        {card && <CardDialog key={card.id} card={card} room={room} speaker={speakerOf(room, card)} onClose={onClose} />}
      </AnimatePresence>
    </MotionProvider>
  );
}
