// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fold, highlight, processTerm, tokenize } from './normalise';

const terms = (text: string) => tokenize(text).map(processTerm).filter(Boolean);

describe('search normalisation', () => {
  it('ignores accents and case', () => {
    expect(processTerm('École')).toBe('ecole');
    expect(processTerm('ÉTAT')).toBe('etat');
    expect(processTerm('délocalisation')).toBe('delocalisation');
    expect(processTerm('Maupomé')).toBe('maupome');
    expect(processTerm('Ça')).toBe('ca');
    expect(fold('Über Straße')).toBe('uber straße');
  });

  it('spells ligatures out', () => {
    expect(processTerm('Œuvres')).toBe('oeuvres');
    expect(processTerm('oeuvres')).toBe('oeuvres');
  });

  it('drops French elisions at the start of a word, straight or curly apostrophe', () => {
    expect(terms("L'impact de l’IA, qu'il faut d'abord mesurer")).toEqual([
      'impact',
      'de',
      'ia',
      'il',
      'faut',
      'abord',
      'mesurer',
    ]);
    expect(terms("j'effectue n'est s'il c'est m'a t'es")).toEqual(['effectue', 'est', 'il', 'est', 'a', 'es']);
    expect(terms('Qu’on')).toEqual(['on']);
  });

  it('keeps apostrophes inside words out of the way, the same in documents and queries', () => {
    expect(processTerm("aujourd'hui")).toBe('aujourdhui');
    expect(processTerm('aujourd’hui')).toBe('aujourdhui');
    expect(processTerm("don't")).toBe('dont');
    expect(processTerm("'")).toBeNull();
  });

  it('splits on punctuation and spaces, not inside words with letters of any script', () => {
    expect(tokenize('micro-tâches, à la chaîne ! 300.000 appels')).toEqual([
      'micro',
      'tâches',
      'à',
      'la',
      'chaîne',
      '300',
      '000',
      'appels',
    ]);
    expect(tokenize('الذكاء الاصطناعي')).toEqual(['الذكاء', 'الاصطناعي']);
  });

  it('marks the matching words of a text, whatever their accents, case or elision', () => {
    const pieces = highlight("L'École, c'est l'ecole.", new Set(['ecole']));
    expect(pieces).toEqual([
      { text: "L'École", hit: true },
      { text: ", c'est ", hit: false },
      { text: "l'ecole", hit: true },
      { text: '.', hit: false },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe("L'École, c'est l'ecole.");
  });
});
