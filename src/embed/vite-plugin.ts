/**
 * Vite plugin (build only): after the app is written to dist/, build the standalone host-page helper
 * `dist/wasl-embed.js` (vite.embed.config.ts), so every `vite build` gives a complete, hostable dist/.
 */
import { build, type Plugin } from 'vite';

export function embedScript(configFile = 'vite.embed.config.ts'): Plugin {
  return {
    name: 'wasl-embed-script',
    apply: 'build',
    async closeBundle() {
      await build({ configFile, logLevel: 'warn' });
    },
  };
}
