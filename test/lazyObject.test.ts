// Parts only some configurations need (the Azure SDK) load on first use; callers cannot tell the
// difference, and a part that fails to load fails each call instead of the start.
import { describe, expect, it } from 'vitest';
import { lazyObject } from '../src/lazyObject.js';

interface Store {
  readonly location: string;
  add(n: number): Promise<number>;
}

class RealStore implements Store {
  readonly location = 'real';
  private total = 0;
  async add(n: number): Promise<number> {
    this.total += n;
    return this.total;
  }
}

describe('lazyObject', () => {
  it('answers its fixed properties before loading and calls the real methods, on the same instance, once loaded', async () => {
    let loads = 0;
    const store = lazyObject<Store>(
      async () => {
        loads++;
        return new RealStore();
      },
      { location: 'Azure Blob container x' },
    );
    expect(store.location).toBe('Azure Blob container x');
    expect(await store.add(2)).toBe(2);
    expect(await store.add(3)).toBe(5);
    expect(loads).toBe(1);
  });

  it('rejects every call with the load error instead of throwing at construction or leaving a rejection unhandled', async () => {
    const store = lazyObject<Store>(() => Promise.reject(new Error('module not found')), { location: 'x' });
    await expect(store.add(1)).rejects.toThrow('module not found');
    await expect(store.add(1)).rejects.toThrow('module not found');
  });

  it('is not mistaken for a promise when awaited', async () => {
    const store = lazyObject<Store>(async () => new RealStore(), { location: 'x' });
    expect(await Promise.resolve(store)).toBe(store);
  });
});
