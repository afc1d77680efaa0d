// Measures what a person sees change on screen: screenshots of a region compared pixel by pixel in
// the page itself (canvas), so no image library is needed.
import type { Locator, Page } from 'playwright-core';

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The element's box grown by `margin` px on each side, kept inside the viewport. */
export async function regionAround(locator: Locator, margin = 6): Promise<Region> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  const viewport = locator.page().viewportSize() ?? { width: 1024, height: 800 };
  const x = Math.max(0, Math.floor(box.x - margin));
  const y = Math.max(0, Math.floor(box.y - margin));
  return { x, y, width: Math.min(viewport.width - x, Math.ceil(box.width + 2 * margin)), height: Math.min(viewport.height - y, Math.ceil(box.height + 2 * margin)) };
}

/** How many pixels of `region` differ between two screenshots (any channel by more than 8 of 255). */
export async function changedPixels(page: Page, before: Buffer, after: Buffer): Promise<number> {
  return page.evaluate(
    async ([a, b]) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d canvas');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [x, y] = await Promise.all([decode(a), decode(b)]);
      let changed = 0;
      for (let i = 0; i < Math.min(x.length, y.length); i += 4) {
        if (Math.abs(x[i]! - y[i]!) > 8 || Math.abs(x[i + 1]! - y[i + 1]!) > 8 || Math.abs(x[i + 2]! - y[i + 2]!) > 8) changed++;
      }
      return changed;
    },
    [before.toString('base64'), after.toString('base64')] as const,
  );
}

/**
 * Pixels that change around `around` (default: the element) when the element gets keyboard focus:
 * screenshot, focus as after a key press (so :focus-visible applies), screenshot again.
 */
export async function focusChange(locator: Locator, around: Locator = locator): Promise<number> {
  const page = locator.page();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const region = await regionAround(around);
  const before = await page.screenshot({ clip: region, animations: 'disabled', caret: 'hide' });
  await page.keyboard.press('Shift');
  await locator.focus();
  const after = await page.screenshot({ clip: region, animations: 'disabled', caret: 'hide' });
  return changedPixels(page, before, after);
}

/** WCAG contrast ratio of two CSS colours as the browser resolves them ("rgb(…)"). */
export function contrast(foreground: string, background: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(foreground), luminance(background)].sort((p, q) => q - p);
  return (hi! + 0.05) / (lo! + 0.05);
}
