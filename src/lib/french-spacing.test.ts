import { describe, expect, it } from 'vitest';
import { frenchSpacing, frenchSpacingDeep } from './french-spacing';

describe('frenchSpacing', () => {
  it('makes the space before : ; ? ! » and after « non-breaking', () => {
    expect(frenchSpacing("Plan de l'exposition : cinq salles")).toBe("Plan de l'exposition\u00a0: cinq salles");
    expect(frenchSpacing('Qui parle ? Elle ; lui !')).toBe('Qui parle\u202f? Elle\u202f; lui\u202f!');
    expect(frenchSpacing('« minerais de sang »')).toBe('«\u00a0minerais de sang\u00a0»');
  });

  it('adds no space where the writer put none, and leaves other spaces alone', () => {
    expect(frenchSpacing('«minerais de conflit» http://a.b/c?d=e 10:30')).toBe(
      '«minerais de conflit» http://a.b/c?d=e 10:30',
    );
  });

  it('goes through a tree of strings, other values as they are', () => {
    expect(frenchSpacingDeep({ a: 'Oui ?', b: { c: 'Non !', n: 3 } })).toEqual({
      a: 'Oui\u202f?',
      b: { c: 'Non\u202f!', n: 3 },
    });
  });
});

describe('the French UI strings', () => {
  it('are set in French typography, in French and wherever French stands in', async () => {
    const { createI18n, loadFrenchStrings } = await import('@/i18n/create-i18n');
    // A room's strings are there from the start.
    const before = createI18n('fr', {});
    expect(before.t('room.keys')).toMatch(/^Au clavier\u00a0: /);
    // The other pages' come once loaded, to the instances made before as to those made after.
    await loadFrenchStrings();
    for (const instance of [before, createI18n('fr', {})])
      expect(instance.t('hall.planTitle')).toBe("Plan de l'exposition\u00a0: cinq salles");
    expect(createI18n('en', { hall: { planTitle: 'Floor plan: five rooms' } } as never).t('hall.planTitle')).toBe(
      'Floor plan: five rooms',
    );
  });
});
