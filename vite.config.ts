import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { buildInfo, publicUrlWarning } from './scripts/vite-plugins.ts';
import { ContentError, loadContentDir } from './src/content/validate.ts';
import { roomFile } from './src/content/speakers.ts';
import type { Room, RoomSummary, Speaker } from './src/content/types.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

const ROOM_INDEX = 'virtual:room-index';

/** A room without its quotes, with their numbers: what `virtual:room-index` holds for each room. */
function summarise({ id, order, title, heading, intro, cards }: Room): RoomSummary {
  const voiceCount = new Set(cards.map((card) => card.speaker ?? '')).size;
  return { id, order, title, heading, intro, cardCount: cards.length, voiceCount };
}

/**
 * Fails the build (and warns in dev) when a content file is malformed, naming file and field.
 * Serves `virtual:room-index` (src/content/room-index.ts): the rooms without their quotes.
 */
function contentValidation(): Plugin {
  const validate = () => loadContentDir(dataDir);
  return {
    name: 'exhibition-content',
    buildStart() {
      try {
        validate();
      } catch (error) {
        if (error instanceof ContentError) this.error(error.message);
        throw error;
      }
    },
    resolveId(id) {
      return id === ROOM_INDEX ? `\0${ROOM_INDEX}` : undefined;
    },
    load(id) {
      if (id !== `\0${ROOM_INDEX}`) return undefined;
      for (const file of readdirSync(`${dataDir}/rooms`)) this.addWatchFile(`${dataDir}/rooms/${file}`);
      return `export default ${JSON.stringify(validate().rooms.map(summarise))};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dataDir)) return;
      try {
        validate();
      } catch (error) {
        server.config.logger.error(String((error as Error).message));
      }
      const index = server.moduleGraph.getModuleById(`\0${ROOM_INDEX}`);
      if (index) server.moduleGraph.invalidateModule(index);
    },
  };
}

/**
 * Each room's file comes with the speakers of its quotes (`speakers`: see src/content/speakers.ts),
 * so that a room's page loads its own speakers and no others.
 */
function roomSpeakers(): Plugin {
  const ROOM_FILE = /[\\/]data[\\/]rooms[\\/][^\\/]+\.json$/;
  const speakersFile = `${dataDir}/speakers.json`;
  return {
    name: 'exhibition-room-speakers',
    enforce: 'pre',
    transform(code, id) {
      if (!ROOM_FILE.test(id)) return undefined;
      this.addWatchFile(speakersFile);
      const { speakers } = JSON.parse(readFileSync(speakersFile, 'utf8')) as { speakers: Speaker[] };
      return { code: JSON.stringify(roomFile(JSON.parse(code) as Room, speakers)), map: null };
    },
  };
}

export default defineConfig({
  // The path the exhibition is served under (e.g. BASE_PATH=/expo/); links and assets follow.
  base: process.env.BASE_PATH ?? '/',
  define: buildInfo(),
  plugins: [
    contentValidation(),
    roomSpeakers(),
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
