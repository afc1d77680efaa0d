// The analytics store in an Azure Blob container, for several instances: <day>/questions-<instance>.jsonl
// as append blobs, <day>/counts-<instance>.json overwritten by its one writer. Same layout as the folder.
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { onceUntilFailure } from '../registration/outboxStore.js';
import { daySchema, type DayCounts, type QuestionRecord } from './records.js';
import { checkInstance, parseCounts, parseQuestions, type AnalyticsStore } from './store.js';

// An append block holds at most 4 MiB; questions are at most a few hundred bytes, so this stays far below.
const MAX_BLOCK_BYTES = 3 * 1024 * 1024;

export class BlobAnalyticsStore implements AnalyticsStore {
  readonly location: string;
  private readonly container: ContainerClient;
  private readonly prepare: () => Promise<unknown>;

  constructor(connectionString: string, container: string) {
    this.container = BlobServiceClient.fromConnectionString(connectionString).getContainerClient(container);
    this.prepare = onceUntilFailure(() => this.container.createIfNotExists());
    this.location = `Azure Blob container ${container}`;
  }

  async appendQuestions(day: string, instance: string, records: QuestionRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.prepare();
    const blob = this.container.getAppendBlobClient(`${daySchema.parse(day)}/questions-${checkInstance(instance)}.jsonl`);
    await blob.createIfNotExists({ blobHTTPHeaders: { blobContentType: 'application/x-ndjson; charset=utf-8' } });
    let chunk = '';
    for (const record of records) {
      const line = `${JSON.stringify(record)}\n`;
      if (Buffer.byteLength(chunk + line) > MAX_BLOCK_BYTES) {
        await blob.appendBlock(chunk, Buffer.byteLength(chunk));
        chunk = '';
      }
      chunk += line;
    }
    if (chunk) await blob.appendBlock(chunk, Buffer.byteLength(chunk));
  }

  async writeCounts(day: string, instance: string, counts: DayCounts): Promise<void> {
    await this.prepare();
    const body = JSON.stringify(counts);
    await this.container
      .getBlockBlobClient(`${daySchema.parse(day)}/counts-${checkInstance(instance)}.json`)
      .upload(body, Buffer.byteLength(body), { blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' } });
  }

  async days(): Promise<string[]> {
    await this.prepare();
    const days: string[] = [];
    for await (const item of this.container.listBlobsByHierarchy('/')) {
      if (item.kind === 'prefix') {
        const day = item.name.replace(/\/$/, '');
        if (daySchema.safeParse(day).success) days.push(day);
      }
    }
    return days.sort();
  }

  async readDay(day: string): Promise<{ questions: QuestionRecord[]; counts: DayCounts[] }> {
    await this.prepare();
    const questions: QuestionRecord[] = [];
    const counts: DayCounts[] = [];
    for await (const blob of this.container.listBlobsFlat({ prefix: `${daySchema.parse(day)}/` })) {
      const name = blob.name.slice(day.length + 1);
      const isQuestions = /^questions-[a-z0-9]+\.jsonl$/.test(name);
      const isCounts = /^counts-[a-z0-9]+\.json$/.test(name);
      if (!isQuestions && !isCounts) continue;
      const text = (await this.container.getBlobClient(blob.name).downloadToBuffer()).toString('utf8');
      if (isQuestions) questions.push(...parseQuestions(text));
      else {
        const parsed = parseCounts(text);
        if (parsed) counts.push(parsed);
      }
    }
    return { questions, counts };
  }

  async deleteDay(day: string): Promise<void> {
    await this.prepare();
    for await (const blob of this.container.listBlobsFlat({ prefix: `${daySchema.parse(day)}/` })) {
      await this.container.getBlobClient(blob.name).deleteIfExists();
    }
  }
}
