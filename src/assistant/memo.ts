// One value per object, made the first time it is asked for. Keyed by the object itself (a seminar, a
// session, a loaded knowledge): a reload brings new objects, so nothing cached goes stale, and the
// values go with their objects. For values a reload must build ahead, see perKnowledge (phrases.ts).

export function perObject<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make(key);
      cache.set(key, value);
    }
    return value;
  };
}
