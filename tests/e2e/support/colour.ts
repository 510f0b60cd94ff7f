/**
 * Count the pixels of a region of a real screenshot that are close to one colour (what a person sees of,
 * say, the pink "place" nodes), decoded in the page itself.
 */
import type { Page } from 'playwright-core';

export async function colourPixels(page: Page, selector: string, hex: string, tolerance = 24): Promise<number> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`colourPixels: ${selector} is not visible`);
  const png = await page.screenshot({ clip: box });
  const [r0, g0, b0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return page.evaluate(
    async ({ b64, r0, g0, b0, tolerance }) => {
      const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const { data } = ctx.getImageData(0, 0, bmp.width, bmp.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - r0) <= tolerance && Math.abs(data[i + 1]! - g0) <= tolerance && Math.abs(data[i + 2]! - b0) <= tolerance) n++;
      }
      return n;
    },
    { b64: png.toString('base64'), r0: r0!, g0: g0!, b0: b0!, tolerance },
  );
}
