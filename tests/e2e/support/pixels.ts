/**
 * Count coloured (non-grey, non-background) pixels in a region of the page, by decoding a real
 * screenshot in the page itself: what a person would see, WebGL included.
 */
import type { Page } from 'playwright-core';

export interface PixelStats {
  total: number;
  coloured: number;
  /** Distinct coarse colours (4 bits per channel) among the coloured pixels. */
  colours: number;
}

export async function pixelStats(page: Page, selector: string): Promise<PixelStats> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`pixelStats: ${selector} is not visible`);
  const png = await page.screenshot({ clip: box });
  return page.evaluate(async (b64: string) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bmp = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const { data } = ctx.getImageData(0, 0, bmp.width, bmp.height);
    let coloured = 0;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
      const sat = Math.max(r, g, b) - Math.min(r, g, b);
      if (sat > 60) {
        coloured++;
        seen.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
      }
    }
    return { total: data.length / 4, coloured, colours: seen.size };
  }, png.toString('base64'));
}
