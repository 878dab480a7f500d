import { correctedText } from '@/content/source-entries';
import type { Card } from '@/content/types';
import { useLocalise } from '@/content/use-localise';

/** A card's texts in the page's language, each with its provenance. */
export function useCardText(card: Card) {
  const { l, note } = useLocalise();
  const key = `cards.${card.id}`;
  return {
    quote: l(`${key}.text`, correctedText(card)),
    attribution: card.attribution.note ? l(`${key}.attribution`, card.attribution.note) : undefined,
    correction: (id: string, french: string) => l(`${key}.corrections.${id}`, french),
    context: (id: string, french: string) => l(`${key}.context.${id}`, french),
    translatorNote: note(`${key}.note`),
  };
}
