// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts';
import { paths, switchLangHref } from './paths';

describe('paths', () => {
  it('build the links of the tour', () => {
    expect(paths.hall.getHref('fr')).toBe('/fr/');
    expect(paths.room.getHref('en', 'culture')).toBe('/en/culture/');
    expect(paths.card.getHref('fr', 'travail', 'x-y')).toBe('/fr/travail/x-y/');
  });

  it('switch language without leaving the room or the card', () => {
    expect(switchLangHref('/fr/travail/x-y/', 'en')).toBe('/en/travail/x-y/');
    expect(switchLangHref('/fr/', 'en')).toBe('/en/');
    expect(switchLangHref('/fr', 'en')).toBe('/en/');
  });
});

describe('shortcuts', () => {
  it('map keys to actions from one table', () => {
    expect(shortcutFor('ArrowRight')).toBe('next');
    expect(shortcutFor('Escape')).toBe('close');
    expect(shortcutFor('x')).toBeUndefined();
  });
});
