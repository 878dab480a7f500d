import { test } from '@playwright/test';

const pages = [
  { name: 'hall', path: '/fr/' },
  { name: 'room', path: '/fr/culture/' },
  { name: 'card', path: '/fr/environnement/montmarin-eau-2027/' },
  { name: 'hall-en', path: '/en/' },
  { name: 'not-found', path: '/fr/cuisine/' },
];

for (const { name, path } of pages) {
  test(name, async ({ page }, info) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1200); // let the entrance animation finish
    await page.screenshot({ path: `docs/screenshots/${info.project.name}-${name}.png` });
  });
}
