/**
 * The exhibition built to be served under a path of a host (a union's or a venue's site:
 * BASE_PATH=/expo/), into dist-base/dist, for tests/e2e/base-path.spec.ts. `npm test` runs it
 * once as a step of its own (`npm run build:base`), before the browser suites, so that no test
 * worker builds while the other runs timed tests. The build writes dist/ and dist-ssr/ beside
 * its sources, and dist/ is the root build the other specs serve: it builds a copy of the
 * project (its node_modules linked).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE = '/expo/';
export const BASE_PORT = 4183;
export const BASE_ORIGIN = `http://127.0.0.1:${BASE_PORT}`;

const root = fileURLToPath(new URL('../..', import.meta.url));
const copy = join(root, 'dist-base');
/** The build under BASE, as a static host serves it. */
export const baseDist = join(copy, 'dist');

export function buildBasePath(): void {
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy);
  for (const entry of ['src', 'data', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json'])
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: copy,
    env: { ...process.env, BASE_PATH: BASE, VITE_PUBLIC_URL: BASE_ORIGIN },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`${build.stdout.slice(-1500)}\n${build.stderr.slice(-1500)}`);
}

/** The build under BASE: the one made by `npm run build:base` when E2E_BUILT says it is there. */
export function ensureBasePathBuild(): string {
  if (!process.env.E2E_BUILT || !existsSync(join(baseDist, 'index.html'))) buildBasePath();
  return baseDist;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildBasePath();
  console.log(`Built under ${BASE} into ${baseDist}`);
}
