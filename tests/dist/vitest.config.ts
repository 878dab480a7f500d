import { defineConfig } from 'vitest/config';

// The facts of the build's files (dist/): run after `npm run build`, apart from the unit tests,
// which need no build.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/dist/**/*.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
    // 800 pages: a dot each, and the failures in full.
    reporters: ['dot'],
  },
});
