/**
 * Collection links carry cards by short code, not by id: a card id is a long slug, and a QR code
 * that must scan from a metre has room for little. A card's code is three base-36 characters from
 * a hash of its id (or its `code`, set by the curators when two ids hash alike): stable while the
 * id is, and checked unique by `npm run content:check`. A collection is its codes end to end, no
 * separator: `?c=k12grxzx3`. See docs/content.md.
 */
import type { Card } from './types';

export const CODE_LENGTH = 3;
const CODE_SPACE = 36 ** CODE_LENGTH;

/** FNV-1a over the id's UTF-8 bytes: tiny, and the same in every browser and in Node. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

export function hashCode(id: string): string {
  return (fnv1a(id) % CODE_SPACE).toString(36).padStart(CODE_LENGTH, '0');
}

export function cardCode(card: Pick<Card, 'id' | 'code'>): string {
  return card.code ?? hashCode(card.id);
}

/** Cards that share a code, as [code, ids]: what the content check refuses. */
export function codeClashes(cards: readonly Pick<Card, 'id' | 'code'>[]): [string, string[]][] {
  const byCode = new Map<string, string[]>();
  for (const card of cards) byCode.set(cardCode(card), [...(byCode.get(cardCode(card)) ?? []), card.id]);
  return [...byCode].filter(([, ids]) => ids.length > 1);
}

/** The query value of a collection: its cards' codes, in order. */
export function encodeCollection(ids: readonly string[], codeOf: (id: string) => string | undefined): string {
  return ids.map(codeOf).filter(Boolean).join('');
}

export interface DecodedCollection {
  /** The cards found, in the address's order, each once. */
  ids: string[];
  /** Codes that name no card (an older link, a mistyped one): counted, never fatal. */
  unknown: number;
}

/** A query value back to card ids; anything that is not a known code is counted as unknown. */
export function decodeCollection(value: string, idOf: (code: string) => string | undefined): DecodedCollection {
  const ids: string[] = [];
  let unknown = 0;
  const clean = value.trim().toLowerCase();
  for (let i = 0; i < clean.length; i += CODE_LENGTH) {
    const id = idOf(clean.slice(i, i + CODE_LENGTH));
    if (!id) unknown++;
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}
