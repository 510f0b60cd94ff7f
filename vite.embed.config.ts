/**
 * The standalone host-page helper: `dist/wasl-embed.js`, one classic script defining `window.Wasl`
 * (src/embed/client.ts). Runs after the app build, into the same dist/.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: 'src/embed/standalone.ts',
      name: 'Wasl',
      formats: ['iife'],
      fileName: () => 'wasl-embed.js',
    },
  },
});
