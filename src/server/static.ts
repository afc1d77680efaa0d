// Static files the bot serves itself (web chat and tab scripts, the Web Chat and teams-js bundles):
// read once, compressed once off the event loop, sent with an ETag, gzip when the browser takes it.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response } from 'restify';

export interface Asset {
  body: Buffer;
  gzip: Buffer;
  type: string;
  etag: string;
  cacheControl: string;
}

export type AssetLoader = () => Omit<Asset, 'gzip' | 'etag'>;

const gzipAsync = promisify(gzip);

/** Loads each asset on first use and keeps it; a failed read is not kept, so the next request tries again. */
export function assetCache(): (key: string, load: AssetLoader) => Promise<Asset> {
  const cache = new Map<string, Promise<Asset>>();
  return (key, load) => {
    let found = cache.get(key);
    if (!found) {
      found = Promise.resolve()
        .then(load)
        .then(async (loaded) => ({
          ...loaded,
          gzip: await gzipAsync(loaded.body, { level: 9 }),
          etag: `"${createHash('sha256').update(loaded.body).digest('base64url').slice(0, 27)}"`,
        }));
      found.catch(() => cache.delete(key));
      cache.set(key, found);
    }
    return found;
  };
}

export function sendAsset(req: Request, res: Response, asset: Asset): void {
  const headers: Record<string, string> = { 'Content-Type': asset.type, 'Cache-Control': asset.cacheControl, ETag: asset.etag, Vary: 'Accept-Encoding' };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const useGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = useGzip ? asset.gzip : asset.body;
  res.writeHead(200, { ...headers, ...(useGzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': String(body.length) });
  res.end(body);
}

/** The folder with package.json: src/web and node_modules live there, whether we run from src or dist. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}
