/**
 * The exhibition built with a kiosk staff PIN (VITE_KIOSK_PIN), into dist-staff/dist, for
 * tests/e2e/kiosk-staff.spec.ts. Like the build under a base path (build-base-path.ts), `npm test`
 * makes it once as a step of its own (`npm run build:staff`), before the browser suites: no test
 * worker builds beside timed tests, and a retry of the spec does not build again.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCopyInto } from './build-copy';

export const STAFF_PIN = '2468';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The copy of the project the build is made in; `vite preview` serves its dist/ from there. */
export const staffCopy = join(root, 'dist-staff');

export function buildStaff(): void {
  buildCopyInto(staffCopy, { VITE_KIOSK_PIN: STAFF_PIN });
}

/** The copy with the staff build: the one made by `npm run build:staff` when E2E_BUILT says it is there. */
export function ensureStaffBuild(): string {
  if (!process.env.E2E_BUILT || !existsSync(join(staffCopy, 'dist', 'index.html'))) buildStaff();
  return staffCopy;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildStaff();
  console.log(`Built with a staff PIN into ${join(staffCopy, 'dist')}`);
}
