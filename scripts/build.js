// Bundles the server into dist/ with esbuild, only when its inputs changed since the last good build,
// so `npm start` is quick from the second start on and needs no dev dependency where dist/ is already
// current (a production install without dev dependencies). One bundle instead of ~1,500 files from
// node_modules: Node spends most of a start-up resolving, reading and compiling modules (measured in
// docs/performance.md). No type check here — `npm run typecheck` does that.
// Plain JavaScript: it must run before anything is built.
//   node scripts/build.js           build if src/, a tsconfig or the dependencies changed
//   node scripts/build.js --force   build anyway
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const stampFile = join(dist, '.build-stamp');

/** What the bundle is made of: the sources, the settings and the installed dependency versions (lock file). */
const inputDirs = ['src'];
const inputFiles = ['tsconfig.json', 'package.json', 'package-lock.json', 'scripts/build.js', 'scripts/asciiBundle.js', 'scripts/report.ts'];

/** Entry points: dist/<name>.js. `main` is `npm start`, `report` is `npm run report` (no tsx needed). */
export const entryPoints = { main: 'src/main.ts', report: 'scripts/report.ts' };
/** Scripts of worker threads: dist/<name>.js, where the entry point that starts one finds it (src/main.ts). */
const workerEntryPoints = { 'knowledge/loadWorker': 'src/knowledge/loadWorker.ts' };
const allEntryPoints = { ...entryPoints, ...workerEntryPoints };

/**
 * Loaded from node_modules at run time instead of bundled: what only some configurations load, by a
 * dynamic import (the Azure SDK, the mail library, the report's chart library), and what must stay a
 * file of its own (pino-pretty runs in a worker thread, loaded by module name; dtrace-provider is an
 * optional native module restify tries to load).
 */
const external = ['@azure/storage-blob', 'botbuilder-azure-blobs', 'nodemailer', 'echarts', 'pino-pretty', 'dtrace-provider'];

/**
 * Put before every output file. CommonJS packages inside an ES module bundle still call require() for
 * Node's own modules. pino (bundled) starts its transport worker (pretty logs) from a file it finds
 * next to its own source, which the bundle does not have: it is told where the worker is in node_modules.
 */
const banner = [
  "import { createRequire as __bundleRequire } from 'node:module';",
  'const require = __bundleRequire(import.meta.url);',
  "globalThis.__bundlerPathsOverrides ??= { 'thread-stream-worker': __bundleRequire(require.resolve('pino')).resolve('thread-stream/lib/worker.js') };",
].join(' ');

/**
 * How the server is bundled; `npm run load` bundles its test server the same way, so that it measures the code as it
 * ships (tsx keeps every function's name with a call each time a named closure is made; this bundle does not).
 */
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  external,
  // Without whitespace and comments the chunks are ~35 % smaller: V8 scans less at every start (docs/performance.md,
  // "The bundle in ASCII"). Stack traces: names are kept (identifiers are not minified), and `node --enable-source-maps` maps
  // positions back to src/.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  sourcesContent: false,
  banner: { js: banner },
  logLevel: 'error',
};

/**
 * Makes every chunk in a built folder pure ASCII (scripts/asciiBundle.js), its source map shifted to match. Loaded
 * only when building: its parser (acorn) is a dev dependency, like esbuild.
 */
