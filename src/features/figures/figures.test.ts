// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '@/content/catalogue';
import type { Room } from '@/content/types';
import { countByStatus, deriveFigures, formatQuantity, parseQuantity } from './figures';

const { rooms } = await loadCatalogue();

describe('a number in the words of a claim', () => {
  it('is read the French way: grouped thousands, decimal comma, percent, ranges, multiples', () => {
    expect(parseQuantity('300.000 appels tous les mois')).toEqual({ kind: 'number', values: [300000], decimals: 0 });
    expect(parseQuantity('70 000 salariées')).toEqual({ kind: 'number', values: [70000], decimals: 0 });
    expect(parseQuantity("4,2 à 6,6 milliards de m³ d'eau")).toEqual({
      kind: 'number',
      values: [4.2, 6.6],
      decimals: 1,
    });
    expect(parseQuantity('95% des images')).toEqual({ kind: 'percent', values: [95], decimals: 0 });
    expect(parseQuantity('85 % des films')).toEqual({ kind: 'percent', values: [85], decimals: 0 });
    expect(parseQuantity("10 fois plus de carbone qu'une requête")).toEqual({
      kind: 'times',
      values: [10],
      decimals: 0,
    });
    expect(parseQuantity('1000 oeuvres par jour')).toEqual({ kind: 'number', values: [1000], decimals: 0 });
  });

  it('may be spelt out', () => {
    expect(parseQuantity("deux fois au Conseil d'État")).toEqual({ kind: 'number', values: [2], decimals: 0 });
    expect(parseQuantity('dix fois plus')).toEqual({ kind: 'times', values: [10], decimals: 0 });
  });

  it('is not a year, nor a word that merely contains a number word', () => {
    expect(parseQuantity('un rapport du CESE de 2024')).toBeUndefined();
    expect(parseQuantity('La Ligue des auteurs professionnels en 2022')).toBeUndefined();
    expect(parseQuantity('barbarie moderne')).toBeUndefined();
    expect(parseQuantity('#TouchePasMaVF')).toBeUndefined();
    expect(parseQuantity('le centre de données')).toBeUndefined();
  });
});

describe('a quantity written out', () => {
  it('follows the locale, and ends on the figure as said', () => {
    const water = parseQuantity('4,2 à 6,6 milliards')!;
    expect(formatQuantity(water, 'fr-FR')).toBe('4,2–6,6');
    expect(formatQuantity(water, 'en-GB')).toBe('4.2–6.6');
    expect(formatQuantity(parseQuantity('300.000 appels')!, 'en-GB')).toBe('300,000');
    expect(formatQuantity(parseQuantity('95% des images')!, 'en-GB')).toBe('95%');
    expect(formatQuantity(parseQuantity('10 fois plus')!, 'de-DE')).toBe('×10');
  });

  it('counts up from zero', () => {
    const calls = parseQuantity('300.000 appels')!;
    expect(formatQuantity(calls, 'en-GB', 0)).toBe('0');
    expect(formatQuantity(calls, 'en-GB', 0.5)).toBe('150,000');
  });
});

describe('the figures of the exhibition', () => {
  const figures = deriveFigures(rooms);

  it('are every context note of every card, each linked to its card and room', () => {
    const notes = rooms.flatMap((room) =>
      room.cards.flatMap((card) => (card.context ?? []).map((note) => ({ room, card, note }))),
    );
    expect(figures).toHaveLength(notes.length);
    for (const figure of figures) {
      expect(figure.room.cards).toContain(figure.card);
      expect(figure.card.context).toContain(figure.note);
      // The words a note is about are in the quote itself.
      expect(figure.card.text).toContain(figure.note.about);
    }
    expect(new Set(figures.map((f) => f.key)).size).toBe(figures.length);
  });

  it('include the numbers of the day', () => {
    // French groups thousands with a narrow no-break space: compare with plain spaces.
    const numbers = figures
      .filter((f) => f.quantity)
      .map((f) => formatQuantity(f.quantity!, 'fr-FR').replace(/\s/g, ' '));
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers).toEqual(expect.arrayContaining(['×10', '300 000', '95 %']));
  });

  it('are derived from whatever rooms they are given', () => {
    const room = {
      ...rooms[0]!,
      cards: [
        {
          id: 'c',
          speaker: null,
          lines: [1],
          text: 'Il y a 12 mines.',
          attribution: { confidence: 'certain' as const },
          context: [{ id: 'n', about: '12 mines', status: 'unverified' as const, note: 'x', sources: [] }],
        },
      ],
    } satisfies Room;
    expect(deriveFigures([room])).toMatchObject([{ key: 'c--n', quantity: { values: [12] } }]);
  });
});

describe('what the sources support', () => {
  const figures = deriveFigures(rooms);

  it('counts a figure as backed by a source only when its source says the same', () => {
    const counts = countByStatus(figures);
    expect(counts.sourced + counts.differs + counts.unverified).toBe(figures.length);
    // The sources measure electricity, and newer ones are about ten times lower: not "backed".
    const google = figures.find((f) => f.card.id === 'montmarin-requete-dix-fois-google')!;
    expect(google.note.status).toBe('differs');
    expect(counts.differs).toBeGreaterThanOrEqual(1);
  });

  it('names outlet, title and date for every source of a note that cites one', () => {
    for (const { note } of figures.filter((f) => f.note.status !== 'unverified')) {
      expect(note.sources.length).toBeGreaterThan(0);
      for (const source of note.sources) {
        expect(source.outlet).not.toMatch(/^presse\b/i);
        expect([source.title, source.outlet, source.date].every(Boolean)).toBe(true);
      }
    }
  });
});
