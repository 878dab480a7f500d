import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
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

/**
 * The app's first code in one chunk: every module `src/main.tsx` imports, directly or not, and the
 * boot (`src/boot.ts`, run on every page before it) does not. Left to itself, the bundler splits
 * off every module a lazy page shares with the app into a chunk of its own (a dozen for a room,
 * each compressed apart, which weighs more than the same code in one file). A lazy page loads after
 * the app in any case, so its shared modules are already there.
 */
function firstCodeChunk() {
  // framer-motion's modules: its index names them all, though only the lazy pages use them (the
  // app's first code imports none; a module of the app that did would bring the index along).
  const MOTION = /node_modules[\\/](framer-motion|motion-dom|motion-utils)[\\/]/;
  const first = new Set<string>();
  const plugin: Plugin = {
    name: 'exhibition-first-code',
    apply: 'build',
    buildEnd() {
      const closure = (start: string) => {
        const seen = new Set<string>();
        const stack = [start];
        while (stack.length) {
          const id = stack.pop()!;
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const boot = closure(fileURLToPath(new URL('./src/boot.ts', import.meta.url)));
      for (const id of closure(fileURLToPath(new URL('./src/main.tsx', import.meta.url))))
        if (!boot.has(id) && !id.endsWith('.css') && !MOTION.test(id)) first.add(id);
    },
  };
  // The set is closed (what it leaves out is loaded before it or is framer-motion's): its modules'
  // dependencies are not to be pulled in with it.
  return {
    plugin,
    group: { name: 'main', test: (id: string) => first.has(id), includeDependenciesRecursively: false },
  };
}
const firstCode = firstCodeChunk();

/**
 * A production build without VITE_PUBLIC_URL has no address a phone can open from a kiosk showing
 * its own machine (such a kiosk shows no QR code: src/config/site.ts) and prerenders its canonical
 * and preview links for http://localhost:4173: said loudly, at the end of the client build.
 */
function publicUrlWarning(): Plugin {
  let missing = false;
  let warn: (message: string) => void = console.warn;
  return {
    name: 'exhibition-public-url',
    apply: 'build',
    configResolved(config) {
      missing = !config.build.ssr && config.mode === 'production' && !config.env.VITE_PUBLIC_URL;
      warn = (message) => config.logger.warn(message);
    },
    closeBundle() {
      if (!missing) return;
      const bar = '!'.repeat(78);
      warn(
        [
          `\x1b[1;33m${bar}`,
          '  VITE_PUBLIC_URL is not set: this build has no public address.',
          '  A kiosk on localhost shows no QR code; canonical and preview links name http://localhost:4173.',
          '  To deploy: VITE_PUBLIC_URL=https://expo.example.org npm run build  (docs/deploying.md)',
          `${bar}\x1b[0m`,
        ].join('\n'),
      );
    },
  };
}

// react-router's package exports only its development build (warnings, invariants, dev checks);
// the browser bundle takes the production one. The SSR build and the tests keep the default.
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

export default defineConfig(({ command, isSsrBuild }) => ({
  // The path the exhibition is served under (e.g. BASE_PATH=/expo/); links and assets follow.
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    contentValidation(),
    roomSpeakers(),
    firstCode.plugin,
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
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      ...(command === 'build' && !isSsrBuild ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : []),
    ],
  },
  // The manifest (dist/.vite/manifest.json) gives the bench the chunks a page loads (tests/bench/lib/assets.mjs).
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    rolldownOptions: isSsrBuild ? {} : { output: { codeSplitting: { groups: [firstCode.group] } } },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
    // Rooms of fifty bubbles render slowly in jsdom on a small, busy machine.
    testTimeout: 30_000,
  },
}));