export async function asciiChunks(dir) {
  const { asciiRegExps, shiftMap } = await import('./asciiBundle.js');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    const ascii = asciiRegExps(code);
    if (ascii.shifts.length === 0) continue;
    writeFileSync(file, ascii.code);
    if (existsSync(`${file}.map`)) writeFileSync(`${file}.map`, JSON.stringify(shiftMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')), code, ascii.shifts)));
  }
}

/** Content hash of everything the bundle is made of; paths are part of it, so renames and deletions count. ~25 ms. */
export function fingerprint() {
  const hash = createHash('sha256');
  const files = [...inputFiles.map((f) => join(root, f)), ...inputDirs.flatMap((dir) => listTs(join(root, dir)))].sort();
  for (const file of files) {
    hash.update(`${relative(root, file)}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : '(missing)');
    hash.update('\0');
  }
  return hash.digest('hex');
}

function listTs(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function readStamp() {
  try {
    return readFileSync(stampFile, 'utf8').trim();
  } catch {
    return undefined;
  }
}

export function upToDate(current = fingerprint()) {
  return Object.keys(allEntryPoints).every((name) => existsSync(join(dist, `${name}.js`))) && readStamp() === current;
}

/**
 * Builds dist/ unless it is current (or `force`). Returns false, after saying why on stderr, when it
 * cannot: esbuild missing (an install without dev dependencies) or a build error.
 */
export async function ensureBuilt({ force = false } = {}) {
  const current = fingerprint();
  if (!force && upToDate(current)) return true;

  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    console.error(
      [
        'dist/ is missing or older than the sources, and esbuild is not installed (an install without dev dependencies).',
        'Build where dev dependencies are installed, then drop them:',
        '  npm ci && npm run build && npm prune --omit=dev',
      ].join('\n'),
    );
    return false;
  }

  console.log('Bundling the server into dist/ (sources changed since the last build) …');
  const started = Date.now();
  // Built aside (build/ is ignored by git and ESLint) and swapped in whole, so a failed build never leaves a half-written dist/.
  const next = join(root, 'build', 'dist-next');
  rmSync(next, { recursive: true, force: true });
  try {
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: Object.entries(allEntryPoints).map(([out, entry]) => ({ in: entry, out })),
      outdir: next,
      ...bundleOptions,
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
    });
  } catch {
    // esbuild has printed the errors. No stamp: the next start tries again.
    rmSync(next, { recursive: true, force: true });
    return false;
  }
  try {
    await asciiChunks(next);
  } catch (error) {
    console.error(`Could not make the bundle ASCII: ${error instanceof Error ? error.message : String(error)}`);
    rmSync(next, { recursive: true, force: true });
    return false;
  }
  writeFileSync(join(next, '.build-stamp'), `${current}\n`);
  await keepExamplesModel(next, current);
  rmSync(dist, { recursive: true, force: true });
  renameSync(next, dist);
  console.log(`dist/ built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

/** Longest the build waits for the classifier of the shipped examples (~2–4 s on two cores). */
const MODEL_TIMEOUT_MS = 120_000;

/**
 * Trains the classifier of the shipped knowledge's example messages into the new bundle's model cache (dist/cache/,
 * src/assistant/understand/modelCache.ts), with the bundle's own knowledge worker as the app runs it: the first start
 * then reads it (~0.1 s) instead of training it (~1.5 s of CPU before /healthz says 200), also where dist/ cannot be
 * written at run time. Never fails the build: without it the first start trains and keeps the model itself.
 */
export async function keepExamplesModel(bundle, code) {
  const { Worker } = await import('node:worker_threads');
  const knowledgeDir = join(root, 'knowledge');
  if (!existsSync(knowledgeDir)) return;
  const started = Date.now();
  const worker = new Worker(join(bundle, 'knowledge', 'loadWorker.js'), {
    workerData: { dir: knowledgeDir, now: new Date(), modelCache: { dir: join(bundle, 'cache'), code } },
    stdout: true,
  });
  const outcome = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve('took too long'), MODEL_TIMEOUT_MS);
    let first = true;
    worker.on('message', (message) => {
      if (first && !message?.knowledge) return resolve('the knowledge has errors (`npm run knowledge:check`)');
      if (first) return void (first = false);
      clearTimeout(timer);
      const cache = message?.cache;
      resolve(cache?.read || cache?.written ? undefined : `not written (${cache?.problem ?? 'no model'})`);
    });
    worker.once('error', (error) => resolve(error instanceof Error ? error.message : String(error)));
    worker.once('exit', () => resolve('the worker stopped'));
  });
  await worker.terminate();
  if (outcome === undefined) console.log(`classifier of the example messages kept in dist/cache/ (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  else console.log(`classifier of the example messages not kept: ${outcome}; the first start trains it`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const ok = await ensureBuilt({ force: process.argv.includes('--force') });
  process.exitCode = ok ? 0 : 1;
}

/** URL of a built entry point, for import(). */
export const distEntry = (name) => pathToFileURL(join(dist, `${name}.js`)).href;
