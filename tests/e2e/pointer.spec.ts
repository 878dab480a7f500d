/**
 * What lifts on hover (buttons, doors, the hall's other ways in, speakers' tiles) and sinks when
 * pressed must keep a mouse resting on its edge: no flicker up and down, no click lost because
 * the element moved from under the pointer between press and release.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, readRoom, roomPath, roomTitle, test, ui } from './fixtures';

/** Rests the mouse one pixel inside the bottom edge of the element, in the middle. */
async function restOnBottomEdge(page: Page, target: Locator) {
  const box = (await target.boundingBox())!;
  const point = { x: box.x + box.width / 2, y: box.y + box.height - 1 };
  await page.mouse.move(point.x, point.y - 20);
  await page.mouse.move(point.x, point.y);
  return point;
}

/** The element's box at each of the next frames. */
function boxesOverFrames(target: Locator, frames: number) {
  return target.evaluate(
    (element, count) =>
      new Promise<string[]>((resolve) => {
        const boxes: string[] = [];
        const sample = () => {
          const { x, y } = element.getBoundingClientRect();
          boxes.push(`${x.toFixed(1)},${y.toFixed(1)},${element.matches(':hover')}`);
          if (boxes.length < count) requestAnimationFrame(sample);
          else resolve(boxes);
        };
        requestAnimationFrame(sample);
      }),
    frames,
  );
}

/** Resolves once the element's transitions (its lift or its sinking) have run their course. */
function transitionsDone(target: Locator) {
  return target.evaluate((element) =>
    Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)).then(() => undefined),
  );
}

test('a mouse resting on the edge of what lifts on hover leaves it still', async ({ page }) => {
  await page.goto('/fr/');
  const targets = [
    page.getByRole('link', { name: ui('fr', 'hall.start') }),
    page
      .getByRole('navigation', { name: ui('fr', 'hall.planTitle') })
      .getByRole('link')
      .first(),
    page.getByRole('link', { name: new RegExp(`^${ui('fr', 'explore.speakers.name')}`) }),
  ];
  for (const target of targets) {
    await target.scrollIntoViewIfNeeded();
    await restOnBottomEdge(page, target);
    // Past the lift's transition, then a dozen frames: one place, hovered.
    await transitionsDone(target);
    const boxes = await boxesOverFrames(target, 12);
    expect(new Set(boxes), `${await target.textContent()}: ${boxes.join(' ')}`).toEqual(new Set([boxes[0]]));
    expect(boxes[0]).toMatch(/,true$/);
  }
});

test('a click pressed on the bottom edge of a button is not lost when the button sinks', async ({ page }) => {
  await page.goto('/fr/');
  const start = page.getByRole('link', { name: ui('fr', 'hall.start') });
  await start.scrollIntoViewIfNeeded();
  await restOnBottomEdge(page, start);
  await transitionsDone(start);
  await page.mouse.down();
  // Pressed, it sinks by 2 px: past its former bottom edge with the pointer still on it.
  await transitionsDone(start);
  await page.mouse.up();
  const first = readRoom('environnement');
  await expect(page).toHaveURL(new RegExp(`${roomPath('fr', first.id)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(roomTitle(first, 'fr'));
});
