import type { Mention } from './nameMatcher';

export interface EntityCount {
  id: string;
  count: number;
}

/** How often each entry is mentioned, most mentioned first. */
export function countEntities(mentions: readonly Mention[]): EntityCount[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entry, (counts.get(m.entry) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

/** The mention that covers `offset` (mentions are sorted and never overlap), if any. */
export function mentionAt(mentions: readonly Mention[], offset: number): Mention | undefined {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid];
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}
