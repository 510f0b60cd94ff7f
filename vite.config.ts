import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { embedScript } from './src/embed/vite-plugin.ts';

export default defineConfig({
  // Relative asset URLs: dist/ works from any static host and any sub-path.
  base: './',
  plugins: [svelte(), embedScript()],
  worker: { format: 'es' },
  server: { port: 5173 },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
