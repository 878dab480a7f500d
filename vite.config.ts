import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { buildInfo, publicUrlWarning } from './scripts/vite-plugins.ts';
import { DERIVED_DIR, derivedFiles } from './src/content/derived.ts';
import { syncDerived } from './scripts/derived-files.ts';
import { ContentError, loadContentDir } from './src/content/validate.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

/**
 * Fails the build (and warns in dev) when a content file is malformed, naming file and field; and
 * writes what the app loads of it, data/derived/ (src/content/derived.ts), at each build and each
 * change of data/ in dev, as `npm run content:derive` does.
 */
function content(): Plugin {
  const derive = () => {
    const stale = syncDerived(dataDir, derivedFiles(loadContentDir(dataDir)), { write: true });
    if (stale.length) console.log(`content: wrote ${stale.join(', ')}`);
  };
  return {
    name: 'exhibition-content',
    buildStart() {
      try {
        derive();
      } catch (error) {
        if (error instanceof ContentError) this.error(error.message);
        throw error;
      }
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dataDir) || file.includes(`${DERIVED_DIR}/`)) return;
      try {
        derive();
      } catch (error) {
        server.config.logger.error(String((error as Error).message));
      }
    },
  };
}

export default defineConfig({
  // The path the exhibition is served under (e.g. BASE_PATH=/expo/); links and assets follow.
  base: process.env.BASE_PATH ?? '/',
  define: buildInfo(),
  plugins: [
    content(),
    publicUrlWarning(),
    react(),
    VitePWA({
      // The app registers the worker itself (src/app/service-worker.ts) and decides when an
      // update takes over: at a kiosk reset, never mid-visit.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: "Contre-sommet de l'IA · l'exposition",
        short_name: 'Contre-sommet IA',
        description: "Exposition du Contre-sommet de l'IA pour un humanisme de notre temps (Paris, 10 février 2025).",
        lang: 'fr',
        // start_url and scope: the base path (the plugin's default), so that an exhibition under
        // /expo/ starts there; the icon is named relative to the manifest, under the base path too.
        display: 'fullscreen',
        background_color: '#f4efe4',
        theme_color: '#f4efe4',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // The whole exhibition, every language, fonts and data: it must run with the network down.
        globPatterns: ['**/*.{js,css,svg,woff2,webmanifest}', 'index.html'],
        // Pages: the network first (every page is prerendered, fresh); offline, the app's shell
        // renders any of them from the precached code and data.
        navigateFallback: null,
        runtimeCaching: [
          {
            urlPattern: ({ request }) => request.mode === 'navigate',
            handler: 'NetworkFirst',
            options: {
              // PAGES_CACHE of src/config/site.ts (a kiosk reset cleans it).
              cacheName: 'pages',
              networkTimeoutSeconds: 4,
              precacheFallback: { fallbackURL: 'index.html' },
              // A few dozen pages at most: offline, the shell renders any page anyway.
              expiration: { maxEntries: 60 },
              plugins: [
                {
                  // Kept by path only: a search (`?q=…`) or a tracking parameter is never stored.
                  // Every page's HTML is the same whatever its query (prerendered, static).
                  cacheKeyWillBeUsed: ({ request }) => {
                    const url = new URL(request.url);
                    url.search = '';
                    return Promise.resolve(url.href);
                  },
                },
              ],
            },
          },
        ],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: [{ find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) }],
  },
  // The manifest (dist/.vite/manifest.json) gives the bench the chunks a page loads (tests/bench/lib/assets.mjs).
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    rollupOptions: {
      input: { index: 'index.html', fonts: 'src/styles/fonts.css' },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
    // Rooms of fifty bubbles render slowly in jsdom on a small, busy machine.
    testTimeout: 30_000,
  },
});
