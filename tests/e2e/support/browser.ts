/**
 * Find and launch a Chromium for the end-to-end tests, on a fresh machine too:
 * `$CHROMIUM_PATH`, then Debian's `/usr/bin/chromium`, then the binary that the npm package
 * `@sparticuz/chromium` carries. WebGL runs on SwiftShader, headless.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export async function findChromium(): Promise<string> {
  const tried: string[] = [];
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    if (existsSync(env)) return env;
    tried.push(`$CHROMIUM_PATH=${env} (no such file)`);
  }
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(p)) return p;
    tried.push(p);
  }
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    const p = await sparticuz.executablePath();
    if (p && existsSync(p)) return p;
    tried.push(`@sparticuz/chromium (${p})`);
  } catch (e) {
    tried.push(`@sparticuz/chromium (${(e as Error).message})`);
  }
  throw new Error(
    `No Chromium found for the end-to-end tests. Tried: ${tried.join('; ')}.\n` +
      'Install one: `apt-get install -y chromium fonts-noto-core` (Debian/Ubuntu), or `npm ci` to get ' +
      '@sparticuz/chromium, or set CHROMIUM_PATH to a Chromium/Chrome binary.',
  );
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS, headless: true });
}
