/**
 * The visitor's collection: the ids of the quotes they kept, in the order kept. A tiny external
 * store (useSyncExternalStore) over the browser's storage: on the web, localStorage (it outlives
 * the visit); on a kiosk, sessionStorage, which the kiosk's reset empties with the rest
 * (src/features/kiosk/reset.ts), and clearCollection() at once. Storage that fails (disabled,
 * full, private mode) leaves the collection in memory for the visit: keeping never fails.
 */
import { useSyncExternalStore } from 'react';
import { kioskSettings } from '@/config/kiosk';

export const COLLECTION_KEY = 'contre-sommet.collection';
const EMPTY: readonly string[] = Object.freeze([]);

const area = (): Storage | undefined => {
  try {
    return kioskSettings() ? globalThis.sessionStorage : globalThis.localStorage;
  } catch {
    return undefined;
  }
};

function read(): readonly string[] {
  try {
    const parsed: unknown = JSON.parse(area()?.getItem(COLLECTION_KEY) ?? '[]');
    return Array.isArray(parsed) ? Object.freeze([...new Set(parsed.filter((id) => typeof id === 'string'))]) : EMPTY;
  } catch {
    return EMPTY;
  }
}

let kept: readonly string[] | undefined;
const listeners = new Set<() => void>();

function set(next: readonly string[]): void {
  kept = Object.freeze([...next]);
  try {
    if (kept.length) area()?.setItem(COLLECTION_KEY, JSON.stringify(kept));
    else area()?.removeItem(COLLECTION_KEY);
  } catch {
    // Not stored: kept for this visit only.
  }
  for (const listener of listeners) listener();
}

export function getCollection(): readonly string[] {
  kept ??= read();
  return kept;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the same browser kept or let go of a quote.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== COLLECTION_KEY && event.key !== null) return;
    kept = read();
    listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

export function isKept(id: string): boolean {
  return getCollection().includes(id);
}

export function toggleKept(id: string): void {
  set(isKept(id) ? getCollection().filter((k) => k !== id) : [...getCollection(), id]);
}

export function removeKept(id: string): void {
  if (isKept(id)) set(getCollection().filter((k) => k !== id));
}

/** Adds the ones not kept yet, after the others, in the given order. */
export function keepAll(ids: readonly string[]): void {
  set([...new Set([...getCollection(), ...ids])]);
}

/** Empties it, in storage and on screen (a kiosk's reset). */
export function clearCollection(): void {
  set(EMPTY);
}

const serverSnapshot = () => EMPTY;

/** The kept ids; none on the server and while a prerendered page is taken over. */
export function useCollection(): readonly string[] {
  return useSyncExternalStore(subscribe, getCollection, serverSnapshot);
}

export function useIsKept(id: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isKept(id),
    () => false,
  );
}

/** How many quotes are kept: for the site header and the kiosk's bar. */
export function useCollectionCount(): number {
  return useSyncExternalStore(
    subscribe,
    () => getCollection().length,
    () => 0,
  );
}
