import type { Card } from '@/content/types';
import { useLocalise } from '@/content/use-localise';

/** A card's texts in the page's language, each with its provenance. */
export function useCardText(card: Card) {
  return useLocalise().card(card);
}
