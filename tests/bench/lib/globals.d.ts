// What the bench's probes leave on the page's window (lib/browser.mjs, lib/interactions.mjs), and
// Event Timing's observer option, which TypeScript's DOM library does not list yet.
interface BenchProbe {
  frames: number[];
  longTasks: number[];
  stop: boolean;
  observer?: PerformanceObserver;
  longTaskUnsupported?: boolean;
}

interface BenchInteraction {
  id: number;
  name: string;
  duration: number;
  input: number;
  processing: number;
}

interface Window {
  /** The page's own requestAnimationFrame, saved before the clock is faked. */
  __benchReal?: { raf: (callback: FrameRequestCallback) => number };
  __benchProbe?: BenchProbe;
  __inp?: { entries: BenchInteraction[] };
}

interface PerformanceObserverInit {
  durationThreshold?: number;
}

// Number.isFinite(x) is true of finite numbers alone: said as a type guard, so that a measure that
// may be missing (undefined, NaN) is a number once checked.
interface NumberConstructor {
  isFinite(number: unknown): number is number;
}
