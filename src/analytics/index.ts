// Analytics for the education team: builds the recorder over the configured store (a folder under
// DATA_DIR, or a Blob container when Azure storage is configured), or nothing when ANALYTICS=off.
import { join } from 'node:path';
import type { Config } from '../config.js';
import { lazyObject } from '../lazyObject.js';
import type { Logger } from '../logger.js';
import { Analytics } from './recorder.js';
import { FileAnalyticsStore, type AnalyticsStore } from './store.js';

export { Analytics } from './recorder.js';
export type { TurnFacts } from './classify.js';

export function analyticsStore(config: Pick<Config, 'analytics' | 'dataDir'>): AnalyticsStore {
  const storage = config.analytics.storage;
  if (!storage) return new FileAnalyticsStore(join(config.dataDir, 'analytics'));
  // The Azure SDK is loaded only in this configuration (it costs start-up time).
  return lazyObject(async () => new (await import('./blobStore.js')).BlobAnalyticsStore(storage.connectionString, storage.container), { location: `Azure Blob container ${storage.container}` });
}

export interface AnalyticsDeps {
  now: () => Date;
  logger: Logger;
  instance: string;
}

/** The recorder, or undefined when analytics is off (then nothing is ever written). */
export function createAnalytics(config: Pick<Config, 'analytics' | 'dataDir'>, deps: AnalyticsDeps): Analytics | undefined {
  if (!config.analytics.enabled) return undefined;
  return new Analytics({ store: analyticsStore(config), retentionDays: config.analytics.retentionDays, ...deps });
}
