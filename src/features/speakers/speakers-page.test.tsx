import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { visit } from '../../../tests/visit';
import { loadCatalogue } from '@/content/catalogue';
import { UNNAMED_SPEAKER_ID } from './speaker-index';

const { getRoom } = await loadCatalogue();

describe('the speakers pages, as routes', () => {
  it('list the voices of each room, each a link to their page', async () => {
    visit('/fr/intervenants/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Les intervenant·es' })).toBeInTheDocument();
    const travail = screen.getByRole('region', { name: getRoom('travail')!.title });
    const links = within(travail)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href')?.startsWith('/fr/intervenants/'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/fr/intervenants/sandrine-larizza/',
      '/fr/intervenants/habib-el-kettani/',
      '/fr/intervenants/marie-vairon/',
    ]);
  });

  it('show a speaker’s quotes, each linking to its card', async () => {
    visit('/fr/intervenants/habib-el-kettani/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Habib El Kettani' })).toBeInTheDocument();
    const cards = getRoom('travail')!.cards.filter((c) => c.speaker === 'habib-el-kettani');
    expect(screen.getAllByRole('figure')).toHaveLength(cards.length);
    for (const card of cards) {
      expect(document.querySelector(`a[href="/fr/travail/${card.id}/"]`)).not.toBeNull();
    }
  });

  it('give the unnamed participant a page', async () => {
    visit(`/fr/intervenants/${UNNAMED_SPEAKER_ID}/`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Participant·e non nommé·e' })).toBeInTheDocument();
  });

  it('answer an unknown speaker with the not-found page', async () => {
    visit('/fr/intervenants/personne/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Salle introuvable' })).toBeInTheDocument();
  });
});
