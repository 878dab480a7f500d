import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KIOSK_SETTINGS_KEY } from '@/config/kiosk-session';

// A fresh module each time: what a reload of the page would find.
const load = async () => {
  vi.resetModules();
  return import('./collection');
};

describe('the visitor’s collection', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps quotes in the order kept, each once, and lets one go', async () => {
    const { getCollection, keepAll, removeKept, toggleKept } = await load();
    toggleKept('a');
    toggleKept('b');
    keepAll(['c', 'a', 'd']);
    expect(getCollection()).toEqual(['a', 'b', 'c', 'd']);
    toggleKept('b');
    removeKept('d');
    expect(getCollection()).toEqual(['a', 'c']);
  });

  it('outlives a reload on the web (localStorage)', async () => {
    (await load()).keepAll(['x', 'y']);
    expect(JSON.parse(localStorage.getItem('contre-sommet.collection')!)).toEqual(['x', 'y']);
    expect((await load()).getCollection()).toEqual(['x', 'y']);
  });

  it('tells the components that show it: the count and the marks follow', async () => {
    const { toggleKept, useCollectionCount, useIsKept } = await load();
    const count = renderHook(() => useCollectionCount());
    const mark = renderHook(() => useIsKept('q'));
    expect([count.result.current, mark.result.current]).toEqual([0, false]);
    act(() => toggleKept('q'));
    expect([count.result.current, mark.result.current]).toEqual([1, true]);
  });

  it('tolerates storage that fails or holds rubbish: kept in memory for the visit', async () => {
    localStorage.setItem('contre-sommet.collection', '{not json');
    const { getCollection, toggleKept } = await load();
    expect(getCollection()).toEqual([]);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    toggleKept('z');
    expect(getCollection()).toEqual(['z']);
  });

  it('on a kiosk lives in the session’s storage (src/features/kiosk/reset.test.ts: the reset empties it)', async () => {
    sessionStorage.setItem(KIOSK_SETTINGS_KEY, '{"idle":90}');
    const { keepAll } = await load();
    keepAll(['k1', 'k2', 'k3']);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.getItem('contre-sommet.collection')).not.toBeNull();
  });
});
