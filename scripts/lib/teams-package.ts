// Builds the Teams app package: fills manifest/manifest.template.json, validates it (and its
// language files) offline against the official schemas bundled in @microsoft/app-manifest,
// checks the icons and writes the ZIP that is uploaded to Teams.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { zipSync, type Zippable } from 'fflate';
import { PNG } from 'pngjs';

export interface PackageSettings {
  /** The bot's Microsoft App ID (Azure Bot resource); also used as the Teams app id. */
  appId: string;
  /** Where Teams reaches the bot, e.g. https://inklusionsprofi.example.org (no trailing slash). */
  publicUrl: string;
  /** Semantic version of the package; Teams only accepts an update with a higher one. */
  version: string;
}

export interface BuildOptions extends PackageSettings {
  /** Folder holding manifest.template.json, the icons and the language files. */
  manifestDir: string;
  outFile: string;
}

export type BuildResult =
  | { ok: true; outFile: string; manifest: Record<string, unknown>; files: string[] }
  | { ok: false; problems: string[] };

interface IconRule {
  size: number;
  whiteOnTransparent: boolean;
}

const ICON_RULES: Record<string, IconRule> = {
  color: { size: 192, whiteOnTransparent: false },
  outline: { size: 32, whiteOnTransparent: true },
};

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const PLACEHOLDER = /\{\{([A-Z_]+)\}\}/g;
/** Keys of a language file that are not paths into the manifest. */
const LOCALIZATION_META_KEYS = new Set(['$schema', 'localizationKeys']);

type ValidationSchema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];

export async function buildTeamsPackage(options: BuildOptions): Promise<BuildResult> {
  const templatePath = join(options.manifestDir, 'manifest.template.json');
  if (!existsSync(templatePath)) return refuse(options.outFile, [`${templatePath} not found`]);

  const filled = fillTemplate(readFileSync(templatePath, 'utf8'), options);
  const manifest = filled.ok ? parseJsonObject(filled.text, 'manifest.template.json') : filled;
  if (!manifest.ok) return refuse(options.outFile, manifest.problems);

  const problems = [
    ...(await validateManifest(manifest.value)),
    ...checkConsistency(manifest.value, options),
  ];

  const files = new Map<string, Buffer>([['manifest.json', Buffer.from(`${JSON.stringify(manifest.value, null, 2)}\n`, 'utf8')]]);
  for (const [kind, file] of iconFiles(manifest.value)) {
    const data = readPackageFile(options.manifestDir, file, problems);
    if (!data) continue;
    const rule = ICON_RULES[kind];
    if (rule) problems.push(...checkIcon(file, data, rule));
    files.set(file, data);
  }
  for (const { languageTag, file } of languageFiles(manifest.value)) {
    const data = readPackageFile(options.manifestDir, file, problems);
    if (!data) continue;
    problems.push(...(await validateLanguageFile(file, languageTag, data, manifest.value)));
    files.set(file, data);
  }

  if (problems.length > 0) return refuse(options.outFile, problems);
  mkdirSync(dirname(options.outFile), { recursive: true });
  writeFileSync(options.outFile, createZip(files));
  return { ok: true, outFile: options.outFile, manifest: manifest.value, files: [...files.keys()] };
}

function refuse(outFile: string, problems: string[]): BuildResult {
  // A package left over from an earlier build must not be mistaken for this one and uploaded.
  rmSync(outFile, { force: true });
  return { ok: false, problems };
}

/** Replaces {{MICROSOFT_APP_ID}}, {{PUBLIC_URL}}, {{HOST}} and {{VERSION}}; any other placeholder is an error. */
export function fillTemplate(template: string, settings: PackageSettings): { ok: true; text: string } | { ok: false; problems: string[] } {
  if (!URL.canParse(settings.publicUrl)) return { ok: false, problems: [`PUBLIC_URL is not a URL (got "${settings.publicUrl.slice(0, 80)}")`] };
  const url = new URL(settings.publicUrl);
  const values: Record<string, string> = {
    MICROSOFT_APP_ID: settings.appId,
    PUBLIC_URL: settings.publicUrl.replace(/\/+$/, ''),
    HOST: url.host,
    VERSION: settings.version,
  };
  const unknown = new Set<string>();
  // Values go into JSON strings, so they are escaped the way JSON.stringify would escape them.
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      unknown.add(whole);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (unknown.size > 0) return { ok: false, problems: [`manifest.template.json uses unknown placeholders: ${[...unknown].join(', ')}`] };
  return { ok: true, text };
}

