/**
 * `npm test`: every check of the project, one named step after the other, stopping at the first
 * failure, then a table of how long each step took (also on failure), so that a slow CI run
 * says where its time went. `.ci/run` runs it after `npm ci`, whose time it passes on in
 * TEST_STEPS_BEFORE ("name=seconds", comma-separated) to head the table. Each step is an npm
 * script that runs alone too (docs/scripts.md).
 */
import { spawnSync } from 'node:child_process';

const built = { ...process.env, E2E_BUILT: '1' };
/** @type {[name: string, env?: NodeJS.ProcessEnv][]} */
const STEPS = [
  ['format:check'],
  ['lint'],
  ['typecheck'],
  ['content:check'],
  ['i18n:status'],
  ['test:unit'],
  ['build'],
  // The facts of the prerendered files, without a browser.
  ['test:dist'],
  ['budgets'],
  // The builds with other settings, before any browser runs: under a path of a host (base-path.spec),
  // with a staff PIN (kiosk-staff.spec).
  ['build:base'],
  ['build:staff'],
  // The browser suites, against the builds above (E2E_BUILT: served as they are).
  ['test:e2e', built],
  ['test:a11y', built],
];

const times = (process.env.TEST_STEPS_BEFORE ?? '')
  .split(',')
  .filter(Boolean)
  .map((entry) => {
    const at = entry.lastIndexOf('=');
    return { name: entry.slice(0, at), seconds: Number(entry.slice(at + 1)), status: 'ok' };
  });

let failed;
for (const [name, env = process.env] of STEPS) {
  const start = performance.now();
  console.log(`\n▶ npm run ${name}`);
  const run = spawnSync('npm', ['run', name], { stdio: 'inherit', env });
  const ok = run.status === 0;
  times.push({ name, seconds: Math.round((performance.now() - start) / 1000), status: ok ? 'ok' : 'FAILED' });
  if (!ok) {
    failed = name;
    break;
  }
}

const width = Math.max(...times.map((t) => t.name.length), 'total'.length);
const total = times.reduce((sum, t) => sum + t.seconds, 0);
console.log('\nstep'.padEnd(width + 1), '  seconds');
for (const t of times)
  console.log(t.name.padEnd(width), String(t.seconds).padStart(9), t.status === 'ok' ? '' : t.status);
console.log('total'.padEnd(width), String(total).padStart(9));
if (failed) {
  console.error(`\nnpm test: "${failed}" failed`);
  process.exit(1);
}
