/**
 * Content with markup in every visible text field (tests/unit/hostile-data.ts), accepted by the
 * loader, rendered by the real routes and components: every page shows the markup as text and
 * no element is ever made from it. The app imports data/ as JSON; here those imports serve the
 * hostile copy instead.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { visit } from '../visit';
import { loadContentDir } from '@/content/validate';
import { hostileData, markup } from './hostile-data';

const fromHostileCopy = vi.hoisted(() => (file: string) => async () => {
  const { hostileData, readJson } = await import('./hostile-data');
  const { derivedFiles } = await import('@/content/derived');
  const { loadContentDir } = await import('@/content/validate');
  const { dir } = hostileData();
  // What the app loads of data/ is derived from it (src/content/derived.ts): derived from the copy.
  const derived = derivedFiles(loadContentDir(dir)).get(file.replace(/^derived\//, ''));
  return { default: derived === undefined ? readJson(dir, file) : JSON.parse(derived) };
});
vi.mock('../../data/hall.json', fromHostileCopy('hall.json'));
vi.mock('../../data/derived/rooms.json', fromHostileCopy('derived/rooms.json'));
vi.mock('../../data/derived/rooms/environnement.json', fromHostileCopy('derived/rooms/environnement.json'));
vi.mock('../../data/derived/rooms/education.json', fromHostileCopy('derived/rooms/education.json'));
vi.mock('../../data/derived/rooms/travail.json', fromHostileCopy('derived/rooms/travail.json'));
vi.mock('../../data/derived/rooms/culture.json', fromHostileCopy('derived/rooms/culture.json'));
vi.mock('../../data/derived/rooms/information.json', fromHostileCopy('derived/rooms/information.json'));
vi.mock('../../data/i18n/en/content.json', fromHostileCopy('i18n/en/content.json'));

const { dir, roomId, cardId, speakerId, fields } = hostileData();
const seen = new Set<string>();

const pages = [
  '/fr/',
  '/fr/a-propos/',
  '/fr/catalogue/',
  `/fr/${roomId}/`,
  `/fr/${roomId}/${cardId}/`,
  `/fr/intervenants/${speakerId}/`,
  '/fr/chiffres/',
  '/fr/recherche/?q=script',
  '/en/',
  '/en/a-propos/',
  `/en/${roomId}/${cardId}/`,
  `/en/intervenants/${speakerId}/`,
];

describe('markup in every text field', () => {
  it('is content the loader accepts (the build would ship it)', () => {
    expect(() => loadContentDir(dir)).not.toThrow();
  });

  it.each(pages)('%s shows it as text and makes no element from it', async (path) => {
    visit(path);
    await screen.findByRole('heading', { level: 1 });
    if (path.endsWith(`${cardId}/`)) await screen.findByRole('dialog');
    if (path.includes('?q=')) await waitFor(() => expect(document.querySelector('.search-hit')).not.toBeNull());

    expect(document.querySelector('script, img, iframe, b')).toBeNull();
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on')),
    );
    expect(handlers).toEqual([]);
    expect((window as { hostile?: unknown }).hostile).toBeUndefined();

    // The page's text, its <title> included, holds the markup character for character.
    const text = document.documentElement.textContent ?? '';
    const here = fields.filter((field) => text.includes(markup(field)));
    expect(here.length, 'some hostile field is on the page').toBeGreaterThan(0);
    here.forEach((field) => seen.add(field));
  });

  it('reaches every field on some page', () => {
    // The transcript's dateline is kept in the record; the pages give place and date instead.
    const notShown = ['fr:hall.dateline'];
    expect(fields.filter((field) => !seen.has(field))).toEqual(notShown);
  });

  it('puts it in the document title as text', async () => {
    visit(`/fr/${roomId}/`);
    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toContain(markup('fr:rooms.title'));
    expect(document.head.querySelector('script, img, iframe')).toBeNull();
  });
});
