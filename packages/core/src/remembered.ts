/**
 * A bounded memo for pure functions of a string: answers are kept until `limit` keys are held, then all are forgotten
 * at once (a long batch sees new names and words forever; clearing costs less than tracking which to keep).
 * `compute` is passed the key, so hot callers hand over a function defined once rather than a closure per call.
 */
export function remembered<V>(limit: number): (key: string, compute: (key: string) => V) => V {
  const known = new Map<string, V>();
  return (key, compute) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as V;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
