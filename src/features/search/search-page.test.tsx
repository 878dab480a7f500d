import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { visit } from '../../../tests/visit';
import { loadCatalogue } from '@/content/catalogue';

const { getRoom } = await loadCatalogue();

describe('the search page', () => {
  it('searches the query of the URL, results grouped by room, words marked, each a link to its card', async () => {
    visit('/fr/recherche/?q=vairon');
    const travail = await screen.findByRole('region', { name: getRoom('travail')!.title });
    const theirs = getRoom('travail')!.cards.filter((c) => c.speaker === 'marie-vairon');
    for (const card of theirs) expect(travail.querySelector(`a[href="/fr/travail/${card.id}/"]`)).not.toBeNull();
    expect(within(travail).getAllByText('Vairon', { selector: 'mark' }).length).toBeGreaterThanOrEqual(theirs.length);
    expect(screen.getByRole('searchbox')).toHaveValue('vairon');
  }, 60_000);

  it('puts what is typed in the URL and updates the results', async () => {
    const history = visit('/fr/recherche/');
    const field = await screen.findByRole('searchbox', { name: "Rechercher dans l'exposition" });
    await userEvent.click(field);
    await userEvent.paste('delocalisation');
    expect(history.location.search).toBe('?q=delocalisation');
    expect(await screen.findByRole('region', { name: getRoom('travail')!.title })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ résultats? · dans \d+ salles?$/);
    await userEvent.clear(field);
    expect(history.location.search).toBe('');
    // The results follow the field at a lower priority (useDeferredValue): gone right after.
    await waitFor(() => expect(screen.queryByRole('region', { name: getRoom('travail')!.title })).toBeNull());
  }, 60_000);

  it('finding nothing, suggests the rooms on the theme and the close words, and says so', async () => {
    visit('/fr/recherche/?q=climat%20musqiue');
    const environment = getRoom('environnement')!;
    const room = await screen.findByRole('link', { name: new RegExp(`^${environment.title}`) });
    expect(room).toHaveAttribute('href', '/fr/environnement/');
    const words = screen.getByRole('region', { name: "Des mots proches, présents dans l'exposition" });
    expect(within(words).getByRole('link', { name: 'musique' })).toHaveAttribute('href', '/fr/recherche/?q=musique');
    // French typography aside (its non-breaking spaces), the announcement says all three.
    expect(screen.getByRole('status').textContent.replace(/\s/g, ' ')).toBe(
      'Aucun résultat pour « climat musqiue ». Sur ce thème : Environnement. Mots proches : musique.',
    );
  }, 60_000);

  it('with nothing typed, offers examples: each a link to its search, focus on the heading once followed', async () => {
    // A new search starts at the top of the page (jsdom does not scroll).
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const history = visit('/fr/recherche/');
    const examples = await screen.findByRole('region', { name: 'Exemples de recherche' });
    await userEvent.click(within(examples).getByRole('link', { name: 'doublage' }));
    expect(history.location.search).toBe('?q=doublage');
    expect(await screen.findByRole('region', { name: getRoom('culture')!.title })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('doublage');
    expect(screen.queryByRole('region', { name: 'Exemples de recherche' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
    scrollTo.mockRestore();
  }, 60_000);
});
