import type { SourceDocument } from '../corpus/document';
import { countEntities, type EntityCount } from './entities';
import type { NameMatcher } from './nameMatcher';

/** A source as the mention index knows it: a key unique across workspace folders. */
export interface IndexedSource {
  key: string;
  rootName: string;
  doc: SourceDocument;
}

/** Which glossary entries each source mentions, and how often: for "mentioned in", actors, CLI. */
export class MentionIndex {
  private readonly byKey = new Map<string, { source: IndexedSource; entities: EntityCount[] }>();

  /** Counts the mentions in one source's text; replaces what was known of it. */
  set(source: IndexedSource, text: string, matcher: NameMatcher): void {
    this.byKey.set(source.key, { source, entities: countEntities(matcher.find(text)) });
  }

  delete(key: string): void {
    this.byKey.delete(key);
  }

  has(key: string, doc: SourceDocument): boolean {
    return this.byKey.get(key)?.source.doc === doc;
  }

  entitiesOf(key: string): EntityCount[] {
    return this.byKey.get(key)?.entities ?? [];
  }

  /** The sources that mention an entry, most recent first (undated last). */
  sourcesOf(entry: string): { source: IndexedSource; count: number }[] {
    const out: { source: IndexedSource; count: number }[] = [];
    for (const { source, entities } of this.byKey.values()) {
      const e = entities.find((x) => x.id === entry);
      if (e) out.push({ source, count: e.count });
    }
    return out.sort((a, b) => (b.source.doc.date ?? '').localeCompare(a.source.doc.date ?? '') || b.count - a.count);
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
  }
}
