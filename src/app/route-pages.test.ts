import { describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router';
import { LANGS } from '@/config/languages';
import { loadCatalogue } from '@/content/catalogue';
import { speakerEntries } from '@/features/speakers/speaker-index';
import { routes } from './router';
import { allPages, routeIds } from './route-pages';

const catalogue = await loadCatalogue();
const { cardCount, rooms } = catalogue;

describe('the pages of the route table', () => {
  it('covers every route that serves a page, in every language, once', async () => {
    const pages = await allPages();
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
    const perLang = 1 + 1 + 1 + speakerEntries(catalogue).length + 5 + rooms.length + cardCount;
    expect(pages).toHaveLength(LANGS.length * perLang);
    for (const lang of LANGS)
      expect(pages.filter((p) => p.lang === lang).every((p) => p.path.startsWith(`/${lang}/`))).toBe(true);
    const served = new Set(pages.map((p) => p.route));
    for (const id of [
      'hall',
      'room',
      'speaker',
      'speakers',
      'figures',
      'search',
      'catalogue',
      'about',
      'translations',
      'collection',
    ])
      expect(served).toContain(id);
  });

  it('refuses a route added without saying which pages it serves', () => {
    const table: RouteObject[] = [...routes, { id: 'new-page', path: '/nouveau' }];
    expect(() => routeIds(table)).toThrow(/new-page.*route-pages\.ts/);
    expect(() => routeIds([{ path: '/sans-id' }])).toThrow(/sans-id.*has no id/);
  });
});
