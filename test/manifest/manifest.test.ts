// The Teams app package as Teams sees it: built into a temp folder, unzipped, and checked against
// the official schema and the icon rules; broken templates and icons must be refused readably.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageSettingsFrom } from '../../scripts/build-manifest.js';
import { buildTeamsPackage, loadBundledSchema, type BuildOptions } from '../../scripts/lib/teams-package.js';

const root = resolve(import.meta.dirname, '..', '..');
const manifestDir = join(root, 'manifest');
const appId = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const publicUrl = 'https://inklusionsprofi.example.org';
const run = promisify(execFile);

let workDir: string;
let files: Map<string, Buffer>;
let manifest: Record<string, unknown>;

function options(overrides: Partial<BuildOptions> = {}): BuildOptions {
  return { appId, publicUrl, version: '1.2.3', manifestDir, outFile: join(workDir, 'package.zip'), ...overrides };
}

/** A writable copy of manifest/ to break on purpose. */
function copyOfManifestDir(name: string): string {
  const dir = join(workDir, name);
  cpSync(manifestDir, dir, { recursive: true });
  return dir;
}

type Template = { bots: { botId?: string }[]; composeExtensions: { botId?: string }[] };

function editTemplate(dir: string, edit: (template: Template) => void): void {
  const path = join(dir, 'manifest.template.json');
  const template = JSON.parse(readFileSync(path, 'utf8')) as Template;
  edit(template);
  writeFileSync(path, JSON.stringify(template));
}

/** The files inside a ZIP, as an unzip tool sees them. */
function readZip(zip: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(zip)).map(([name, data]) => [name, Buffer.from(data)]));
}

/** An RGBA image as a PNG file, for icons broken on purpose. */
function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const png = new PNG({ width, height });
  png.data = Buffer.from(rgba);
  return PNG.sync.write(png, { colorType: 6 });
}

