import { test, expect } from '@playwright/test';
for (const motion of ['reduce', 'no-preference'] as const) test('probe ' + motion, async ({ page }) => {
  await page.emulateMedia({ reducedMotion: motion });
  await page.goto('/fr/environnement/lebrun-barbarie-moderne/');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    (window as any).__log = [];
    const t0 = performance.now();
    new MutationObserver(() => (window as any).__log.push([Math.round(performance.now() - t0), document.querySelectorAll('[role=dialog]').length])).observe(document.body, { childList: true, subtree: true });
  });
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(2000);
  console.log(motion, JSON.stringify(await page.evaluate(() => (window as any).__log)));
  console.log(await page.evaluate(() => [...document.querySelectorAll('[role=dialog]')].map(d => d.getAttribute('aria-labelledby'))));
});
