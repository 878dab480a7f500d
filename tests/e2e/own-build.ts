/**
 * A build of its own for a spec that needs build settings the shared dist/ has not (a base path,
 * a public address, a staff PIN): made from a copy of the project, apart from dist/, which the
 * other specs are using. About a minute on two busy cores.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCopyInto } from '../tools/build-copy';

/** Builds a copy of the project with these settings; returns the copy's folder (its build in dist/). */
export function buildCopy(env: Record<string, string>, prefix = 'expo-'): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  buildCopyInto(copy, env);
  return copy;
}

export function removeCopy(copy: string): void {
  if (copy) rmSync(copy, { recursive: true, force: true });
}
