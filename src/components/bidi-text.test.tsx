import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Localised } from '@/content/localise';
import { i18nFor } from '@/i18n/instances';
import { loadLanguagePack } from '@/i18n/language-pack';
import { I18nProvider } from '@/i18n/react';
import { BidiText } from './bidi-text';
import { LocalParagraphs, LocalText } from './local-text';

const intro = 'تصف Sandrine Larizza (CGT France Travail) و Marie Vairon (Sud PTT) تقطيعَ المهام.';

describe('BidiText', () => {
  it('isolates each Latin name of an Arabic text in a <bdi>, brackets included', () => {
    const { container } = render(
      <p>
        <BidiText text={intro} lang="ar" />
      </p>,
    );
    expect([...container.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual([
      'Sandrine Larizza (CGT France Travail)',
      'Marie Vairon (Sud PTT)',
    ]);
    expect(container.textContent).toBe(intro);
  });

  it('leaves a left-to-right text as it is', () => {
    const { container } = render(
      <p>
        <BidiText text="Sandrine Larizza (CGT France Travail)" lang="fr" />
      </p>,
    );
    expect(container.querySelector('p')!.innerHTML).toBe('Sandrine Larizza (CGT France Travail)');
  });

  it('shows markup in a text as text', () => {
    const { container } = render(
      <p>
        <BidiText text={'قال <img src=x onerror="alert(1)"> و <b>Sud</b>'} lang="ar" />
      </p>,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toBe('قال <img src=x onerror="alert(1)"> و <b>Sud</b>');
  });
});

describe('LocalText and LocalParagraphs', () => {
  const arabic = (text: string): Localised => ({ text, lang: 'ar', provenance: 'draft', french: '' });
  const onPage = async (element: ReactNode) => {
    await loadLanguagePack('ar');
    return render(
      <MemoryRouter initialEntries={['/ar/']}>
        <Routes>
          <Route path="/:lang/" element={<I18nProvider i18n={i18nFor('ar')}>{element}</I18nProvider>} />
        </Routes>
      </MemoryRouter>,
    );
  };

  it('isolate the Latin names of an Arabic text', async () => {
    const { container } = await onPage(
      <>
        <LocalText as="p" value={arabic(intro)} />
        <LocalParagraphs value={arabic(`${intro}\n\nاحتضن Théâtre de la Concorde قمةً`)} />
      </>,
    );
    expect([...container.querySelectorAll('p')].map((p) => [...p.querySelectorAll('bdi')].length)).toEqual([2, 2, 1]);
  });

  it('do not in a French text, on an Arabic page too', async () => {
    const french: Localised = { text: 'Marie Vairon (Sud PTT)', lang: 'fr', provenance: 'missing', french: '' };
    const { container } = await onPage(<LocalText as="p" value={french} />);
    expect(container.querySelector('p')!.innerHTML).toBe('Marie Vairon (Sud PTT)');
  });
});
