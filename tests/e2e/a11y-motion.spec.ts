/**
 * Less motion leaves every content visible (WCAG 2.3.3, and the house rule that a reduced-motion
 * variant shows the final state): with `prefers-reduced-motion: reduce`, and with the kiosk's
 * own "less motion" switch (a kiosk visitor cannot reach the system setting), every bubble of a
 * room is fully opaque as soon as the room is there — on arrival and after moving to the next
 * room — and comes into the viewport when scrolled to. Supersedes the reduced-motion checks of
 * the former a11y.spec.
 */
import type { Page } from '@playwright/test';
import { expect, readRooms, roomPath, test, ui, unfoldStations } from './fixtures';
import { startKiosk, waitForApp } from './a11y-helpers';

const rooms = readRooms();

test.use({ serviceWorkers: 'block', allowedConsole: [/^Service Worker registration blocked by Playwright$/] });

/** Bubbles of the wall whose opacity (their own times their ancestors') is not 1, measured at once. */
async function notOpaque(page: Page): Promise<{ id: string; opacity: number }[]> {
  return page.locator('.wall .bubble').evaluateAll((bubbles) =>
    bubbles
      .map((bubble) => {
        let opacity = 1;
        for (let el: Element | null = bubble; el; el = el.parentElement)
          opacity *= Number(getComputedStyle(el).opacity);
        return { id: bubble.id, opacity };
      })
      .filter((b) => b.opacity !== 1),
  );
}

/** Scrolls to each bubble in turn; returns those that are then not in the viewport. */
async function notInViewWhenScrolledTo(page: Page): Promise<string[]> {
  const missing: string[] = [];
  const bubbles = page.locator('.wall .bubble');
  for (let i = 0; i < (await bubbles.count()); i++) {
    const bubble = bubbles.nth(i);
    await bubble.scrollIntoViewIfNeeded();
    const ratio = await bubble.evaluate(
      (el) =>
        new Promise<number>((resolve) => {
          // Once the scroll has been laid out and painted (two frames), as the reader sees it.
          const observe = () => {
            const observer = new IntersectionObserver(([entry]) => {
              observer.disconnect();
              resolve(entry?.intersectionRatio ?? 0);
            });
            observer.observe(el);
          };
          requestAnimationFrame(() => requestAnimationFrame(observe));
        }),
    );
    if (ratio === 0) missing.push(await bubble.getAttribute('id').then((id) => id ?? `bubble ${i}`));
  }
  return missing;
}

/** The room is there (its title); its bubbles are measured at once, then scrolled to one by one. */
async function expectEveryBubbleShown(page: Page, roomIndex: number, how: string) {
  const room = rooms[roomIndex]!;
  await expect(page.getByRole('heading', { level: 1, name: room.title })).toBeVisible();
  await expect(page.locator('.wall .bubble')).toHaveCount(room.cards.length);
  expect(await notOpaque(page), `${how}: bubbles of ${room.id} not fully opaque at once`).toEqual([]);
  // The folded stations opened: their bubbles too, at once.
  await unfoldStations(page);
  expect(await notOpaque(page), `${how}: unfolded bubbles of ${room.id} not fully opaque`).toEqual([]);
  expect(await notInViewWhenScrolledTo(page), `${how}: bubbles of ${room.id} out of view when scrolled to`).toEqual([]);
}

test('prefers-reduced-motion: every bubble is there at once, on arrival and in the next room', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(roomPath('fr', rooms[0]!.id));
  await waitForApp(page);
  await expectEveryBubbleShown(page, 0, 'reduced motion, first load');
  // Next room by the keyboard, then by the door (client-side: the entrance animation would run).
  await page.keyboard.press('ArrowRight');
  await expectEveryBubbleShown(page, 1, 'reduced motion, ArrowRight');
  await page
    .getByRole('navigation', { name: ui('fr', 'room.navLabel') })
    .getByRole('link', { name: new RegExp(`^${ui('fr', 'room.next')}`) })
    .click();
  await expectEveryBubbleShown(page, 2, 'reduced motion, the next-room door');
  // The hall's doors too.
  await page.keyboard.press('h');
  const doors = page.locator('.floor-plan__doors > li');
  await expect(doors).toHaveCount(rooms.length);
  const faded = await doors.evaluateAll(
    (items) => items.filter((li) => Number(getComputedStyle(li).opacity) !== 1).length,
  );
  expect(faded, 'reduced motion: doors of the hall fully opaque at once').toBe(0);
});

test.describe('kiosk', () => {
  test.use({
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    contextOptions: { reducedMotion: 'no-preference' },
  });

  test('the "less motion" switch: every bubble is there at once, and the switch says it is on', async ({ page }) => {
    await startKiosk(page);
    const toggle = page.getByRole('button', { name: ui('fr', 'kiosk.lessMotion') });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await page
      .getByRole('navigation', { name: ui('fr', 'hall.planTitle') })
      .getByRole('link')
      .first()
      .click();
    await expectEveryBubbleShown(page, 0, 'kiosk switch, from the hall');
    await page.keyboard.press('ArrowRight');
    await expectEveryBubbleShown(page, 1, 'kiosk switch, ArrowRight');
    // It lasts for the session: a reload (the kiosk recovering) keeps it.
    await page.reload();
    await waitForApp(page);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expectEveryBubbleShown(page, 1, 'kiosk switch, after a reload');
  });
});
