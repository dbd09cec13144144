/**
 * A pure function that remembers its results, by a key made from its arguments: for the small
 * lookups that every page of a build repeats (formatted dates, country names, URLs, collators).
 */
export function memoized<Args extends unknown[], Result>(
  keyOf: (...args: Args) => string,
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  const results = new Map<string, Result>();
  return (...args) => {
    const key = keyOf(...args);
    if (results.has(key)) return results.get(key) as Result;
    const result = compute(...args);
    results.set(key, result);
    return result;
  };
}

/**
 * A pure function of one object that remembers its result for as long as that same object lives
 * (by identity, in a `WeakMap`): for work done once per data set, such as drawing the map of the
 * countries list or hashing the font files.
 */
export function memoizedByIdentity<Key extends object, Result>(compute: (key: Key) => Result): (key: Key) => Result {
  const results = new WeakMap<Key, Result>();
  return (key) => {
    if (results.has(key)) return results.get(key) as Result;
    const result = compute(key);
    results.set(key, result);
    return result;
  };
}
