/**
 * An opened quote: a modal dialog reached by a click, driven by the keyboard, with its notes
 * (corrections, context) and its share button.
 */
import type { Locator, Page } from '@playwright/test';
import {
  cardDialog,
  cardPath,
  expect,
  readRooms,
  roomPath,
  showBubble,
  speakerName,
  test,
  urlOf,
  wallFigure,
  type Card,
  type Room,
} from './fixtures';

const rooms = readRooms();
const first = rooms[0]!;

function findCard(predicate: (card: Card) => boolean): { room: Room; card: Card } {
  for (const room of rooms) {
    const card = room.cards.find(predicate);
    if (card) return { room, card };
  }
  throw new Error('No card in the content matches');
}

async function focusIsInside(container: Locator): Promise<boolean> {
  return container.evaluate((el) => el.contains(document.activeElement));
}

async function openByClick(page: Page, room: Room, card: Card) {
  const speaker = speakerName(card);
  await showBubble(page, card);
  await wallFigure(page, card)
    .getByRole('link', { name: `Ouvrir la citation de ${speaker}` })
    .click();
  await expect(page).toHaveURL(urlOf(cardPath('fr', room.id, card.id)));
  const dialog = cardDialog(page, speaker);
  await expect(dialog).toBeVisible();
  return dialog;
}

test('open by click: focus on close, Tab stays in the dialog, Escape closes and focus returns', async ({ page }) => {
  // A card with both a previous and a next card.
  const card = first.cards[1]!;
  const speaker = speakerName(card);
  await page.goto(roomPath('fr', first.id));
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const dialog = await openByClick(page, first, card);
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog.locator('blockquote')).toContainText(card.text.slice(0, 30));
  for (const section of ['Qui parle ?', 'Dans la transcription']) {
    await expect(dialog.getByRole('region', { name: section })).toBeVisible();
  }
  await expect(dialog.getByRole('region', { name: 'Dans la transcription' }).locator('.verbatim')).toHaveText(
    card.text,
  );

  const close = dialog.getByRole('button', { name: 'Refermer la citation' });
  const share = dialog.getByRole('button', { name: `Partager la citation de ${speaker}` });
  const previous = dialog.getByRole('link', { name: 'Citation précédente' });
  const next = dialog.getByRole('link', { name: 'Citation suivante' });
  await expect(close).toBeFocused();

  // Tab goes through every control of the dialog, in order, and comes back round to the close
  // button; nothing outside the dialog ever gets focus.
  const controls = dialog.locator(
    'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])',
  );
  const order = await controls.evaluateAll((els) =>
    els
      .filter((el) => !el.closest('[hidden]') && (el as HTMLElement).offsetParent !== null)
      .map((el, i) => {
        el.setAttribute('data-e2e-tab', String(i));
        return i;
      }),
  );
  expect(order.length).toBeGreaterThanOrEqual(4);
  for (const control of [close, share, previous, next]) {
    await expect(control, 'in the tab cycle').toHaveAttribute('data-e2e-tab', /\d+/);
  }
  const closeIndex = Number(await close.getAttribute('data-e2e-tab'));
  for (let step = 1; step <= order.length; step++) {
    await page.keyboard.press('Tab');
    const expected = (closeIndex + step) % order.length;
    await expect(dialog.locator(`[data-e2e-tab="${expected}"]`), `Tab #${step} from the close button`).toBeFocused();
  }
  await expect(close).toBeFocused();
  // Shift+Tab goes the other way round, also without leaving.
  for (let step = 1; step <= order.length; step++) {
    await page.keyboard.press('Shift+Tab');
    const expected = (closeIndex - step + order.length) % order.length;
    await expect(dialog.locator(`[data-e2e-tab="${expected}"]`), `Shift+Tab #${step}`).toBeFocused();
    expect(await focusIsInside(dialog)).toBe(true);
  }
  await expect(close).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(urlOf(roomPath('fr', first.id)));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator(`#open-${card.id}`)).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
});

test('the close button closes the card and gives focus back to its link', async ({ page }) => {
  const card = first.cards.at(-1)!;
  await page.goto(roomPath('fr', first.id));
  const dialog = await openByClick(page, first, card);
  await dialog.getByRole('button', { name: 'Refermer la citation' }).click();
  await expect(page).toHaveURL(urlOf(roomPath('fr', first.id)));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator(`#open-${card.id}`)).toBeFocused();
});

