import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { visit } from '../../../tests/visit';
import { getRoom } from '@/content/catalogue';

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
    expect(screen.queryByRole('region', { name: getRoom('travail')!.title })).toBeNull();
  }, 60_000);
});
