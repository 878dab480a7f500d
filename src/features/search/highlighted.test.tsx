import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlighted } from './highlighted';

const text = 'تصف Sandrine Larizza (CGT France Travail) المهام';

describe('Highlighted', () => {
  it('marks the words found inside the isolated Latin runs of an Arabic text', () => {
    const { container } = render(
      <p>
        <Highlighted text={text} terms={new Set(['larizza', 'المهام'])} lang="ar" />
      </p>,
    );
    const bdi = container.querySelector('bdi')!;
    expect(bdi.textContent).toBe('Sandrine Larizza (CGT France Travail)');
    expect(bdi.querySelector('mark')?.textContent).toBe('Larizza');
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Larizza', 'المهام']);
    expect(container.textContent).toBe(text);
  });

  it('isolates nothing in a left-to-right text', () => {
    const { container } = render(
      <p>
        <Highlighted text="Sandrine Larizza (CGT)" terms={new Set(['cgt'])} lang="fr" />
      </p>,
    );
    expect(container.querySelector('p')!.innerHTML).toBe('Sandrine Larizza (<mark>CGT</mark>)');
  });
});