test.describe('with motion', () => {
  test.use({ contextOptions: { reducedMotion: 'no-preference' } });

  /**
   * The first and last frames of the flight the closed card is on, caught at the first frame it has
   * one: it is hidden from assistive tech (aria-hidden) a moment before its flight starts. `gone`
   * if it left without one.
   */
  const closingFlight = () =>
    new Promise<{ from: string; to: string }>((resolve) => {
      const look = () => {
        const dialog = document.querySelector('.dialog');
        if (!dialog) return resolve({ from: 'gone', to: 'gone' });
        const [flight] = dialog.closest('.dialog-layer[aria-hidden="true"]') ? dialog.getAnimations() : [];
        if (!flight) return requestAnimationFrame(look);
        const frames = (flight.effect as KeyframeEffect | null)?.getKeyframes() ?? [];
        resolve({ from: String(frames[0]?.transform ?? ''), to: String(frames.at(-1)?.transform ?? '') });
      };
      look();
    });
  /** Where a transform "translate(x, y) scale(s)" puts a box of the given size and place. */
  const moved = (transform: string, box: { x: number; y: number; width: number; height: number }) => {
    const [x, y, s] = (transform.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
    const cx = box.x + box.width / 2 + x!;
    const cy = box.y + box.height / 2 + y!;
    return { cx, cy, width: box.width * s! };
  };

  test('an open card grows out of its bubble and goes back into it', async ({ page }) => {
    const card = first.cards[2]!;
    await page.goto(roomPath('fr', first.id));
    const bubble = page.locator(`#card-${card.id}`);
    await bubble.scrollIntoViewIfNeeded();
    // The flight is caught the moment the card is on the page (it lasts a third of a second).
    await page.evaluate(() => {
      const w = window as unknown as { e2eOpening: Promise<unknown> };
      w.e2eOpening = new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          const dialog = document.querySelector('.dialog');
          if (!dialog) return;
          observer.disconnect();
          const [flight] = dialog.getAnimations();
          const frames = (flight?.effect as KeyframeEffect | null)?.getKeyframes() ?? [];
          resolve({ from: String(frames[0]?.transform ?? ''), to: String(frames.at(-1)?.transform ?? '') });
        }).observe(document.body, { childList: true, subtree: true });
      });
    });
    const dialog = await openByClick(page, first, card);
    const opening = (await page.evaluate(() => (window as unknown as { e2eOpening: Promise<unknown> }).e2eOpening)) as {
      from: string;
      to: string;
    };
    const at = (await bubble.boundingBox())!;
    await expect(dialog.locator('[data-autofocus]')).toBeFocused();
    await expect.poll(() => dialog.evaluate((el) => el.getAnimations().length)).toBe(0);
    const rest = (await dialog.boundingBox())!;
    // It starts centred on its bubble, as wide as it, and ends where it rests.
    expect(opening.from).toMatch(/^translate\(.+\) scale\(.+\)$/);
    expect(opening.to).toBe('none');
    const start = moved(opening.from, rest);
    expect(Math.abs(start.cx - (at.x + at.width / 2))).toBeLessThan(3);
    expect(Math.abs(start.cy - (at.y + at.height / 2))).toBeLessThan(3);
    expect(Math.abs(start.width - at.width)).toBeLessThan(3);

    // Closed, it stays on screen, out of reach of assistive tech, until it is back in its bubble.
    await page.keyboard.press('Escape');
    const closing = await page.evaluate(closingFlight);
    expect(closing.from).toBe('none');
    const end = moved(closing.to, rest);
    expect(Math.abs(end.cx - (at.x + at.width / 2))).toBeLessThan(3);
    expect(Math.abs(end.cy - (at.y + at.height / 2))).toBeLessThan(3);
    await expect(page.locator('.dialog')).toHaveCount(0);
    await expect(page.locator(`#open-${card.id}`)).toBeFocused();
  });
});

