/**
 * The build's own Vite plugins that are not about content (vite.config.ts): run by Node while
 * Vite builds, never shipped to the browser.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * A production build without VITE_PUBLIC_URL has no address a phone can open from a kiosk showing
 * its own machine (such a kiosk shows no QR code: src/config/site.ts) and prerenders its canonical
 * and preview links for http://localhost:4173: said loudly, at the end of the client build.
 */
export function publicUrlWarning(): Plugin {
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

/**
 * What the kiosk's staff screen tells of this build (src/build-info.d.ts): the app's version, when
 * it was built (SOURCE_DATE_EPOCH for a reproducible build) and the date of its content (the last
 * commit that changed data/; the build's date outside a git checkout).
 */
export function buildInfo() {
  const built = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
  let content = built.toISOString();
  try {
    content =
      execFileSync('git', ['log', '-1', '--format=%cI', '--', 'data'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || content;
  } catch {
    // Not a git checkout (a tarball): the build's date stands for the content's.
  }
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return {
    __APP_VERSION__: JSON.stringify(version),
    __BUILD_DATE__: JSON.stringify(built.toISOString()),
    __CONTENT_DATE__: JSON.stringify(content),
  };
}
