import { afterEach, describe, expect, it, vi } from 'vitest';
import { KIOSK_DEFAULTS } from '@/config/kiosk';
import { KIOSK_SETTINGS_KEY } from '@/config/kiosk-session';
import { getCollection, keepAll } from '@/lib/collection';
import { forgetCachedQueries, forgetStorage, resetKiosk } from './reset';

describe('a kiosk reset forgets the visit', () => {
  afterEach(() => {
    sessionStorage.clear();
    vi.unstubAllGlobals();
  });

  it('empties local storage and the session’s, but for the kiosk’s own settings', () => {
    localStorage.setItem('contre-sommet.lang', 'en');
    sessionStorage.setItem('react-router-scroll-positions', '{"abc":1200}');
    sessionStorage.setItem('contre-sommet.motion', 'reduce');
    sessionStorage.setItem(KIOSK_SETTINGS_KEY, '{"idle":90}');
    sessionStorage.setItem(`${KIOSK_SETTINGS_KEY}.attract`, '1');
    forgetStorage();
    expect(localStorage.length).toBe(0);
    expect(Object.keys(sessionStorage).sort()).toEqual([KIOSK_SETTINGS_KEY, `${KIOSK_SETTINGS_KEY}.attract`]);
  });

  it('drops the pages the service worker kept with a query', async () => {
    const kept = ['/fr/', '/fr/search/?q=Marie+Dupont+06+12+34+56+78', '/en/travail/?utm_source=x'].map(
      (path) => new Request(new URL(path, 'http://localhost/')),
    );
    const cache = {
      keys: () => Promise.resolve([...kept]),
      delete: vi.fn((request: Request) => Promise.resolve(kept.splice(kept.indexOf(request), 1).length > 0)),
    };
    vi.stubGlobal('caches', { has: () => Promise.resolve(true), open: () => Promise.resolve(cache) });
    await forgetCachedQueries();
    expect(cache.delete).toHaveBeenCalledTimes(2);
    expect(kept.map((request) => new URL(request.url).pathname + new URL(request.url).search)).toEqual(['/fr/']);
  });

  it('empties the visitor’s collection, kept in the session’s storage on a kiosk', async () => {
    sessionStorage.setItem(KIOSK_SETTINGS_KEY, '{"idle":90}');
    keepAll(['k1', 'k2', 'k3']);
    expect(sessionStorage.getItem('contre-sommet.collection')).not.toBeNull();
    const replace = vi.fn();
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    vi.stubGlobal('location', { ...window.location, hostname: 'localhost', replace });
    await resetKiosk(KIOSK_DEFAULTS, () => Promise.resolve());
    expect(replace).toHaveBeenCalled();
    expect(sessionStorage.getItem('contre-sommet.collection')).toBeNull();
    expect(getCollection()).toEqual([]);
  });
});
