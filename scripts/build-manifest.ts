// `npm run manifest`: builds build/inklusionsprofi-teams.zip, the app package to upload to Teams,
// from MicrosoftAppId and PUBLIC_URL (environment or .env). Exits 1 with the reasons if the
// configuration, the manifest or an icon is not acceptable.
//   npm run manifest                  real package for the configured bot
//   npm run manifest -- --dev         dry run; fills what is missing with a placeholder id and https://localhost:3978
//   npm run manifest -- --out x.zip   write somewhere else
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readEnvironment } from '../src/config.js';
import { buildTeamsPackage, type PackageSettings } from './lib/teams-package.js';

const root = resolve(import.meta.dirname, '..');
const DEV_APP_ID = '00000000-0000-0000-0000-000000000000';
const DEV_PUBLIC_URL = 'https://localhost:3978';
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

type SettingsResult = { ok: true; settings: PackageSettings } | { ok: false; problems: string[] };

/** The two settings the package needs, read from an environment; pure so it can be tested. */
export function packageSettingsFrom(env: Record<string, string | undefined>, options: { dev: boolean; version: string }): SettingsResult {
  const problems: string[] = [];
  const appId = env.MicrosoftAppId?.trim() || (options.dev ? DEV_APP_ID : '');
  const publicUrl = (env.PUBLIC_URL?.trim() || (options.dev ? DEV_PUBLIC_URL : '')).replace(/\/+$/, '');

  if (!appId) {
    problems.push('MicrosoftAppId is not set: the Microsoft App ID of the Azure Bot resource (a GUID). Use --dev for a dry run without one.');
  } else if (!GUID.test(appId)) {
    problems.push(`MicrosoftAppId must be a GUID such as 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0 (got "${appId.slice(0, 60)}")`);
  }
  if (!publicUrl) {
    problems.push('PUBLIC_URL is not set: the https address where Teams reaches this bot, e.g. https://inklusionsprofi.example.org. Use --dev for a dry run without one.');
  } else if (!URL.canParse(publicUrl) || new URL(publicUrl).protocol !== 'https:') {
    problems.push(`PUBLIC_URL must be an https URL, because Teams loads the tab over https only (got "${publicUrl.slice(0, 80)}")`);
  } else if (new URL(publicUrl).search || new URL(publicUrl).hash) {
    problems.push(`PUBLIC_URL must not contain a query or fragment (got "${publicUrl.slice(0, 80)}")`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings: { appId, publicUrl, version: options.version } };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dev: { type: 'boolean', default: false }, out: { type: 'string' } } });
  const packageJson = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version?: unknown };
  const version = typeof packageJson.version === 'string' ? packageJson.version : '0.0.0';

  const settings = packageSettingsFrom(readEnvironment(), { dev: values.dev, version });
  if (!settings.ok) return fail('Cannot build the Teams package, the configuration is incomplete:', settings.problems);

  const outFile = resolve(values.out ?? resolve(root, 'build', 'inklusionsprofi-teams.zip'));
  const result = await buildTeamsPackage({ ...settings.settings, manifestDir: resolve(root, 'manifest'), outFile });
  if (!result.ok) return fail('The Teams package was not written, because it would not be accepted:', result.problems);

  console.log(`Teams package written: ${result.outFile}`);
  console.log(`  contains ${result.files.join(', ')}; manifest valid against schema v${String(result.manifest.manifestVersion)}`);
  console.log(`  bot ${settings.settings.appId}, tab ${settings.settings.publicUrl}/tab/`);
  if (values.dev) console.log('  --dev: for a dry run only; set MicrosoftAppId and PUBLIC_URL for a package Teams can use.');
  return 0;
}

function fail(headline: string, problems: string[]): number {
  console.error(`${headline}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return 1;
}

// Only run when started as a script, so tests can import packageSettingsFrom.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
