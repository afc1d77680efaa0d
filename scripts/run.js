// `npm start` and `npm run report`: bundles dist/ first if its inputs changed (scripts/build.js), then
// runs the bundle in this same process — one Node start, not npm's prestart step plus a second one.
//   node scripts/run.js main|report [arguments of that entry point]
import { distEntry, ensureBuilt, entryPoints } from './build.js';

const [name] = process.argv.splice(2, 1);
if (!name || !Object.hasOwn(entryPoints, name)) {
  console.error(`usage: node scripts/run.js ${Object.keys(entryPoints).join('|')} [arguments]`);
  process.exit(2);
}
if (!(await ensureBuilt())) process.exit(1);
await import(distEntry(name));
