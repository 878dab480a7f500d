import type { Card } from './fixtures';

/** The French quote as the curators read it (corrections applied): what translators translated. */
export function correctedFrench(card: Card): string {
  return (card.corrections ?? []).reduce((text, c) => text.replace(c.original, c.corrected), card.text);
}
