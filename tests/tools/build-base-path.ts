/**
 * The exhibition built to be served under a path of a host (a union's or a venue's site:
 * BASE_PATH=/expo/), into dist-base/dist, for tests/e2e/base-path.spec.ts. `npm test` runs it
 * once as a step of its own (`npm run build:base`), before the browser suites, so that no test
 * worker builds while the other runs timed tests (a copy of the project: tests/tools/build-copy.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCopyInto, ensureCopyBuilt } from './build-copy';

export const BASE = '/expo/';
export const BASE_PORT = 4183;
export const BASE_ORIGIN = `http://127.0.0.1:${BASE_PORT}`;

const root = fileURLToPath(new URL('../..', import.meta.url));
const copy = join(root, 'dist-base');
/** The build under BASE, as a static host serves it. */
export const baseDist = join(copy, 'dist');

const env = { BASE_PATH: BASE, VITE_PUBLIC_URL: BASE_ORIGIN };

/** The build under BASE: the one made by `npm run build:base`, or made now. */
export const ensureBasePathBuild = () => join(ensureCopyBuilt(copy, env), 'dist');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildCopyInto(copy, env);
  console.log(`Built under ${BASE} into ${baseDist}`);
}
