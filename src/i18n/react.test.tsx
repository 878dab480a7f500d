import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18nFor } from './instances';
import { loadLanguagePack } from './language-pack';
import { I18nProvider, useTranslation } from './react';

function SkipLink() {
  const { t, i18n } = useTranslation();
  return (
    <a href="#main" lang={i18n.language}>
      {t('layout.skipToContent')}
    </a>
  );
}

describe('the UI strings of a page', () => {
  it('come from the instance its provider gives, in that language', async () => {
    await loadLanguagePack('de');
    render(
      <>
        <I18nProvider i18n={i18nFor('fr')}>
          <SkipLink />
        </I18nProvider>
        <I18nProvider i18n={i18nFor('de')}>
          <SkipLink />
        </I18nProvider>
      </>,
    );
    const [fr, de] = screen.getAllByText(/./, { selector: 'a' });
    expect(fr).toHaveAttribute('lang', 'fr');
    expect(fr).toHaveTextContent(i18nFor('fr').t('layout.skipToContent'));
    expect(de).toHaveAttribute('lang', 'de');
    expect(de!.textContent).not.toBe(fr!.textContent);
    expect(de).toHaveTextContent(i18nFor('de').t('layout.skipToContent'));
  });

  it('are asked for outside any provider: a clear error, not French by chance', () => {
    expect(() => render(<SkipLink />)).toThrow(/no I18nProvider/);
  });
});
