// Shared helpers of the bench: Chromium flags for this offline box, temp dirs, statistics,
// argument parsing and table formatting. No dependency outside Node and the project.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

// `/usr/bin/chromium` is Debian's wrapper script; the binary behind it avoids a harmless
// "[: unexpected operator" message and one extra process. CHROME_PATH overrides both.
export const CHROME_PATH =
  process.env.CHROME_PATH ||
  (fs.existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');

// No sandbox (root), no GPU, no background traffic; every host but loopback is unresolvable.
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

/**
 * A throwaway certificate for 127.0.0.1 (openssl, EC P-256, one day), for serving the bench over
 * HTTPS and HTTP/2 as a real host does; Chromium is told to trust its key alone (an SPKI pin:
 * no certificate error, so Lighthouse, service workers and every other check behave as on a
 * trusted host). Returns { key, cert } for node:https / node:http2.
 * @param {string} dir
 * @returns {{ key: Buffer, cert: Buffer }}
 */
export function throwawayCertificate(dir) {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  const request = 'req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=127.0.0.1';
  const args = [...request.split(' '), '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert];
  const r = spawnSync('openssl', args, { encoding: 'utf8' });
  if (r.error || r.status !== 0)
    throw new Error(`openssl: ${r.error?.message ?? r.stderr.trim()} (--https needs openssl)`);
  const publicKey = new crypto.X509Certificate(fs.readFileSync(cert)).publicKey.export({ type: 'spki', format: 'der' });
  const spki = crypto.createHash('sha256').update(publicKey).digest('base64');
  CHROME_ARGS.push(`--ignore-certificate-errors-spki-list=${spki}`);
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

/**
 * What a `catch` caught, in one line's worth: an error's message, or the thing thrown itself.
 * @param {unknown} e
 */
export const errorMessage = (e) => String(e instanceof Error ? e.message : e);

/**
 * Its stack, for the log (the thing thrown itself when it has none).
 * @param {unknown} e
 */
export const errorStack = (e) => (e instanceof Error ? (e.stack ?? e) : e);

/** One temp root for the whole run (Chromium profiles, the plain page); removed by cleanup(). */
/** @type {string | null} */
let tmpRoot = null;
export function benchTmp() {
  if (!tmpRoot) {
    tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'exhibition-bench-'));
    // Chromium inherits TMPDIR: its own singleton/scratch dirs land here too.
    process.env.TMPDIR = tmpRoot;
  }
  return tmpRoot;
}
/** @param {string} tag */
export function tmpDir(tag) {
  return fs.mkdtempSync(path.join(benchTmp(), `${tag}-`));
}
/** @param {string} dir */
export function rmDir(dir) {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    /* ignore */
  }
}
export function cleanupTmp() {
  if (tmpRoot) rmDir(tmpRoot);
  tmpRoot = null;
}

/** @param {number} ms @returns {Promise<void>} */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Rejects after ms: every browser step of the bench is bounded in time.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  return Promise.race([
    promise,
    /** @type {Promise<never>} */ (
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: timed out after ${Math.round(ms / 1000)} s`)), ms);
      })
    ),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The finite numbers among xs (a missing measure is NaN, undefined or null).
 * @param {readonly unknown[]} xs
 * @returns {number[]}
 */
const finite = (xs) => xs.filter(/** @returns {x is number} */ (x) => typeof x === 'number' && Number.isFinite(x));
/** @param {readonly unknown[]} xs */
export function median(xs) {
  const v = finite(xs).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
/**
 * Nearest-rank percentile.
 * @param {readonly unknown[]} xs
 * @param {number} p
 */
export function percentile(xs, p) {
  const v = finite(xs).sort((a, b) => a - b);
  if (!v.length) return NaN;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}
/** @param {readonly unknown[]} xs */
export const max = (xs) => (finite(xs).length ? Math.max(...finite(xs)) : NaN);
/** @param {readonly unknown[]} xs */
export const min = (xs) => (finite(xs).length ? Math.min(...finite(xs)) : NaN);

/**
 * --name value / --name=value / --flag / --no-flag; types follow the defaults.
 * @template {Record<string, string | number | boolean>} T
 * @param {string[]} argv
 * @param {T} spec
 * @returns {T & { _: string[] }}
 */
export function parseArgs(argv, spec) {
  // Written by option name below: a record here, the spec's own type once returned.
  /** @type {Record<string, unknown> & { _: string[] }} */
  const out = { ...spec, _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      out._.push(a);
      continue;
    }
    let [k, v] = a.slice(2).split(/=(.*)/s);
    if (k.startsWith('no-') && typeof spec[k.slice(3)] === 'boolean') {
      out[k.slice(3)] = false;
      continue;
    }
    if (!(k in spec)) throw new Error(`unknown option --${k}`);
    if (typeof spec[k] === 'boolean' && v === undefined) {
      out[k] = true;
      continue;
    }
    if (v === undefined) v = argv[++i];
    if (v === undefined) throw new Error(`option --${k} needs a value`);
    if (typeof spec[k] === 'number') {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Error(`option --${k} needs a number, got ${v}`);
      out[k] = n;
    } else out[k] = v;
  }
  return /** @type {T & { _: string[] }} */ (out);
}

// ---- formatting ----
/** Numbers as the tables print them; '-' for a missing (non-finite) one. */
export const fmt = /** @satisfies {Record<string, (v: number | undefined) => string>} */ ({
  int: (v) => (Number.isFinite(v) ? String(Math.round(v)) : '-'),
  ms: (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '-'),
  ms1: (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '-'),
  kb: (v) => (Number.isFinite(v) ? `${(v / 1024).toFixed(1)} KB` : '-'),
  cls: (v) => (Number.isFinite(v) ? v.toFixed(3) : '-'),
  ratio: (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '-'),
  pct: (v) => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${v.toFixed(1)} %` : '-'),
});

/**
 * Aligned text table; numbers-looking cells are right-aligned. rows: arrays of strings.
 * @param {unknown[]} header
 * @param {unknown[][]} rows
 * @param {{ indent?: string, align?: ('l' | 'r')[] }} [options] align: a column's side, left or right
 */
export function table(header, rows, { indent = '  ', align = [] } = {}) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  /** @param {string} s */
  const numeric = (s) => /^[-+]?[\d.,]+( ?(ms|KB|B|%|×|s))?$|^-$/.test(s);
  /** @param {string[]} r */
  const line = (r) =>
    indent +
    r
      .map((c, i) => {
        const pad = widths[i] - [...c].length;
        const right = align[i] ? align[i] === 'r' : i > 0 && numeric(c);
        return right ? ' '.repeat(pad) + c : c + ' '.repeat(pad);
      })
      .join('  ')
      .trimEnd();
  const out = [line(all[0]), indent + widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const r of all.slice(1)) out.push(line(r));
  return out.join('\n');
}

/** @param {string} title */
export function section(title) {
  console.log(`\n== ${title} ${'='.repeat(Math.max(3, 76 - title.length))}`);
}
