import { useNavigate } from 'react-router';
import { LANG_DIR } from '@/config/languages';
import { loadRoom } from '@/content/room-content';
import { roomSummaries } from '@/content/room-index';
import { useAskedPath } from './use-asked-path';
import { hrefOf, nextPlace, placeOf, type TourAction, type TourMap } from '@/lib/tour';
import { useShortcuts } from './use-shortcuts';

const map: TourMap = {
  rooms: roomSummaries.map((room) => room.id),
  cardsOf: (room) => loadRoom.loaded(room)?.cards.map((card) => card.id),
};

/**
 * The tour's one move function: from the page last asked for, the place `action` leads to
 * (src/lib/tour.ts), navigated to at once. Returns whether it moved.
 */
export function useTourMove(): (action: TourAction) => boolean {
  const navigate = useNavigate();
  const asked = useAskedPath();
  return (action) => {
    const pathname = asked().slice(import.meta.env.BASE_URL.length - 1);
    const place = placeOf(pathname, map);
    const next = place && nextPlace(place, action, LANG_DIR[place.lang], map);
    if (!next) return false;
    // A card opened, closed or changed: the wall under it stays where it is.
    void navigate(hrefOf(next), { preventScrollReset: next.room === place.room && Boolean(next.card ?? place.card) });
    return true;
  };
}

/** The tour's keys, heard by the app's frame (always there, between two rooms too). */
export function useTourKeys(): void {
  const move = useTourMove();
  useShortcuts({
    previous: () => move('left'),
    next: () => move('right'),
    close: () => move('close'),
    hall: () => move('hall'),
  });
}
