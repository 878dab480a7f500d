import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@/i18n/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '@/config/languages';
import { i18nFor } from '@/i18n/instances';
import { loadLanguagePack } from '@/i18n/language-pack';
import { CardBoundary } from './card-boundary';

const fault = { on: true };
const failure = new Error('a card that cannot render');

function Quote() {
  if (fault.on) throw failure;
  return <p>Le texte de la citation</p>;
}

async function renderIn(lang: Lang) {
  await loadLanguagePack(lang);
  return render(
    <MemoryRouter initialEntries={[`/${lang}/travail/`]}>
      <Routes>
        <Route
          path="/:lang/travail/"
          element={
            <I18nProvider i18n={i18nFor(lang)}>
              <ul>
                <CardBoundary cardId="la-carte" as="li">
                  <Quote />
                </CardBoundary>
                <li>Une autre citation</li>
              </ul>
            </I18nProvider>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
}

/** The boundary's own report (React reports a caught error too, in its own words). */
const ownLogs = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.filter(([first]) => typeof first === 'string' && first.startsWith('card "la-carte"'));

describe('a card that throws', () => {
  afterEach(() => {
    fault.on = true;
    vi.restoreAllMocks();
  });

  it('is replaced by a calm line, a retry and the way to the catalogue; its neighbours stay', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = await renderIn('fr');
    const fallback = container.querySelector('li.card-fallback')!;
    expect(fallback).toHaveTextContent("Cette citation n'a pas pu s'afficher.");
    expect(screen.getByRole('link', { name: 'La lire dans le catalogue' })).toHaveAttribute('href', '/fr/catalogue/');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(screen.getByText('Une autre citation')).toBeInTheDocument();
    expect(ownLogs(error)).toEqual([['card "la-carte" could not be shown:', failure]]);
  });

  it('shows the card again on retry once it can render', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderIn('fr');
    fault.on = false;
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(screen.getByText('Le texte de la citation')).toBeInTheDocument();
    expect(screen.queryByText("Cette citation n'a pas pu s'afficher.")).toBeNull();
  });

  it('speaks the language of the page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderIn('ar');
    expect(screen.getByText('تعذّر عرض هذا الاقتباس.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'اقرأه في الدليل' })).toHaveAttribute('href', '/ar/catalogue/');
  });
});
