/**
 * Builds a copy of the project with build settings the shared dist/ has not (a base path, a public
 * address, a staff PIN), apart from dist/, which the other specs serve: the build writes dist/ and
 * dist-ssr/ beside its sources. The copy links the project's node_modules.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = [
  'src',
  'scripts',
  'data',
  'public',
  'deploy',
  'index.html',
  'vite.config.ts',
  'tsconfig.json',
  'package.json',
];

/** Copies the project into `copy` (emptied first) and builds it there with `env`; throws with the build's output. */
export function buildCopyInto(copy: string, env: Record<string, string>): void {
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const entry of SOURCES) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  // At a lower priority: tests running beside it, some of them timed, go on.
  const build = spawnSync('nice', ['-n', '10', 'npm', 'run', 'build'], {
    cwd: copy,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`${build.stdout.slice(-1500)}\n${build.stderr.slice(-1500)}`);
}

/**
 * The copy's build for a spec: the one `npm test` made in a step of its own before the browser
 * suites (E2E_BUILT says so), or made now when the spec runs alone. Returns the copy.
 */
export function ensureCopyBuilt(copy: string, env: Record<string, string>): string {
  if (!process.env.E2E_BUILT || !existsSync(join(copy, 'dist', 'index.html'))) buildCopyInto(copy, env);
  return copy;
}
