/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice
 * (`slice`, `trim`, a regular expression's match) as a view of its whole parent: a title kept
 * from each source, or a word kept in a cache, would keep every source's whole text alive.
 * Used where strings outlive the text they come from.
 */
export function detached<T extends string | null>(s: T): T {
  return s === null || s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as T); // V8 copies shorter slices anyway
}
