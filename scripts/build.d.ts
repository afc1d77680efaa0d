// Types of scripts/build.js (plain JavaScript: it must run before anything is built) for the TypeScript that imports it.
import type { BuildOptions } from 'esbuild';

export declare const entryPoints: Record<string, string>;
export declare const bundleOptions: BuildOptions;
export declare function fingerprint(): string;
export declare function ensureBuilt(options?: { force?: boolean }): Promise<boolean>;
export declare const distEntry: (name: string) => string;
export declare function asciiChunks(dir: string): Promise<void>;
export declare function keepExamplesModel(bundle: string, code: string): Promise<void>;
