// `npm run screenshots`: the exhibition at kiosk, laptop and phone sizes, into docs/screenshots/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /screenshots\.spec\.ts/,
  // The server serves the project's dist/ (Playwright starts it in this config's folder otherwise).
  webServer: { ...base.webServer!, cwd: fileURLToPath(new URL('../..', import.meta.url)) },
  projects: [
    { name: 'kiosk', use: { viewport: { width: 1920, height: 1080 } } },
    { name: 'laptop', use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
});
