/**
 * `npm test`: every check of the project, one named step after the other (a few side by side),
 * stopping at the first failure, then a table of how long each step took (also on failure), so that a slow CI run
 * says where its time went. `.ci/run` runs it after `npm ci`, whose time it passes on in
 * TEST_STEPS_BEFORE ("name=seconds", comma-separated) to head the table. Each step is an npm
 * script that runs alone too (docs/scripts.md).
 */
import { spawn } from 'node:child_process';

const built = { ...process.env, E2E_BUILT: '1' };
/**
 * The steps in order; the steps of a group run side by side (two cores: three single-threaded
 * checks that need nothing of each other), their output printed whole as each ends.
 * @type {{ names: string[], env?: NodeJS.ProcessEnv }[]}
 */
const STEPS = [
  { names: ['format:check', 'lint', 'typecheck'] },
  { names: ['content:check'] },
  { names: ['i18n:status'] },
  { names: ['test:unit'] },
  { names: ['build'] },
  // The facts of the prerendered files, without a browser.
  { names: ['test:dist'] },
  { names: ['budgets'] },
  // The build under a path of a host, for base-path.spec, before any browser runs.
  { names: ['build:base'] },
  // Every browser suite in one Playwright run (test:e2e and test:a11y together: its two workers
  // stay busy to the end), against the builds above (E2E_BUILT: served as they are).
  { names: ['test:browser'], env: built },
];

/**
 * `npm run name`; alone, its output goes straight to the terminal; in a group, it is kept and
 * printed when the step ends, so that steps side by side do not mix their lines.
 * @param {string} name
 * @param {NodeJS.ProcessEnv} env
 * @param {boolean} alone
 * @returns {Promise<{ name: string, seconds: number, ok: boolean }>}
 */
function run(name, env, alone) {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', name], { stdio: alone ? 'inherit' : 'pipe', env });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      if (!alone) process.stdout.write(`\n▶ npm run ${name}\n${Buffer.concat(output).toString()}`);
      resolve({ name, seconds: Math.round((performance.now() - start) / 1000), ok: code === 0 });
    });
  });
}

const times = (process.env.TEST_STEPS_BEFORE ?? '')
  .split(',')
  .filter(Boolean)
  .map((entry) => {
    const at = entry.lastIndexOf('=');
    return { name: entry.slice(0, at), seconds: Number(entry.slice(at + 1)), status: 'ok' };
  });

let failed;
// Wall-clock seconds: steps side by side count once.
let total = times.reduce((sum, t) => sum + t.seconds, 0);
for (const { names, env = process.env } of STEPS) {
  if (names.length === 1) console.log(`\n▶ npm run ${names[0]}`);
  else console.log(`\n▶ side by side: ${names.map((name) => `npm run ${name}`).join(', ')}`);
  const ran = await Promise.all(names.map((name) => run(name, env, names.length === 1)));
  for (const { name, seconds, ok } of ran) times.push({ name, seconds, status: ok ? 'ok' : 'FAILED' });
  total += Math.max(...ran.map((step) => step.seconds));
  failed = ran.find((step) => !step.ok)?.name;
  if (failed) break;
}

const width = Math.max(...times.map((t) => t.name.length), 'total'.length);
console.log('\nstep'.padEnd(width + 1), '  seconds');
for (const t of times)
  console.log(t.name.padEnd(width), String(t.seconds).padStart(9), t.status === 'ok' ? '' : t.status);
console.log('total'.padEnd(width), String(total).padStart(9));
if (failed) {
  console.error(`\nnpm test: "${failed}" failed`);
  process.exit(1);
}
