/**
 * A build of its own for a spec that needs build settings the shared dist/ has not (a base path,
 * a public address, a staff PIN): made from a copy of the project, apart from dist/, which the
 * other specs are using. About a minute on two busy cores.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from './fixtures';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds a copy of the project with these settings; returns the copy's folder (its build in dist/). */
export function buildCopy(env: Record<string, string>, prefix = 'expo-'): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of [
    'src',
    'data',
    'public',
    'deploy',
    'index.html',
    'vite.config.ts',
    'tsconfig.json',
    'package.json',
  ])
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  // At a lower priority: the other worker's tests, some of them timed, go on beside it.
  const build = spawnSync('nice', ['-n', '10', 'npm', 'run', 'build'], {
    cwd: copy,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  expect(build.status, `${build.stdout.slice(-1500)}\n${build.stderr.slice(-1500)}`).toBe(0);
  return copy;
}

export function removeCopy(copy: string): void {
  if (copy) rmSync(copy, { recursive: true, force: true });
}
