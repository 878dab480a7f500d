import { render } from '@testing-library/react';
import { I18nProvider } from '@/i18n/react';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '@/i18n/instances';
import { QuoteText, splitCorrections } from './quote-text';

const fix = (original: string, corrected: string) => ({
  id: 'x',
  original,
  corrected,
  kind: 'spelling' as const,
  note: 'n',
});

describe('a quote with corrections', () => {
  it('is split around each corrected passage, in text order', () => {
    const pieces = splitCorrections('il ya plus d’images, il faut assoier', [
      fix('assoier', 'asseoir'),
      fix('il ya', 'il y a'),
    ]);
    expect(pieces.map((p) => p.text)).toEqual(['il ya', ' plus d’images, il faut ', 'assoier']);
    expect(pieces[0]!.correction?.corrected).toBe('il y a');
  });

  it('shows the correction marked, and says what the transcript printed', () => {
    const { container } = render(
      <I18nProvider i18n={i18nFor('fr')}>
        <QuoteText text="il faut assoier des principes" corrections={[fix('assoier', 'asseoir')]} />
      </I18nProvider>,
    );
    const mark = container.querySelector('.fix')!;
    expect(mark).toHaveTextContent('asseoir');
    expect(mark).toHaveTextContent('la transcription porte « assoier »');
    expect(container).toHaveTextContent(/^il faut asseoir/);
  });

  it('renders markup in the content as plain text', () => {
    const { container } = render(
      <I18nProvider i18n={i18nFor('fr')}>
        <QuoteText text={'<img src=x onerror="alert(1)"> *Barbarie*'} />
      </I18nProvider>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)"> *Barbarie*');
  });
});
