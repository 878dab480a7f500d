import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANG_STORAGE_KEY } from '@/config/languages';
import { loadCatalogue } from '@/content/catalogue';
import { visit } from '../../tests/visit';

const { getRoom, getSpeaker, rooms } = await loadCatalogue();

const travail = getRoom('travail')!;

describe('the tour, as routes', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('opens / in French when the browser speaks none of our languages', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja-JP', 'ko']);
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('ja-JP');
    const history = visit('/');
    await screen.findByRole('heading', { level: 1, name: /contre-sommet de l'ia/i });
    expect(history.location.pathname).toBe('/fr/');
  });

  it('opens / in the browser’s language when it is one of ours', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['pt-BR', 'de-AT', 'en']);
    const history = visit('/');
    await screen.findByRole('heading', { level: 1 });
    expect(history.location.pathname).toBe('/de/');
  });

  it('opens / in the language chosen before', async () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    const history = visit('/');
    await screen.findByRole('link', { name: /start the tour/i });
    expect(history.location.pathname).toBe('/en/');
  });

  it('shows the five rooms as doors in the hall', async () => {
    visit('/fr/');
    const plan = await screen.findByRole('navigation', { name: /plan de l'exposition/i });
    const doors = within(plan).getAllByRole('link');
    expect(doors.map((door) => door.getAttribute('href'))).toEqual(rooms.map((room) => `/fr/${room.id}/`));
  });

  it('renders a room: every card a figure with a blockquote and a caption naming the speaker', async () => {
    visit('/fr/travail/');
    expect(await screen.findByRole('heading', { level: 1, name: travail.title })).toBeInTheDocument();
    // Rendered in the app (not taken over from a prerendered page): the bubbles follow the header,
    // one in each frame.
    await waitFor(() => expect(screen.getAllByRole('figure')).toHaveLength(travail.cards.length));
    const figures = screen.getAllByRole('figure');
    travail.cards.forEach((card, i) => {
      const figure = figures[i]!;
      expect(figure.querySelector('blockquote')).not.toBeNull();
      const caption = figure.querySelector('figcaption')!;
      expect(caption).toHaveTextContent(getSpeaker(card.speaker)?.name ?? 'Participant·e non nommé·e');
    });
  });

  it('groups the cards of a room by speaker, under the speaker’s name', async () => {
    visit('/fr/travail/');
    const voice = await screen.findByRole('region', { name: 'Habib El Kettani' });
    const habib = travail.cards.filter((card) => card.speaker === 'habib-el-kettani');
    await waitFor(() => expect(within(voice).getAllByRole('figure')).toHaveLength(habib.length));
  });

  it('gives a room gone back to all its bubbles at once, as it was left (one in each frame when moved to)', async () => {
    const culture = getRoom('culture')!;
    const history = visit('/fr/travail/');
    await waitFor(() => expect(screen.getAllByRole('figure')).toHaveLength(travail.cards.length));
    // From here no frame comes: a room moved to stays with its header alone.
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    // Where the page is put back is watched as it grows (jsdom has no ResizeObserver).
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    history.push('/fr/culture/');
    await screen.findByRole('heading', { level: 1, name: culture.title });
    expect(screen.queryAllByRole('figure')).toHaveLength(0);
    history.go(-1);
    await screen.findByRole('heading', { level: 1, name: travail.title });
    expect(screen.getAllByRole('figure')).toHaveLength(travail.cards.length);
    vi.unstubAllGlobals();
  });

  it('opens the card named in the URL, with the verbatim record and its corrections', async () => {
    const card = rooms.flatMap((room) => room.cards.map((c) => ({ room, c }))).find(({ c }) => c.corrections?.length)!;
    visit(`/fr/${card.room.id}/${card.c.id}/`);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(card.c.text, { selector: '.verbatim' })).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'Corrections de transcription' })).toBeInTheDocument();
    expect(dialog.querySelector('del')).toHaveTextContent(card.c.corrections![0]!.original);
    expect(dialog.querySelector('ins')).toHaveTextContent(card.c.corrections![0]!.corrected);
  });

  it('closes the card with Escape and goes back to the room URL', async () => {
    const card = travail.cards[3]!;
    const history = visit(`/fr/travail/${card.id}/`);
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(history.location.pathname).toBe('/fr/travail/');
  });

  it('goes to the next room with the right arrow', async () => {
    const history = visit('/fr/education/');
    await screen.findByRole('heading', { level: 1, name: getRoom('education')!.title });
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(history.location.pathname).toBe('/fr/travail/'));
    expect(await screen.findByRole('heading', { level: 1, name: travail.title })).toBeInTheDocument();
  });

  it('says "Salle introuvable" for an unknown room, with a way back', async () => {
    visit('/fr/cuisine/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Salle introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour au hall' })).toHaveAttribute('href', '/fr/');
  });

  it('says "Citation introuvable" for an unknown card, with the way back to its room', async () => {
    visit('/fr/travail/pas-une-citation/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Citation introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Retour à la salle/ })).toHaveAttribute('href', '/fr/travail/');
  });

  it('shows not-found for an unknown language or a deeper path', async () => {
    visit('/xx/travail/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Salle introuvable' })).toBeInTheDocument();
  });

  it('speaks English UI at /en/ and points to the page about the translations', async () => {
    visit('/en/travail/');
    expect(await screen.findByRole('link', { name: 'Back to the hall' })).toBeInTheDocument();
    expect(within(screen.getByRole('note')).getByRole('link', { name: 'About the translations' })).toHaveAttribute(
      'href',
      '/en/translations/',
    );
  });

  it('renders content as text, never as HTML', async () => {
    visit('/fr/environnement/');
    await screen.findAllByRole('figure');
    // The transcript's "*Barbarie numérique*" keeps its asterisks: no markup is interpreted.
    expect(document.body.innerHTML).not.toMatch(/<em>Barbarie/);
  });
});