async function schemaErrors(document: unknown, schemaFile: string): Promise<string[]> {
  const schema = loadBundledSchema((manifest as { manifestVersion?: unknown }).manifestVersion, schemaFile);
  if (!schema.ok) throw new Error(schema.problem);
  return AppManifestUtils.validateAgainstSchema(document as AppManifest, schema.schema);
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'inklusionsprofi-manifest-'));
  const result = await buildTeamsPackage(options());
  if (!result.ok) throw new Error(`the package did not build:\n${result.problems.join('\n')}`);
  files = readZip(readFileSync(result.outFile));
  manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as Record<string, unknown>;
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('Teams app package', () => {
  it('holds manifest.json, both icons and the English language file at the top of the zip', () => {
    expect([...files.keys()].sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
  });

  it('passes the official Teams manifest schema of its version, checked offline', async () => {
    expect(manifest.manifestVersion).toBe('1.25');
    expect(await schemaErrors(manifest, 'MicrosoftTeams.schema.json')).toEqual([]);
  });

  it('is German by default and has an English language file that passes the localization schema', async () => {
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'de-DE', additionalLanguages: [{ languageTag: 'en', file: 'en.json' }] });
    expect(manifest.name).toMatchObject({ short: 'Inklusionsprofi' });
    const english = JSON.parse(files.get('en.json')?.toString('utf8') ?? '{}') as Record<string, string>;
    expect(await schemaErrors(english, 'MicrosoftTeams.Localization.schema.json')).toEqual([]);
    expect(english['composeExtensions[0].commands[0].title']).toBe('Search seminars');
  });

  it('points bot, message extension and tab at the configured bot and host', () => {
    expect(manifest).toMatchObject({
      id: appId,
      version: '1.2.3',
      bots: [{ botId: appId }],
      composeExtensions: [{ botId: appId }],
      validDomains: ['inklusionsprofi.example.org'],
      developer: { name: 'Aktion Mensch e.V.', websiteUrl: 'https://www.aktion-mensch.de', privacyUrl: `${publicUrl}/datenschutz`, termsOfUseUrl: `${publicUrl}/datenschutz` },
    });
    expect(JSON.stringify(manifest)).not.toContain('{{');
  });

  it('offers the five German commands in personal chats, teams and group chats', () => {
    const bot = (manifest.bots as { scopes: string[]; commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[] }[])[0];
    expect(bot?.scopes).toEqual(['personal', 'team', 'groupChat']);
    const commands = bot?.commandLists.flatMap((list) => list.commands) ?? [];
    expect(commands.map((c) => c.title)).toEqual(['Seminar finden', 'Was passt zu meiner Rolle?', 'Anmeldung anfragen', 'Hilfe', 'Leichte Sprache']);
    for (const command of commands) expect(command.description.length).toBeGreaterThan(10);
    expect(bot?.commandLists.flatMap((list) => list.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  it('pins the "Seminarkalender" tab in the personal scope next to the chat', () => {
    expect(manifest.staticTabs).toEqual([
      { entityId: 'conversations', scopes: ['personal'] },
      { entityId: 'seminarkalender', name: 'Seminarkalender', contentUrl: `${publicUrl}/tab/`, websiteUrl: `${publicUrl}/tab/`, scopes: ['personal'] },
    ]);
  });

  it('has the "Seminar suchen" search command, which runs once before anything is typed', () => {
    expect(manifest.composeExtensions).toMatchObject([
      { commands: [{ id: 'seminarSuchen', type: 'query', title: 'Seminar suchen', initialRun: true, parameters: [{ name: 'suchbegriff', title: 'Suchbegriff' }] }] },
    ]);
  });

  it('packs the icons and the language file byte for byte as they are in manifest/', () => {
    for (const file of ['color.png', 'outline.png', 'en.json']) {
      expect(files.get(file)?.equals(readFileSync(join(manifestDir, file))), file).toBe(true);
    }
  });

  it('ships a 192×192 colour icon and a 32×32 outline icon that is white on transparent', () => {
    const color = PNG.sync.read(files.get('color.png') ?? Buffer.alloc(0));
    const outline = PNG.sync.read(files.get('outline.png') ?? Buffer.alloc(0));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);

    const alphas: number[] = [];
    for (let p = 0; p < outline.data.length; p += 4) {
      const [r, g, b, a] = outline.data.subarray(p, p + 4);
      alphas.push(a ?? 0);
      if (a !== 0) expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect(alphas).toContain(0);
    expect(alphas.filter((a) => a === 255).length).toBeGreaterThan(100);
  });

  it('builds the same bytes twice, so a rebuilt package does not look changed', async () => {
    const again = await buildTeamsPackage(options({ outFile: join(workDir, 'again.zip') }));
    expect(again.ok).toBe(true);
    expect(readFileSync(join(workDir, 'again.zip')).equals(readFileSync(join(workDir, 'package.zip')))).toBe(true);
  });
});

describe('refusing a package Teams would not accept', () => {
  it('refuses a template without a bot id, names the place and leaves no zip to upload', async () => {
    const dir = copyOfManifestDir('no-bot-id');
    editTemplate(dir, (t) => delete t.bots[0]?.botId);
    const outFile = join(workDir, 'no-bot-id.zip');
    writeFileSync(outFile, 'package from an earlier, good build');
    const result = await buildTeamsPackage(options({ manifestDir: dir, outFile }));
    expect(result).toEqual({ ok: false, problems: ["manifest.json: /bots/0 must have required property 'botId'"] });
    expect(existsSync(outFile)).toBe(false);
  });

  it('refuses a bot id written into the template instead of the configured one', async () => {
    const dir = copyOfManifestDir('foreign-bot');
    editTemplate(dir, (t) => {
      if (t.composeExtensions[0]) t.composeExtensions[0].botId = '11111111-2222-3333-4444-555555555555';
    });
    const result = await buildTeamsPackage(options({ manifestDir: dir }));
    expect(result.ok ? [] : result.problems).toEqual([
      'manifest.json /composeExtensions/0/botId: is "11111111-2222-3333-4444-555555555555", expected the configured MicrosoftAppId',
    ]);
  });

  it('refuses an outline icon with a coloured pixel', async () => {
    const dir = copyOfManifestDir('coloured-outline');
    const outline = PNG.sync.read(readFileSync(join(dir, 'outline.png')));
    outline.data.set([200, 30, 40, 255], (16 * 32 + 16) * 4);
    writeFileSync(join(dir, 'outline.png'), encodePng(outline.width, outline.height, outline.data));
    const result = await buildTeamsPackage(options({ manifestDir: dir }));
    expect(result.ok ? [] : result.problems).toEqual(['outline.png: must be white on transparent, but 1 visible pixels are not white']);
  });

  it('refuses a colour icon of the wrong size', async () => {
    const dir = copyOfManifestDir('small-color');
    writeFileSync(join(dir, 'color.png'), encodePng(96, 96, new Uint8Array(96 * 96 * 4).fill(255)));
    const result = await buildTeamsPackage(options({ manifestDir: dir }));
    expect(result.ok ? [] : result.problems).toEqual(['color.png: must be 192×192 pixels, is 96×96']);
  });

  it('refuses an icon file that is not a PNG at all', async () => {
    const dir = copyOfManifestDir('jpeg-color');
    writeFileSync(join(dir, 'color.png'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
    const result = await buildTeamsPackage(options({ manifestDir: dir }));
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/^color\.png: not a readable PNG \(.+\)$/)]);
  });

  it('refuses a translation for a command that does not exist', async () => {
    const dir = copyOfManifestDir('stray-translation');
    const english = JSON.parse(readFileSync(join(dir, 'en.json'), 'utf8')) as Record<string, string>;
    english['bots[0].commandLists[0].commands[9].title'] = 'Ghost command';
    writeFileSync(join(dir, 'en.json'), JSON.stringify(english));
    const result = await buildTeamsPackage(options({ manifestDir: dir }));
    expect(result.ok ? [] : result.problems).toEqual(['en.json: "bots[0].commandLists[0].commands[9].title" does not match anything in the manifest']);
  });

  it('asks for MicrosoftAppId and an https PUBLIC_URL when they are missing or wrong', () => {
    const missing = packageSettingsFrom({}, { dev: false, version: '1.0.0' });
    expect(missing.ok ? [] : missing.problems.join('\n')).toMatch(/MicrosoftAppId is not set[\s\S]*PUBLIC_URL is not set/);
    const wrong = packageSettingsFrom({ MicrosoftAppId: 'my-bot', PUBLIC_URL: 'http://bot.example.org' }, { dev: false, version: '1.0.0' });
    expect(wrong.ok ? [] : wrong.problems).toEqual([
      'MicrosoftAppId must be a GUID such as 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0 (got "my-bot")',
      'PUBLIC_URL must be an https URL, because Teams loads the tab over https only (got "http://bot.example.org")',
    ]);
  });
});

describe('npm run manifest', () => {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const script = join(root, 'scripts', 'build-manifest.ts');
  // Run outside the repository so a developer's .env cannot fill in the missing settings.
  const environment = { PATH: process.env.PATH ?? '' };

  it('exits with status 1 and says what to set when the configuration is missing', async () => {
    const failure = await run(tsx, [script, '--out', join(workDir, 'cli.zip')], { cwd: workDir, env: environment }).then(
      () => undefined,
      (error: unknown) => error as { code?: number; stderr?: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('MicrosoftAppId is not set');
    expect(existsSync(join(workDir, 'cli.zip'))).toBe(false);
  });

  it('writes a package for a dry run with --dev', async () => {
    const { stdout } = await run(tsx, [script, '--dev', '--out', join(workDir, 'dev.zip')], { cwd: workDir, env: environment });
    expect(stdout).toContain('Teams package written');
    const devManifest = JSON.parse(readZip(readFileSync(join(workDir, 'dev.zip'))).get('manifest.json')?.toString('utf8') ?? '{}') as Record<string, unknown>;
    expect(devManifest.validDomains).toEqual(['localhost:3978']);
  });
});
