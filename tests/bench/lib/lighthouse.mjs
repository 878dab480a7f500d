// Lighthouse 12 runs (default settings, simulated throttling) in a fresh headless Chromium each.
import { CHROME_PATH, CHROME_ARGS, tmpDir, rmDir, withTimeout } from './common.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Lighthouse and chrome-launcher, loaded on first use.
 * @typedef {{
 *   lighthouse: typeof import('lighthouse').default,
 *   desktopConfig: typeof import('lighthouse/core/config/desktop-config.js').default,
 *   chromeLauncher: typeof import('chrome-launcher'),
 * }} Loaded
 */
/** @type {Loaded | null} */
let lh = null;
/**
 * Chromium instances started by chrome-launcher (detached processes): killed by killAll() on exit.
 * @type {Set<number>}
 */
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
/**
 * The fields of Lighthouse's network-requests rows the bench reads.
 * @typedef {{ url: string, transferSize?: number, resourceType?: string, sessionTargetType?: string }} RequestRow
 */
/**
 * A Lantern estimate (the optimistic or the pessimistic graph) and one node of its graph.
 * @typedef {import('lighthouse').Artifacts.LanternMetric['optimisticEstimate']} Estimate
 * @typedef {Estimate['nodeTimings'] extends Map<infer N, infer T> ? [N, T] : never} NodeAndTiming
 * @typedef {NodeAndTiming[0]} GraphNode
 * @typedef {NodeAndTiming[1]} NodeTiming
 */
/**
 * One step of a chain of lcpPaths(): a request (with its bytes) or a task (with its own duration).
 * @typedef {{ what: string, start: number, end: number } & ({ bytes: number, observedMs?: undefined } | { bytes?: undefined, observedMs: number })} Step
 */

/** @returns {Promise<Loaded>} */
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

