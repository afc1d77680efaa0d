// Compiles TypeScript to dist/ only when the sources changed since the last good build, so `npm start`
// is quick from the second start on and needs no TypeScript where dist/ is already current (a
// production install without dev dependencies). Plain JavaScript: it must run before anything is built.
//   node scripts/build.js           build if src/ or a tsconfig changed
//   node scripts/build.js --force   build anyway
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const stampFile = join(root, 'dist', '.build-stamp');
const entryPoint = join(root, 'dist', 'src', 'main.js');
const inputDirs = ['src'];
const inputFiles = ['tsconfig.json', 'tsconfig.build.json'];

/** Content hash of everything tsc reads from the project; paths are part of it, so renames and deletions count. */
function fingerprint() {
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

function findTsc() {
  try {
    return createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    return undefined;
  }
}

const force = process.argv.includes('--force');
const current = fingerprint();
if (!force && existsSync(entryPoint) && readStamp() === current) {
  process.exit(0);
}

const tsc = findTsc();
if (!tsc) {
  console.error(
    [
      'dist/ is missing or older than the sources, and TypeScript is not installed (an install without dev dependencies).',
      'Build where dev dependencies are installed, then drop them:',
      '  npm ci && npm run build && npm prune --omit=dev',
    ].join('\n'),
  );
  process.exit(1);
}

console.log('Compiling TypeScript to dist/ (sources changed since the last build) …');
const started = Date.now();
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
  // No stamp: the next start tries again instead of running a half-checked build.
  process.exit(result.status ?? 1);
}
writeFileSync(stampFile, `${current}\n`);
console.log(`dist/ built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
