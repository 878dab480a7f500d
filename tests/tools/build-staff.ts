/**
 * The exhibition built with a kiosk staff PIN (VITE_KIOSK_PIN), into dist-staff/dist, for
 * tests/e2e/kiosk-staff.spec.ts. Like the build under a base path (build-base-path.ts), `npm test`
 * makes it once as a step of its own (`npm run build:staff`), before the browser suites: no test
 * worker builds beside timed tests, and a retry of the spec does not build again.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCopyInto, ensureCopyBuilt } from './build-copy';

export const STAFF_PIN = '2468';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The copy of the project the build is made in; `vite preview` serves its dist/ from there. */
export const staffCopy = join(root, 'dist-staff');

const env = { VITE_KIOSK_PIN: STAFF_PIN };

/** The copy with the staff build: the one made by `npm run build:staff`, or made now. */
export const ensureStaffBuild = () => ensureCopyBuilt(staffCopy, env);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildCopyInto(staffCopy, env);
  console.log(`Built with a staff PIN into ${join(staffCopy, 'dist')}`);
}
