import { test, type Page } from '@playwright/test';
import { fontsLoaded } from '../e2e/fixtures';

/** The page as a visitor sees it once it answers: the app there (src/main.tsx), its fonts loaded. */
async function showReady(page: Page) {
  await page.mouse.move(1, 1);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await fontsLoaded(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const pages = [
  { name: 'hall', path: '/fr/' },
  { name: 'room', path: '/fr/culture/' },
  { name: 'card', path: '/fr/environnement/montmarin-eau-2027/' },
  { name: 'hall-en', path: '/en/' },
  { name: 'not-found', path: '/fr/cuisine/' },
  { name: 'speakers', path: '/fr/intervenants/' },
  { name: 'figures', path: '/fr/chiffres/' },
  { name: 'search', path: '/fr/recherche/?q=eau' },
  { name: 'catalogue', path: '/fr/catalogue/' },
  { name: 'about', path: '/fr/a-propos/' },
  { name: 'room-ar', path: '/ar/travail/' },
  { name: 'room-en', path: '/en/education/' },
  { name: 'card-ar', path: '/ar/environnement/montmarin-eau-2027/' },
];

for (const { name, path } of pages) {
  test(name, async ({ page }, info) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    await showReady(page);
    await page.waitForTimeout(1200); // let the entrance animation finish
    await page.screenshot({ path: `docs/screenshots/${info.project.name}-${name}.png` });
  });
}

// The kiosk as a venue sees it (1920×1080, touch): attract loop, a room and an open card (with
// their QR codes when dist/ was built with VITE_PUBLIC_URL: a kiosk on localhost without a public
// address shows none), the idle countdown.
test.describe('kiosk mode', () => {
  test.skip(({ viewport }) => viewport?.width !== 1920, 'kiosk screen only');
  test.use({ hasTouch: true });

  test('kiosk-mode series', async ({ page }) => {
    const shot = (name: string) => page.screenshot({ path: `docs/screenshots/kiosk-mode-${name}.png` });
    await page.clock.install();
    await page.goto('/?kiosk&idle=30&tour=8');
    await page.locator('.attract').waitFor();
    await page.clock.runFor(1500);
    await shot('attract');
    await page.touchscreen.tap(960, 540);
    await page.goto('/fr/travail/');
    await page.locator('.room__aside').waitFor();
    await page.clock.runFor(1500);
    await shot('room');
    await page.goto('/fr/environnement/montmarin-eau-2027/');
    await page.getByRole('dialog').locator('.dialog__actions').waitFor();
    await page.clock.runFor(1500);
    // framer-motion runs the backdrop's fade as a Web Animation timed from its (fake) clock, on the
    // document's real timeline: it plays in real time, a few seconds late. Wait for its end.
    await page
      .locator('.dialog-backdrop')
      .evaluate((el) => Promise.all(el.getAnimations().map((animation) => animation.finished)));
    await shot('card');
    await page.clock.runFor(31_000);
    await page.getByRole('alertdialog').waitFor();
    await page.clock.runFor(3000);
    await shot('countdown');
  });
});