/** Schema errors for a manifest, checked against the bundled schema of its own manifestVersion. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const schema = loadBundledSchema(manifest.manifestVersion, 'MicrosoftTeams.schema.json');
  if (!schema.ok) return [`manifest.json: ${schema.problem}`];
  return (await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest, schema.schema)).map((error) => `manifest.json: ${describeSchemaError(error)}`);
}

/** 1980-01-01 00:00 local time, the earliest date a ZIP entry can carry: the same bytes on every build. */
const ZIP_TIME = new Date(1980, 0, 1);

/**
 * The package as a ZIP with a fixed timestamp on every entry, so rebuilding unchanged files gives
 * the same bytes. PNGs are stored as they are (deflating them again only costs time).
 */
export function createZip(files: ReadonlyMap<string, Buffer>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, data] of files) entries[name] = [data, { level: name.endsWith('.png') ? 0 : 9, mtime: ZIP_TIME }];
  return zipSync(entries);
}

/** Size and colour rules Teams applies to app icons. */
export function checkIcon(file: string, png: Buffer, rule: IconRule): string[] {
  let image: PNG;
  try {
    // pngjs decodes every PNG variant (palette, 16-bit, interlaced) to 8-bit RGBA.
    image = PNG.sync.read(png);
  } catch (error) {
    return [`${file}: not a readable PNG (${errorMessage(error)})`];
  }
  if (image.width !== rule.size || image.height !== rule.size) {
    return [`${file}: must be ${rule.size}×${rule.size} pixels, is ${image.width}×${image.height}`];
  }
  if (!rule.whiteOnTransparent) return [];

  let coloured = 0;
  let visible = 0;
  for (let p = 0; p < image.data.length; p += 4) {
    if ((image.data[p + 3] ?? 0) === 0) continue;
    visible++;
    if (image.data[p] !== 255 || image.data[p + 1] !== 255 || image.data[p + 2] !== 255) coloured++;
  }
  const problems: string[] = [];
  if (coloured > 0) problems.push(`${file}: must be white on transparent, but ${coloured} visible pixels are not white`);
  if (visible === image.width * image.height) problems.push(`${file}: must have a transparent background, but no pixel is transparent`);
  if (visible === 0) problems.push(`${file}: is completely transparent`);
  return problems;
}

function checkConsistency(manifest: Record<string, unknown>, settings: PackageSettings): string[] {
  const problems: string[] = [];
  if (!GUID.test(settings.appId)) problems.push(`MicrosoftAppId must be a GUID such as 12345678-abcd-… (got "${settings.appId}")`);

  // The schema cannot know which bot this package belongs to; a template with a hard-coded id would
  // install an app that talks to somebody else's bot.
  for (const [path, botId] of botIds(manifest)) {
    if (botId !== undefined && botId !== settings.appId) problems.push(`manifest.json ${path}: is "${String(botId)}", expected the configured MicrosoftAppId`);
  }

  const validDomains = Array.isArray(manifest.validDomains) ? manifest.validDomains : [];
  for (const [path, url] of tabUrls(manifest)) {
    const host = URL.canParse(url) ? new URL(url).host : undefined;
    if (!host || !validDomains.includes(host)) problems.push(`manifest.json ${path}: host of "${url}" must be listed in validDomains`);
    if (!url.startsWith('https://')) problems.push(`manifest.json ${path}: Teams loads tabs over https only (got "${url}")`);
  }
  return problems;
}

async function validateLanguageFile(file: string, languageTag: string, data: Buffer, manifest: Record<string, unknown>): Promise<string[]> {
  const parsed = parseJsonObject(data.toString('utf8'), file);
  if (!parsed.ok) return parsed.problems;
  const strings = parsed.value;

  const schema = loadBundledSchema(manifest.manifestVersion, 'MicrosoftTeams.Localization.schema.json');
  if (!schema.ok) return [`${file}: ${schema.problem}`];
  const problems = (await AppManifestUtils.validateAgainstSchema(strings as unknown as AppManifest, schema.schema)).map(
    (error) => `${file} (${languageTag}): ${describeSchemaError(error)}`,
  );

  // Teams requires the language file to follow the same schema version as the manifest.
  const expectedSchema = `/teams/v${String(manifest.manifestVersion)}/MicrosoftTeams.Localization.schema.json`;
  if (typeof strings.$schema !== 'string' || !strings.$schema.endsWith(expectedSchema)) {
    problems.push(`${file}: $schema must point to ${expectedSchema} to match manifestVersion ${String(manifest.manifestVersion)}`);
  }
  // A translation for a command or tab that does not exist is silently ignored by Teams; catch it here.
  for (const key of Object.keys(strings)) {
    if (LOCALIZATION_META_KEYS.has(key)) continue;
    if (lookUp(manifest, key) === undefined) problems.push(`${file}: "${key}" does not match anything in the manifest`);
  }
  return problems;
}

