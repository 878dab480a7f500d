/**
 * Accessibility: axe (WCAG 2.0/2.1 A and AA) finds nothing on the hall, every room, an open card,
 * the not-found page and the English pages; with reduced motion every bubble is simply there.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { cardDialog, cardPath, expect, readRooms, roomPath, speakerName, test, type Room } from './fixtures';

const rooms = readRooms();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Violations, one readable line per rule and element. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
    ),
  );
}

// The scans are about the pages, not their motion: let everything land at once.
test.use({ contextOptions: { reducedMotion: 'reduce' } });

const scans: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'hall (fr)',
    path: '/fr/',
    ready: async (page) => {
      await expect(page.getByRole('link', { name: 'Commencer la visite' })).toBeVisible();
    },
  },
  ...rooms.map((room: Room) => ({
    name: `room ${room.id} (fr)`,
    path: roomPath('fr', room.id),
    ready: async (page: Page) => {
      await expect(page.getByRole('heading', { level: 1, name: room.title })).toBeVisible();
      await expect(page.locator('.wall').getByRole('figure')).toHaveCount(room.cards.length);
    },
  })),
  {
    // A card with corrections and context notes: the fullest dialog.
    name: 'open card (fr)',
    path: (() => {
      const room = rooms.find((r) => r.cards.some((c) => c.corrections?.length && c.context?.length)) ?? rooms[0]!;
      const card = room.cards.find((c) => c.corrections?.length && c.context?.length) ?? room.cards[0]!;
      return cardPath('fr', room.id, card.id);
    })(),
    ready: async (page) => {
      await expect(page.getByRole('dialog')).toBeVisible();
      await expect(page.getByRole('dialog').getByRole('button', { name: 'Refermer la citation' })).toBeFocused();
    },
  },
  {
    name: 'not-found (fr)',
    path: '/fr/nope/',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Salle introuvable' })).toBeVisible();
    },
  },
  {
    name: 'hall (en)',
    path: '/en/',
    ready: async (page) => {
      await expect(page.getByRole('link', { name: 'Start the tour' })).toBeVisible();
    },
  },
  {
    name: `room ${rooms[2]!.id} (en)`,
    path: roomPath('en', rooms[2]!.id),
    ready: async (page) => {
      await expect(page.locator('.wall').getByRole('figure')).toHaveCount(rooms[2]!.cards.length);
      await expect(
        page
          .locator('.wall')
          .getByRole('link', { name: /^Open the quote by / })
          .first(),
      ).toBeVisible();
    },
  },
];

for (const scan of scans) {
  test(`axe: no WCAG 2.1 A/AA violation on ${scan.name}`, async ({ page }) => {
    await page.goto(scan.path);
    await scan.ready(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('with motion', () => {
  test.use({ contextOptions: { reducedMotion: 'no-preference' } });

  test('axe: no violation on an open card reached by a click', async ({ page }) => {
    const room = rooms[0]!;
    const card = room.cards[0]!;
    await page.goto(roomPath('fr', room.id));
    await page.locator(`#open-${card.id}`).click();
    const dialog = cardDialog(page, speakerName(card));
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Refermer la citation' })).toBeFocused();
    // Let the opening (shared-layout spring) settle: the dialog stops moving.
    await expect
      .poll(async () => {
        const a = await dialog.boundingBox();
        await page.waitForTimeout(150);
        const b = await dialog.boundingBox();
        return JSON.stringify(a) === JSON.stringify(b);
      })
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('reduced motion: every bubble of a room is fully visible right after load', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const room of [rooms[0]!, rooms[3]!]) {
    await page.goto(roomPath('fr', room.id));
    await expect(page.getByRole('heading', { level: 1, name: room.title })).toBeVisible();
    await expect(page.locator('.wall .bubble')).toHaveCount(room.cards.length);
    // Measured at once, without waiting for anything to animate.
    const hidden = await page.locator('.wall .bubble').evaluateAll((bubbles) =>
      bubbles
        .map((bubble) => {
          let opacity = 1;
          for (let el: Element | null = bubble; el; el = el.parentElement)
            opacity *= Number(getComputedStyle(el).opacity);
          return { id: bubble.id, opacity };
        })
        .filter((b) => b.opacity !== 1),
    );
    expect(hidden, `bubbles of ${room.id} not fully opaque right after load`).toEqual([]);
  }
});

test('reduced motion: going to the next room shows its bubbles at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const [first, second] = rooms;
  await page.goto(roomPath('fr', first!.id));
  await expect(page.getByRole('heading', { level: 1, name: first!.title })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1, name: second!.title })).toBeVisible();
  const opacities = await page.locator('.wall .bubble').evaluateAll((bubbles) =>
    bubbles.map((bubble) => {
      let opacity = 1;
      for (let el: Element | null = bubble; el; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity);
      return opacity;
    }),
  );
  expect(opacities).toHaveLength(second!.cards.length);
  expect(opacities.filter((o) => o !== 1)).toEqual([]);
});
