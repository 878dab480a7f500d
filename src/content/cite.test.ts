import { describe, expect, it } from 'vitest';
import { citation } from './cite';

describe('citation', () => {
  it('names author, title, outlet and date, in that order', () => {
    expect(
      citation({ author: 'A. de Vries', title: 'The growing energy footprint', outlet: 'Joule', date: 'octobre 2023' }),
    ).toBe('A. de Vries, « The growing energy footprint », Joule, octobre 2023');
  });
  it('leaves out an author that is the outlet itself', () => {
    expect(citation({ title: 'Electricity 2024', outlet: 'AIE', date: 'janvier 2024' })).toBe(
      '« Electricity 2024 », AIE, janvier 2024',
    );
  });
});
