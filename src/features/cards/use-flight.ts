import { usePresence } from 'framer-motion';
import { useLayoutEffect, type RefObject } from 'react';
import { flightTiming } from '@/config/motion';
import { cardDomId } from '@/components/quote/quote-card';

/**
 * Where the open card starts from and goes back to: its bubble on the wall, as a transform of the
 * card (centred on the bubble, as wide as it), transparent. A card whose bubble is not on the page
 * grows out of the middle of the screen.
 */
function atBubble(cardId: string, card: HTMLElement): Keyframe {
  const bubble = document.getElementById(cardDomId(cardId));
  const to = card.getBoundingClientRect();
  const from = bubble?.getBoundingClientRect();
  if (!from || !from.width || !to.width) return { transform: 'scale(0.92)', opacity: 0 };
  const dx = from.left + from.width / 2 - (to.left + to.width / 2);
  const dy = from.top + from.height / 2 - (to.top + to.height / 2);
  return { transform: `translate(${dx}px, ${dy}px) scale(${from.width / to.width})`, opacity: 0 };
}

const AT_REST: Keyframe = { transform: 'none', opacity: 1 };

/**
 * An open card grows out of its bubble, and goes back into it when it closes: one element measured
 * twice and moved by the compositor (transform and opacity), where a shared layout would have
 * measured every bubble of the room on every change of the wall. Nothing moves when less motion is
 * asked for. Returns whether the card is still present (false while it flies back).
 */
export function useFlight(card: RefObject<HTMLElement | null>, cardId: string, reduced: boolean): boolean {
  const [present, safeToRemove] = usePresence();

  useLayoutEffect(() => {
    const el = card.current;
    if (reduced || !el || typeof el.animate !== 'function') return;
    const flight = el.animate([atBubble(cardId, el), AT_REST], flightTiming);
    return () => flight.cancel();
  }, [card, cardId, reduced]);

  // In the commit that closes it (a layout effect): it leaves from the frame it was in.
  useLayoutEffect(() => {
    if (present) return;
    const el = card.current;
    if (reduced || !el || typeof el.animate !== 'function') {
      safeToRemove?.();
      return;
    }
    // Closed while it was still opening: it goes back from where it is at rest.
    el.getAnimations().forEach((running) => running.cancel());
    const flight = el.animate([AT_REST, atBubble(cardId, el)], { ...flightTiming, fill: 'forwards' });
    flight.finished.then(
      () => safeToRemove?.(),
      () => safeToRemove?.(),
    );
    return () => flight.cancel();
  }, [present, card, cardId, reduced, safeToRemove]);

  return present;
}
