import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { visit } from '../../../tests/visit';
import { loadCatalogue } from '@/content/catalogue';
import type * as QuoteBodyModule from '@/components/quote/quote-body';

const { getRoom } = await loadCatalogue();

// One card's quote throws while rendering, on the wall and in the open card alike.
const fault = vi.hoisted(() => ({ cardId: '' }));
vi.mock('@/components/quote/quote-body', async (importOriginal) => {
  const original = await importOriginal<typeof QuoteBodyModule>();
  return {
    ...original,
    QuoteBody: (props: Parameters<typeof original.QuoteBody>[0]) => {
      if (props.card.id === fault.cardId) throw new Error(`cannot render ${props.card.id}`);
      return <original.QuoteBody {...props} />;
    },
  };
});

const travail = getRoom('travail')!;
const broken = travail.cards[2]!;
const unavailable = "Cette citation n'a pas pu s'afficher.";

describe('a card that throws in a room', () => {
  beforeEach(() => {
    fault.cardId = broken.id;
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('leaves every other card of the room readable, and says so calmly in its place', async () => {
    visit('/fr/travail/');
    await screen.findByRole('heading', { level: 1, name: travail.title });
    await screen.findByText(unavailable); // the bubbles follow the header in a room rendered in the app
    const last = travail.cards.at(-1)!;
    await waitFor(() => expect(document.getElementById(`quote-${last.id}`)).not.toBeNull()); // one in each frame
    for (const card of travail.cards) {
      const quote = document.getElementById(`quote-${card.id}`);
      if (card.id === broken.id) expect(quote).toBeNull();
      else expect(quote, card.id).not.toBeNull();
    }
    expect(screen.getAllByRole('figure')).toHaveLength(travail.cards.length - 1);
    const fallback = screen.getByText(unavailable).closest('li')!;
    expect(fallback).toHaveClass('card-fallback');
    expect(within(fallback).getByRole('link')).toHaveAttribute('href', '/fr/catalogue/');
    const logged = vi.mocked(console.error).mock.calls.filter(([first]) => String(first).startsWith('card "'));
    expect(logged).toEqual([[`card "${broken.id}" could not be shown:`, expect.any(Error)]]);
  });

  it('keeps the open card a dialog that can be closed, with the fallback as its body', async () => {
    const history = visit(`/fr/travail/${broken.id}/`);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(unavailable)).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { level: 2 })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refermer la citation' }));
    expect(history.location.pathname).toBe('/fr/travail/');
  });

  it('opens the other cards as usual', async () => {
    const other = travail.cards[3]!;
    visit(`/fr/travail/${other.id}/`);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByText(unavailable)).toBeNull();
    expect(dialog.querySelector('blockquote')).not.toBeNull();
  });
});
