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
