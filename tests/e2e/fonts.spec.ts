/**
 * The self-hosted fonts (src/styles/fonts.ts): a page is first shown in the system fonts that
 * stand in for them; once their files are there, they take over as the visitor goes to another
 * room — the next room laid out in them, the room that leaves never laid out again in them, and
 * never the text being read.
 */
import type { Page } from '@playwright/test';
import { expect, fontsLoaded, readRoom, roomPath, roomTitle, test } from './fixtures';

const first = readRoom('environnement');
const next = readRoom('education');

/** Records, when the fonts take over, how many pages are in the document and the title shown. */
async function watchSwitch(page: Page) {
  await page.evaluate(() => {
    const root = document.documentElement;
    const observer = new MutationObserver(() => {
      if (!root.classList.contains('webfonts')) return;
      observer.disconnect();
      (window as unknown as { fontSwitch: unknown }).fontSwitch = {
        pages: document.querySelectorAll('main .page').length,
        title: document.querySelector('main h1')?.textContent,
      };
    });
    observer.observe(root, { attributes: true, attributeFilter: ['class'] });
  });
}

for (const motion of ['no-preference', 'reduce'] as const) {
  test(`the self-hosted fonts take over at the next room, not under the reader's eyes (motion: ${motion})`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto(roomPath('fr', first.id));
    await fontsLoaded(page);
    // Loaded, not shown: the room being read keeps its fonts.
    await page.waitForTimeout(500);
    await expect(page.locator('html')).not.toHaveClass(/webfonts/);
    await watchSwitch(page);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(roomTitle(next, 'fr'));
    await expect(page.locator('html')).toHaveClass(/webfonts/);
    // The room that left was gone when they took over: only the next one was laid out in them.
    expect(await page.evaluate(() => (window as unknown as { fontSwitch: unknown }).fontSwitch)).toEqual({
      pages: 1,
      title: roomTitle(next, 'fr'),
    });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main h1')!).fontFamily)).toContain(
      'Fraunces Variable',
    );
  });
}
