// Lighthouse 12 runs (default settings, simulated throttling) in a fresh headless Chromium each.
import { CHROME_PATH, CHROME_ARGS, tmpDir, rmDir, withTimeout } from './common.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

let lh = null;
/** Chromium instances started by chrome-launcher (detached processes): killed by killAll() on exit. */
const running = new Set();
export function killAll() {
  for (const pid of running) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  running.clear();
}
async function load() {
  if (!lh) {
    const [{ default: lighthouse }, { default: desktopConfig }, chromeLauncher] = await Promise.all([
      import('lighthouse'),
      import('lighthouse/core/config/desktop-config.js'),
      import('chrome-launcher'),
    ]);
    lh = { lighthouse, desktopConfig, chromeLauncher };
  }
  return lh;
}

function extract(lhr) {
  const a = lhr.audits;
  const num = (id) => a[id]?.numericValue;
  const reqs = a['network-requests']?.details?.items ?? [];
  const sum = (f) => reqs.filter(f).reduce((s, r) => s + (r.transferSize || 0), 0);
  const isJs = (r) => r.resourceType === 'Script';
  const fromWorker = (r) => r.sessionTargetType && r.sessionTargetType !== 'page' && r.sessionTargetType !== 'iframe';
  const obs = a.metrics?.details?.items?.[0] ?? {};
  const hosts = new Set();
  for (const r of reqs) {
    try {
      const h = new URL(r.url).hostname;
      if (h && !['127.0.0.1', 'localhost', '[::1]'].includes(h)) hosts.add(h);
    } catch {
      /* data: etc. */
    }
  }
  return {
    score: Object.fromEntries(
      CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? NaN : Math.round(lhr.categories[c].score * 100)]),
    ),
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    si: num('speed-index'),
    obsFcp: obs.observedFirstContentfulPaint,
    obsLcp: obs.observedLargestContentfulPaint,
    bytes: sum(() => true),
    pageBytes: sum((r) => !fromWorker(r)),
    workerBytes: sum(fromWorker),
    jsBytes: sum(isJs),
    pageJsBytes: sum((r) => isJs(r) && !fromWorker(r)),
    requests: reqs.length,
    nonLoopback: [...hosts],
    // audits that count and did not pass: why a category is below 100
    failing: Object.entries(a)
      .filter(([, v]) => v.score !== null && v.score < 1 && ['binary', 'metricSavings'].includes(v.scoreDisplayMode))
      .map(([k]) => k),
    errored: Object.entries(a)
      .filter(([, v]) => v.scoreDisplayMode === 'error')
      .map(([k]) => k),
    warnings: lhr.runWarnings ?? [],
    benchmarkIndex: lhr.environment?.benchmarkIndex,
  };
}

/** One Lighthouse run of url with the mobile (default) or desktop preset. */
export async function lighthouseRun(url, form, { timeoutMs = 300_000 } = {}) {
  const { lighthouse, desktopConfig, chromeLauncher } = await load();
  const userDataDir = tmpDir(`lh-${form}`);
  let chrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath: CHROME_PATH,
      chromeFlags: ['--headless=new', ...CHROME_ARGS],
      userDataDir,
      logLevel: 'silent',
      handleSIGINT: false,
    });
    running.add(chrome.pid);
    const flags = {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: CATEGORIES,
      throttlingMethod: 'simulate',
    };
    const result = await withTimeout(
      lighthouse(url, flags, form === 'desktop' ? desktopConfig : undefined),
      timeoutMs,
      `lighthouse ${form} ${url}`,
    );
    if (!result?.lhr) throw new Error('lighthouse returned no result');
    if (result.lhr.runtimeError)
      throw new Error(`lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return extract(result.lhr);
  } finally {
    if (chrome) {
      running.delete(chrome.pid);
      try {
        await withTimeout(Promise.resolve(chrome.kill()), 10_000, 'chrome.kill');
      } catch {
        try {
          process.kill(chrome.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
    rmDir(userDataDir);
  }
}