/** The official schema file bundled in @microsoft/app-manifest, readable by its Ajv set-up. */
export function loadBundledSchema(manifestVersion: unknown, fileName: string): { ok: true; schema: ValidationSchema } | { ok: false; problem: string } {
  if (typeof manifestVersion !== 'string' || !/^\d+\.\d+$/.test(manifestVersion)) {
    return { ok: false, problem: `manifestVersion must be a version such as "1.25" (got ${JSON.stringify(manifestVersion)})` };
  }
  const packageRoot = dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest'));
  const path = join(packageRoot, 'json-schemas', 'teams', `v${manifestVersion}`, fileName);
  if (!existsSync(path)) return { ok: false, problem: `manifestVersion ${manifestVersion} has no schema bundled in @microsoft/app-manifest` };
  const text = readFileSync(path, 'utf8')
    // \a and \v escapes in some patterns are not valid JSON; the library rewrites them the same way.
    .replace(/\\a/g, '\\u0007')
    .replace(/\\v/g, '\\u000b')
    // Every bundled localization schema has patterns with an unescaped "]" (`\b]`), which Ajv's
    // unicode regexes reject with "Lone quantifier brackets"; escaping it keeps the intended meaning.
    .replaceAll('\\\\b]', '\\\\b\\\\]');
  return { ok: true, schema: JSON.parse(text) as ValidationSchema };
}

/** "/bots/0 must have required property 'botId'. Details: {...}" → without the raw details where the message says it all. */
function describeSchemaError(error: string): string {
  const [message = error, details] = error.split('. Details: ');
  const where = message.startsWith(' ') ? `(top level)${message}` : message;
  const extra = details && /additionalProperty|allowedValues|pattern|limit/.test(details) ? ` ${details}` : '';
  return `${where}${extra}`;
}

function iconFiles(manifest: Record<string, unknown>): [string, string][] {
  const icons = manifest.icons;
  if (typeof icons !== 'object' || icons === null) return [];
  return Object.entries(icons).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

function languageFiles(manifest: Record<string, unknown>): { languageTag: string; file: string }[] {
  const info = manifest.localizationInfo;
  if (typeof info !== 'object' || info === null || !('additionalLanguages' in info) || !Array.isArray(info.additionalLanguages)) return [];
  return info.additionalLanguages.flatMap((language: unknown) => {
    const languageTag = lookUp(language, 'languageTag');
    const file = lookUp(language, 'file');
    return typeof languageTag === 'string' && typeof file === 'string' ? [{ languageTag, file }] : [];
  });
}

function botIds(manifest: Record<string, unknown>): [string, unknown][] {
  const found: [string, unknown][] = [];
  for (const list of ['bots', 'composeExtensions']) {
    const items = manifest[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => found.push([`/${list}/${i}/botId`, lookUp(item, 'botId')]));
  }
  return found;
}

function tabUrls(manifest: Record<string, unknown>): [string, string][] {
  const tabs = manifest.staticTabs;
  if (!Array.isArray(tabs)) return [];
  return tabs.flatMap((tab: unknown, i) =>
    (['contentUrl', 'websiteUrl'] as const).flatMap((field): [string, string][] => {
      const url = lookUp(tab, field);
      return typeof url === 'string' ? [[`/staticTabs/${i}/${field}`, url]] : [];
    }),
  );
}

/** Follows a language-file key such as "bots[0].commandLists[0].commands[1].title" into the manifest. */
function lookUp(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function readPackageFile(manifestDir: string, file: string, problems: string[]): Buffer | undefined {
  if (file.includes('/') || file.includes('\\')) {
    problems.push(`${file}: Teams expects every package file next to manifest.json, not in a folder`);
    return undefined;
  }
  const path = join(manifestDir, file);
  if (!existsSync(path)) {
    problems.push(`${file}: referenced by the manifest but not found in ${manifestDir}`);
    return undefined;
  }
  return readFileSync(path);
}

function parseJsonObject(text: string, file: string): { ok: true; value: Record<string, unknown> } | { ok: false; problems: string[] } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { ok: true, value: value as Record<string, unknown> };
    return { ok: false, problems: [`${file}: must contain a JSON object`] };
  } catch (error) {
    return { ok: false, problems: [`${file}: not valid JSON (${errorMessage(error)})`] };
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
