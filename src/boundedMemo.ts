// A value per key (a word, a text, an hour), made the first time it is asked for and kept until `limit`
// keys are kept; then all are forgotten at once. For values that depend only on their key (and on what the
// caller keeps the memo with, e.g. one knowledge generation), asked again and again by turns: a day's
// messages use fewer words than the limit, and a flood of new ones cannot grow the memory without bound.

export function boundedMemo<K, V>(limit: number, make: (key: K) => V): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    if (kept.has(key)) return kept.get(key) as V;
    const value = make(key);
    if (kept.size >= limit) kept.clear();
    kept.set(key, value);
    return value;
  };
}
