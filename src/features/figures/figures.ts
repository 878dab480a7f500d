/**
 * The figures said on the day, derived from the content: every context note of every card is a
 * claim the curators checked (or could not). Where the words it is about hold a number, that
 * number is read out of them, so the page can show it large; the words themselves stay verbatim.
 */
import type { Card, ContextNote, ContextStatus, Room } from '@/content/types';

export interface Quantity {
  /** 'times': "10 fois plus" (a multiple); 'percent': "95%"; 'number': anything else. */
  kind: 'number' | 'percent' | 'times';
  /** One value, or the two ends of a range ("4,2 à 6,6"). */
  values: number[];
  /** Decimal places as said ("4,2": one). */
  decimals: number;
}

export interface Figure {
  /** Unique on the page: card id and note id. */
  key: string;
  room: Room;
  card: Card;
  note: ContextNote;
  /** The number in the note's words, when there is one (a year alone is not a figure). */
  quantity?: Quantity;
}

const WORDS: Record<string, number> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  cent: 100,
  mille: 1000,
};

// French writing of numbers: "300.000" or "300 000" (grouped thousands), "4,2" (decimal comma).
const NUMBER = String.raw`(\d{1,3}(?:[.\u00a0\u202f ]\d{3})+|\d+)(?:,(\d+))?`;
const SPOKEN = new RegExp(String.raw`${NUMBER}(?:\s*(?:à|-|–)\s*${NUMBER})?(\s*%)?(\s+fois\s+(?:plus|moins))?`, 'u');
const WORD = new RegExp(
  String.raw`(?:^|[^\p{L}])(${Object.keys(WORDS).join('|')})(?=[^\p{L}]|$)(\s+fois\s+(?:plus|moins))?`,
  'iu',
);

const toNumber = (whole: string, fraction: string | undefined) =>
  Number(`${whole.replace(/[^\d]/g, '')}${fraction ? `.${fraction}` : ''}`);

/** The number a claim is about, read from its French words; undefined when there is none. */
export function parseQuantity(words: string): Quantity | undefined {
  const found = SPOKEN.exec(words);
  if (found) {
    const [, whole, fraction, toWhole, toFraction, percent, times] = found;
    const values = [toNumber(whole!, fraction), ...(toWhole ? [toNumber(toWhole, toFraction)] : [])];
    const isYear = !percent && !times && !fraction && values.length === 1 && /^(19|20)\d{2}$/.test(whole!);
    if (!isYear) {
      return {
        kind: percent ? 'percent' : times ? 'times' : 'number',
        values,
        decimals: Math.max(fraction?.length ?? 0, toFraction?.length ?? 0),
      };
    }
  }
  const word = WORD.exec(words);
  if (word) return { kind: word[2] ? 'times' : 'number', values: [WORDS[word[1]!.toLowerCase()]!], decimals: 0 };
  return undefined;
}

/**
 * A quantity written for a locale; `progress` (0 to 1) scales it for a count-up, and at 1 gives
 * the figure as said.
 */
export function formatQuantity(quantity: Quantity, locale: string, progress = 1): string {
  const format = new Intl.NumberFormat(locale, {
    minimumFractionDigits: quantity.decimals,
    maximumFractionDigits: quantity.decimals,
    ...(quantity.kind === 'percent' ? { style: 'percent' } : {}),
  });
  const scale = quantity.kind === 'percent' ? 100 : 1;
  const factor = 10 ** quantity.decimals;
  const shown = quantity.values.map((value) => format.format(Math.round(value * progress * factor) / factor / scale));
  const text = shown.join('–');
  return quantity.kind === 'times' ? `×${text}` : text;
}

/** Every context note of the exhibition, in the order of the tour, with its number if it has one. */
export function deriveFigures(from: readonly Room[]): Figure[] {
  return from.flatMap((room) =>
    room.cards.flatMap((card) =>
      (card.context ?? []).map((note) => ({
        key: `${card.id}--${note.id}`,
        room,
        card,
        note,
        quantity: parseQuantity(note.about),
      })),
    ),
  );
}

/** The statuses in the order the page states them: supported, supported otherwise, not verified. */
export const STATUS_ORDER: readonly ContextStatus[] = ['sourced', 'differs', 'unverified'];

/** How many figures have each status: a figure counts as backed by a source only when its source supports it. */
export function countByStatus(figures: readonly Pick<Figure, 'note'>[]): Record<ContextStatus, number> {
  const counts: Record<ContextStatus, number> = { sourced: 0, differs: 0, unverified: 0 };
  for (const { note } of figures) counts[note.status]++;
  return counts;
}