/** @param {import('lighthouse').Result} lhr */
function extract(lhr) {
  const a = lhr.audits;
  /** @param {string} id */
  const num = (id) => a[id]?.numericValue;
  // Lighthouse types an audit's details as any of its kinds: these two are tables.
  const reqs = /** @type {{ items?: RequestRow[] } | undefined} */ (a['network-requests']?.details)?.items ?? [];
  /** @param {(r: RequestRow) => unknown} f */
  const sum = (f) => reqs.filter(f).reduce((s, r) => s + (r.transferSize || 0), 0);
  /** @param {RequestRow} r */
  const isJs = (r) => r.resourceType === 'Script';
  /** @param {RequestRow} r */
  const fromWorker = (r) => r.sessionTargetType && r.sessionTargetType !== 'page' && r.sessionTargetType !== 'iframe';
  /** @typedef {{ observedFirstContentfulPaint?: number, observedLargestContentfulPaint?: number }} Observed */
  const obs = /** @type {{ items?: Observed[] } | undefined} */ (a.metrics?.details)?.items?.[0] ?? {};
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

/**
 * What a CPU task of the page's load was doing, from its trace events.
 * @param {GraphNode & { type: 'cpu' }} node
 */
function cpuLabel(node) {
  const names = new Set(node.childEvents.map((e) => e.name));
  if (names.has('DocumentLoader::CommitNavigation')) return 'navigation commit';
  if (names.has('Layout')) return 'style, layout and paint';
  if (names.has('ParseHTML')) return 'HTML parsing';
  if (names.has('EvaluateScript') || names.has('v8.evaluateModule')) return 'script';
  return 'task';
}

/**
 * Why the simulated LCP is what it is: for each of the two graphs Lighthouse's simulation (Lantern)
 * averages into the LCP (optimistic and pessimistic, half each), the chain of work that ends last —
 * from the node that ends last back through the dependency that ended last, to the document.
 * Recomputed from the run's own trace and network log (the same computation the audit made).
 * @param {import('lighthouse').RunnerResult} result
 */
async function lcpPaths(result) {
  try {
    const { LanternLargestContentfulPaint } =
      await import('lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js');
    const a = result.artifacts;
    const data = {
      trace: a.Trace,
      devtoolsLog: a.DevtoolsLog,
      gatherContext: a.GatherContext,
      settings: result.lhr.configSettings,
      simulator: undefined,
      URL: a.URL,
      SourceMaps: a.SourceMaps,
    };
    const lcp = await LanternLargestContentfulPaint.request(data, { computedCache: new Map() });
    /** @param {Estimate} estimate */
    const chain = (estimate) => {
      // Only the graph's own nodes are looked up: each has its timing.
      const timings = /** @type {{ get(node: GraphNode): NodeTiming } & ReadonlyMap<GraphNode, NodeTiming>} */ (
        estimate.nodeTimings
      );
      const byEnd = [...timings.entries()].sort(
        (x, y) => y[1].endTime - x[1].endTime || y[1].startTime - x[1].startTime,
      );
      /** @type {Step[]} */
      const steps = [];
      for (let node = byEnd[0]?.[0]; node;) {
        const t = timings.get(node);
        steps.unshift(
          node.type === 'network'
            ? {
                what: node.isMainDocument() ? 'document' : node.request.url.replace(/^.*\/(?=[^/]+\/?$)/, ''),
                bytes: node.request.transferSize,
                start: t.startTime,
                end: t.endTime,
              }
            : { what: cpuLabel(node), observedMs: node.duration / 1000, start: t.startTime, end: t.endTime },
        );
        // What it waited for: the dependency that ended last — or, for a task, the task before it
        // (the simulation runs one task at a time), whichever ended last before it started.
        const before = [
          ...node.getDependencies().filter((d) => timings.has(d)),
          ...(node.type === 'cpu' ? [...timings.keys()].filter((n) => n.type === 'cpu' && n !== node) : []),
        ].filter((n) => timings.get(n).endTime <= t.startTime + 1);
        node = before.sort((x, y) => timings.get(y).endTime - timings.get(x).endTime)[0];
      }
      return { ms: estimate.timeInMs, steps };
    };
    return { ms: lcp.timing, optimistic: chain(lcp.optimisticEstimate), pessimistic: chain(lcp.pessimisticEstimate) };
  } catch (e) {
    return { error: String(e instanceof Error ? e.message : e) };
  }
}

/**
 * One line for a chain of lcpPaths(): `document (4.7 KB) 0–624 → …`.
 * @param {{ steps: Step[] }} chain
 */
export function describeChain({ steps }) {
  /** @param {number} b */
  const kb = (b) => (b >= 1024 ? `${(b / 1024).toFixed(1)} KB` : `${b} B`);
  return steps
    .map(
      (s) =>
        `${s.what} (${s.bytes != null ? kb(s.bytes) : `${s.observedMs.toFixed(1)} ms observed`}) ` +
        `${Math.round(s.start)}–${Math.round(s.end)}`,
    )
    .join(' → ');
}

/**
 * One Lighthouse run of url with the mobile (default) or desktop preset. `throttling`: 'simulate'
 * (Lighthouse's default: an unthrottled load, replayed by its model of a slow phone) or 'devtools'
 * (the network and the processor actually slowed while the page loads, as a visitor lives it).
 * @param {string} url
 * @param {'mobile' | 'desktop'} form
 * @param {{ timeoutMs?: number, throttling?: 'simulate' | 'devtools', paths?: boolean }} [options]
 */
export async function lighthouseRun(url, form, { timeoutMs = 300_000, throttling = 'simulate', paths = true } = {}) {
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
    /** @type {import('lighthouse').Flags} */
    const flags = {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: CATEGORIES,
      throttlingMethod: throttling,
    };
    const result = await withTimeout(
      lighthouse(url, flags, form === 'desktop' ? desktopConfig : undefined),
      timeoutMs,
      `lighthouse ${form} ${url}`,
    );
    if (!result?.lhr) throw new Error('lighthouse returned no result');
    if (result.lhr.runtimeError)
      throw new Error(`lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return { ...extract(result.lhr), lcpPaths: paths && throttling === 'simulate' ? await lcpPaths(result) : null };
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
