import { readFileSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// End-to-end tests run in Debian's Chromium (no browser download here) against the production
// build served by `vite preview`.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const A11Y_SPECS = /(a11y|keyboard|reflow)[^/]*\.spec\.ts$/;
const KIOSK_SPECS = /kiosk[^/]*\.spec\.ts$/;

/**
 * The venue's Chromium flags (deploy/kiosk/chromium-flags, which its start script reads): the
 * kiosk's tests run with them. Less `--kiosk`, which asks for a full-screen window (the
 * viewport stands for the screen here).
 */
const kioskFlags = readFileSync(new URL('./deploy/kiosk/chromium-flags', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#') && line !== '--kiosk');

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // A small machine: pages build, hydrate and animate slowly under load.
  timeout: 90_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  projects: [
    {
      name: 'laptop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
      testIgnore: [A11Y_SPECS, KIOSK_SPECS],
    },
    // The kiosk as a venue runs it: a 1920×1080 touch screen, Chromium with the recipe's flags.
    {
      name: 'kiosk',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1920, height: 1080 },
        hasTouch: true,
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [...chromiumArgs, ...kioskFlags],
        },
      },
      testMatch: KIOSK_SPECS,
    },
    // The accessibility suite (axe on every route × language × mode, keyboard, reflow…): last in
    // `npm test`, alone with `npm run test:a11y`.
    {
      name: 'a11y',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
      testMatch: A11Y_SPECS,
    },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
      testMatch: /(phone|arrival|wall)\.spec\.ts/,
    },
  ],
  webServer: {
    // E2E_BUILT=1 (npm test, after its build step): serve dist/ as it is.
    command: `${process.env.E2E_BUILT ? '' : 'npm run build && '}npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
  },
});
