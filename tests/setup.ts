import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A room of fifty bubbles takes a while to render in jsdom on a busy machine: wait up to 15 s.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});

// jsdom has no matchMedia. Component tests run as a visitor who prefers reduced motion: every
// animation lands on its final state at once (motion itself is tested in real Chromium, tests/e2e).
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: query.includes('prefers-reduced-motion: reduce'),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// Motion is tested in real Chromium; here every animation lands on its final state at once.
import { MotionGlobalConfig } from 'framer-motion';
MotionGlobalConfig.skipAnimations = true;
