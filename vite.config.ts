import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { ContentError, loadContentDir } from './src/content/validate.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

/** Fails the build (and warns in dev) when a content file is malformed, naming file and field. */
function contentValidation(): Plugin {
  const validate = () => loadContentDir(dataDir);
  return {
    name: 'exhibition-content',
    buildStart() {
      try {
        validate();
      } catch (error) {
        if (error instanceof ContentError) this.error(error.message);
        throw error;
      }
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dataDir)) return;
      try {
        validate();
      } catch (error) {
        server.config.logger.error(String((error as Error).message));
      }
    },
  };
}

export default defineConfig({
  plugins: [contentValidation(), react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
  },
});