test.describe('without motion', () => {
  test.use({ contextOptions: { reducedMotion: 'reduce' } });

  test('arrows go to the next and previous card of the room, and stop at the ends', async ({ page }) => {
    const cards = first.cards;
    await page.goto(cardPath('fr', first.id, cards[0]!.id));
    await expect(cardDialog(page, speakerName(cards[0]!))).toBeVisible();

    // First card: no previous card, ArrowLeft stays (and does not change room).
    await expect(page.getByRole('dialog').getByRole('link', { name: 'Citation précédente' })).toHaveCount(0);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(urlOf(cardPath('fr', first.id, cards[0]!.id)));

    for (const card of cards.slice(1, 4)) {
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(urlOf(cardPath('fr', first.id, card.id)));
      // The card that leaves may linger for its exit animation; then only the new one remains.
      await expect(page.getByRole('dialog').locator('.verbatim')).toHaveText([card.text]);
      await expect(cardDialog(page, speakerName(card))).toBeVisible();
    }
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(urlOf(cardPath('fr', first.id, cards[2]!.id)));
    await expect(page.getByRole('dialog').locator('.verbatim')).toHaveText([cards[2]!.text]);

    // The "Citation suivante" link does the same.
    await page.getByRole('dialog').getByRole('link', { name: 'Citation suivante' }).click();
    await expect(page).toHaveURL(urlOf(cardPath('fr', first.id, cards[3]!.id)));
    await expect(page.getByRole('dialog').locator('.verbatim')).toHaveText([cards[3]!.text]);

    // Last card: no next card, ArrowRight stays in the card (it does not change room).
    const last = cards.at(-1)!;
    await page.goto(cardPath('fr', first.id, last.id));
    await expect(cardDialog(page, speakerName(last))).toBeVisible();
    await expect(page.getByRole('dialog').getByRole('link', { name: 'Citation suivante' })).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(urlOf(cardPath('fr', first.id, last.id)));
    await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeAttached();
    // h does not leave an open card either.
    await page.keyboard.press('h');
    await expect(page).toHaveURL(urlOf(cardPath('fr', first.id, last.id)));
  });

  test('a card with corrections shows each original (deleted) and its correction (inserted)', async ({ page }) => {
    const { room, card } = findCard((c) => (c.corrections?.length ?? 0) > 0);
    await page.goto(roomPath('fr', room.id));
    const dialog = await openByClick(page, room, card);
    const section = dialog.getByRole('region', { name: 'Corrections de transcription' });
    await expect(section).toBeVisible();
    const corrections = card.corrections!;
    await expect(section.getByRole('listitem')).toHaveCount(corrections.length);
    for (const [i, correction] of corrections.entries()) {
      const item = section.getByRole('listitem').nth(i);
      await expect(item.locator('del')).toHaveText(correction.original);
      await expect(item.locator('ins')).toHaveText(correction.corrected);
      await expect(item.locator('del')).toBeVisible();
      await expect(item.locator('ins')).toBeVisible();
    }
    // The quote itself reads corrected; the verbatim record keeps the original.
    await expect(dialog.locator('blockquote')).toContainText(corrections[0]!.corrected);
    await expect(dialog.locator('.verbatim')).toHaveText(card.text);
  });

  test('a card without corrections has no corrections section', async ({ page }) => {
    const { room, card } = findCard((c) => !c.corrections?.length);
    await page.goto(cardPath('fr', room.id, card.id));
    const dialog = cardDialog(page, speakerName(card));
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('region', { name: 'Corrections de transcription' })).toHaveCount(0);
    // The quote marks nothing (a speaker's role worded otherwise than the caption is shown with
    // del/ins too, under "Qui parle ?": that is no correction of the quote).
    await expect(dialog.locator('blockquote :is(del, ins)')).toHaveCount(0);
  });

  test('a context note of status "unverified" says the figure is the speaker\'s, not verified', async ({ page }) => {
    const { room, card } = findCard((c) => c.context?.some((n) => n.status === 'unverified') ?? false);
    await page.goto(roomPath('fr', room.id));
    const dialog = await openByClick(page, room, card);
    const context = dialog.getByRole('region', { name: 'Contexte' });
    await expect(context).toBeVisible();
    await expect(context.getByText("Chiffre de l'intervenant·e, non vérifié")).toHaveCount(
      card.context!.filter((n) => n.status === 'unverified').length,
    );
    for (const note of card.context!) await expect(context).toContainText(note.note);
  });

  test('a sourced context note shows what the sources say', async ({ page }) => {
    const { room, card } = findCard(
      (c) => (c.context?.length ?? 0) > 0 && c.context!.every((n) => n.status === 'sourced'),
    );
    await page.goto(cardPath('fr', room.id, card.id));
    const context = cardDialog(page, speakerName(card)).getByRole('region', { name: 'Contexte' });
    await expect(context.getByText("Ce qu'en disent les sources")).toHaveCount(card.context!.length);
    await expect(context.getByText("Chiffre de l'intervenant·e, non vérifié")).toHaveCount(0);
    for (const source of card.context!.flatMap((n) => n.sources ?? [])) {
      await expect(context.getByRole('listitem').filter({ hasText: source.title })).toHaveCount(1);
    }
  });

  test.describe('share', () => {
    test.beforeEach(async ({ context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    });

    test('sharing a card copies its absolute URL and says "Lien copié."', async ({ page, baseURL }) => {
      const card = first.cards[0]!;
      const speaker = speakerName(card);
      await page.goto(roomPath('fr', first.id));
      const dialog = await openByClick(page, first, card);
      const share = dialog.getByRole('button', { name: `Partager la citation de ${speaker}` });
      await expect(share).toHaveText(/Partager/);
      await share.click();
      await expect(dialog.getByRole('status')).toHaveText('Lien copié.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(new URL(cardPath('fr', first.id, card.id), baseURL).href);
    });

    test('the share confirmation is a live region present before anything is shared', async ({ page }) => {
      // A role=status region that enters the accessibility tree together with its text is often
      // not announced: it must be there (empty) first, then receive "Lien copié.".
      await page.goto(roomPath('fr', first.id));
      const tools = page.locator('.room__tools');
      await expect(tools.getByRole('status'), 'role=status present (empty) before sharing').toHaveCount(1);
      await tools.getByRole('button', { name: `Partager la salle ${first.title}` }).click();
      await expect(tools.getByRole('status')).toHaveText('Lien copié.');
    });

    test('sharing a room copies its absolute URL and says "Lien copié."', async ({ page, baseURL }) => {
      await page.goto(roomPath('fr', first.id));
      const share = page.getByRole('button', { name: `Partager la salle ${first.title}` });
      await share.click();
      await expect(page.getByRole('status').filter({ hasText: 'Lien copié.' })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(new URL(roomPath('fr', first.id), baseURL).href);
    });
  });
});
