import type { CardLayer } from './card-layer';
import { loadOnce } from '@/lib/once';
import { retryOnce } from '@/lib/retry';

/**
 * The code of the open card (src/features/cards/card-layer.tsx), fetched by the first move to a
 * card (the room route's loader, src/app/router.tsx), before React takes a card's prerendered page
 * over, and once the app is idle (src/main.tsx): a room is taken over without it.
 */
export const loadCardLayer = loadOnce<void, typeof CardLayer>(() =>
  retryOnce(() => import('./card-layer')).then((m) => m.CardLayer),
);
