// Renders the Teams icons from their SVG sources (manifest/icons/*.svg) to manifest/*.png with
// headless Chromium. Run after editing an SVG: `npx tsx scripts/render-icons.ts`.
// Needs Debian's Chromium (`apt-get install chromium`) or CHROMIUM_PATH pointing at another build.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';

const manifestDir = resolve(import.meta.dirname, '..', 'manifest');

interface IconJob {
  svg: string;
  png: string;
  size: number;
  /** Teams wants the outline icon white on transparent: anti-aliased edges are forced to pure white. */
  whiteOnly: boolean;
}

const jobs: IconJob[] = [
  { svg: 'icons/color.svg', png: 'color.png', size: 192, whiteOnly: false },
  { svg: 'icons/outline.svg', png: 'outline.png', size: 32, whiteOnly: true },
];

async function main(): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'inklusionsprofi-icons-'));
  // A fresh profile per run, so nothing from an earlier Chromium session leaks into the render.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    deviceScaleFactor: 1,
  });
  try {
    for (const job of jobs) {
      const page = await context.newPage();
      await page.setViewportSize({ width: job.size, height: job.size });
      const svg = readFileSync(join(manifestDir, job.svg), 'utf8');
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
      const shot = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: job.size, height: job.size } });
      await page.close();
      const image = PNG.sync.read(shot);
      if (job.whiteOnly) toPureWhite(image.data);
      writeFileSync(join(manifestDir, job.png), PNG.sync.write(image, { colorType: 6, deflateLevel: 9 }));
      console.log(`${job.png}: ${image.width}×${image.height} from ${job.svg}`);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Keeps each pixel's coverage (alpha) and sets its colour to white; Chromium's un-premultiplying leaves 254s. */
function toPureWhite(rgba: Buffer): void {
  for (let p = 0; p < rgba.length; p += 4) {
    const visible = (rgba[p + 3] ?? 0) > 0;
    rgba.fill(visible ? 255 : 0, p, p + 3);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
