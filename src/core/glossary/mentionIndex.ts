import type { SourceDocument } from '../corpus/document';
import { countEntities, type EntityCount } from './entities';
import type { NameMatcher } from './nameMatcher';
import { mentionsIn } from './mentionsIn';
import { isMarkdownPath } from '../text/markdown';

/** A source as the mention index knows it: a key unique across workspace folders. */
export interface IndexedSource {
  key: string;
  rootName: string;
  doc: SourceDocument;
}

/** Which glossary entries each source mentions, and how often: for "mentioned in", actors, CLI. */
export class MentionIndex {
  private readonly byKey = new Map<string, { source: IndexedSource; entities: EntityCount[] }>();
  /** The other way round: for each entry, the sources (by key) that mention it and how often. */
  private readonly byEntry = new Map<string, Map<string, number>>();
  /** Where each source stands in `byKey`, which breaks ties as the first insertion order did. */
  private readonly order = new Map<string, number>();
  private nextOrder = 0;
  /** `sourcesOf` answers, kept until a source that mentions the entry changes. */
  private readonly sorted = new Map<string, { source: IndexedSource; count: number }[]>();
  /** `summaryOf` answers, kept and dropped with `sorted`'s: a hover on a name asks again and again. */
  private readonly summaries = new Map<string, { count: number; first: { source: IndexedSource; count: number }[] }>();

  /** Counts the mentions in one source's text; replaces what was known of it. */
  set(source: IndexedSource, text: string, matcher: NameMatcher): void {
    this.forgetEntities(source.key);
    const entities = countEntities(mentionsIn(matcher, text, isMarkdownPath(source.doc.path)));
    this.byKey.set(source.key, { source, entities });
    if (!this.order.has(source.key)) this.order.set(source.key, this.nextOrder++);
    for (const e of entities) {
      let sources = this.byEntry.get(e.id);
      if (!sources) this.byEntry.set(e.id, (sources = new Map()));
      sources.set(source.key, e.count);
      this.sorted.delete(e.id);
      this.summaries.delete(e.id);
    }
  }

  delete(key: string): void {
    this.forgetEntities(key);
    this.byKey.delete(key);
    this.order.delete(key);
  }

  /** Takes a source out of the reverse index (its entry in `byKey` stays, in place). */
  private forgetEntities(key: string): void {
    const known = this.byKey.get(key);
    if (!known) return;
    for (const e of known.entities) {
      const sources = this.byEntry.get(e.id);
      sources?.delete(key);
      if (sources?.size === 0) this.byEntry.delete(e.id);
      this.sorted.delete(e.id);
      this.summaries.delete(e.id);
    }
  }

  has(key: string, doc: SourceDocument): boolean {
    return this.byKey.get(key)?.source.doc === doc;
  }

  entitiesOf(key: string): EntityCount[] {
    return this.byKey.get(key)?.entities ?? [];
  }

  /** The sources that mention an entry, most recent first (undated last). */
  sourcesOf(entry: string): { source: IndexedSource; count: number }[] {
    let list = this.sorted.get(entry);
    if (!list) {
      const rows = this.rowsOf(entry).sort(compareRows);
      list = rows.map(({ source, count }) => ({ source, count }));
      this.sorted.set(entry, list);
    }
    return list.slice();
  }

  /**
   * How many sources mention an entry, and the first `n` of `sourcesOf`: what a hover card
   * shows. Picked in one pass rather than by sorting every source (a name that thousands of
   * sources mention made the first hover on it slow).
   */
  summaryOf(entry: string, n: number): { count: number; first: { source: IndexedSource; count: number }[] } {
    const sorted = this.sorted.get(entry);
    if (sorted) return { count: sorted.length, first: sorted.slice(0, n) };
    const kept = this.summaries.get(entry);
    if (kept && kept.first.length >= Math.min(n, kept.count)) return { count: kept.count, first: kept.first.slice(0, n) };
    const first: Row[] = [];
    let count = 0;
    for (const row of this.rowsOf(entry)) {
      count++;
      if (first.length === n && compareRows(row, first[n - 1]) >= 0) continue;
      let at = first.length;
      while (at > 0 && compareRows(row, first[at - 1]) < 0) at--;
      first.splice(at, 0, row);
      if (first.length > n) first.pop();
    }
    const summary = { count, first: first.map(({ source, count: c }) => ({ source, count: c })) };
    this.summaries.set(entry, summary);
    return { count, first: summary.first.slice() };
  }

  private rowsOf(entry: string): Row[] {
    return [...(this.byEntry.get(entry) ?? [])].map(([key, count]) => ({ source: this.byKey.get(key)!.source, count, order: this.order.get(key)! }));
  }

  /** Every entry with the sources that mention it, most mentions first: the "by actor" grouping. */
  actors(): { entry: string; sources: { source: IndexedSource; count: number }[]; total: number }[] {
    const byEntry = new Map<string, { source: IndexedSource; count: number }[]>();
    for (const { source, entities } of this.byKey.values()) {
      for (const e of entities) {
        const list = byEntry.get(e.id) ?? [];
        list.push({ source, count: e.count });
        byEntry.set(e.id, list);
      }
    }
    return [...byEntry]
      .map(([entry, sources]) => ({ entry, sources: sources.sort((a, b) => b.count - a.count), total: sources.reduce((n, s) => n + s.count, 0) }))
      .sort((a, b) => b.total - a.total || (a.entry < b.entry ? -1 : 1));
  }

  clear(): void {
    this.byKey.clear();
    this.byEntry.clear();
    this.order.clear();
    this.sorted.clear();
    this.summaries.clear();
  }
}

interface Row {
  source: IndexedSource;
  count: number;
  order: number;
}

/**
 * Most recent first, then most mentions, then in the order the sources were first counted.
 * Dates are ISO (yyyy-mm-dd) or absent (''): comparing them as strings orders them by time.
 */
function compareRows(a: Row, b: Row): number {
  const da = a.source.doc.date ?? '';
  const db = b.source.doc.date ?? '';
  return db < da ? -1 : db > da ? 1 : b.count - a.count || a.order - b.order;
}
