// An object whose methods load its implementation on first need, for parts that only some
// configurations use and that cost start-up time to load: the Azure SDK (~1/3 of module loading,
// docs/performance.md) is imported only when AZURE_STORAGE_CONNECTION_STRING is set.
// Loading starts when the object is made, so the first call rarely waits; a failed load rejects
// every call (and is reported by each caller as its own failure would be).

/**
 * `load` gives the real object; `fixed` holds its plain (non-method) properties, known beforehand.
 * Every other property must be a method returning a promise: it becomes "load, then call".
 */
export function lazyObject<T extends object>(load: () => Promise<T>, fixed: Partial<T> = {}): T {
  const loaded = load();
  loaded.catch(() => undefined); // not unhandled: each call below rejects with it
  return new Proxy(fixed as T, {
    get(target, property, receiver) {
      if (property in target) return Reflect.get(target, property, receiver);
      // Not a promise itself: `await lazyObject(...)` must not call a `then` that is not there.
      if (property === 'then') return undefined;
      return async (...args: unknown[]) => {
        const instance = await loaded;
        const method = Reflect.get(instance, property) as unknown;
        if (typeof method !== 'function') throw new TypeError(`${String(property)} is not a method`);
        return (method as (...a: unknown[]) => unknown).apply(instance, args);
      };
    },
  });
}
