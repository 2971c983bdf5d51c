import { KNOWN_KINDS, type SourceDocument } from './document';

export type Grouping = 'kind' | 'date' | 'folder' | 'actor';

/** A source as the views see it: which workspace folder it belongs to, and its document. */
export interface SourceEntry {
  /** The workspace folder's name (for multi-root workspaces). */
  rootName: string;
  doc: SourceDocument;
}

/** What a group stands for; the editor turns it into a label in the user's language. */
export type GroupFacet = 'kind' | 'year' | 'month' | 'undated' | 'folder' | 'actor';

export interface GroupNode {
  type: 'group';
  /** Unique among all nodes of a tree. */
  id: string;
  facet: GroupFacet;
  /** The kind, the year ("2019"), the month ("2019-11") or the folder name. */
  value: string;
  children: TreeNode[];
  /** Sources under this group, at any depth. */
  count: number;
}

export interface SourceNode {
  type: 'source';
  entry: SourceEntry;
  /** The group it is shown under, when a source may appear under several (by actor). */
  parent?: string;
}

export type TreeNode = GroupNode | SourceNode;

/** Newest first; undated last; then by title. */
export function compareEntries(a: SourceEntry, b: SourceEntry): number {
  const da = a.doc.date ?? '';
  const db = b.doc.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.doc.title.localeCompare(b.doc.title, 'fr');
}

function group(id: string, facet: GroupFacet, value: string, children: TreeNode[]): GroupNode {
  const count = children.reduce((n, c) => n + (c.type === 'source' ? 1 : c.count), 0);
  return { type: 'group', id, facet, value, children, count };
}

function leaves(entries: SourceEntry[]): SourceNode[] {
  return [...entries].sort(compareEntries).map((entry) => ({ type: 'source', entry }));
}

function bucket<K>(entries: SourceEntry[], key: (e: SourceEntry) => K): Map<K, SourceEntry[]> {
  const map = new Map<K, SourceEntry[]>();
  for (const e of entries) {
    const k = key(e);
    const list = map.get(k);
    if (list) list.push(e);
    else map.set(k, [e]);
  }
  return map;
}

function byKind(entries: SourceEntry[]): TreeNode[] {
  const order = (k: string) => {
    const i = (KNOWN_KINDS as readonly string[]).indexOf(k);
    return i < 0 ? KNOWN_KINDS.length - 1 : i; // unknown kinds sort before "other", by name
  };
  return [...bucket(entries, (e) => e.doc.kind)]
    .sort(([a], [b]) => order(a) - order(b) || (a === 'other' ? 1 : b === 'other' ? -1 : a.localeCompare(b)))
    .map(([kind, list]) => group(`kind:${kind}`, 'kind', kind, leaves(list)));
}

function byDate(entries: SourceEntry[]): TreeNode[] {
  const years = bucket(entries, (e) => e.doc.date?.slice(0, 4) ?? '');
  const out: TreeNode[] = [...years.keys()]
    .filter((y) => y !== '')
    .sort()
    .reverse()
    .map((year) => {
      const months = bucket(years.get(year)!, (e) => e.doc.date!.slice(0, 7));
      const children = [...months.keys()].sort().reverse().map((m) => group(`month:${m}`, 'month', m, leaves(months.get(m)!)));
      return group(`year:${year}`, 'year', year, children);
    });
  const undated = years.get('');
  if (undated) out.push(group('undated', 'undated', '', leaves(undated)));
  return out;
}

function byFolder(entries: SourceEntry[], multiRoot: boolean): TreeNode[] {
  interface Dir { dirs: Map<string, Dir>; files: SourceEntry[] }
  const top: Dir = { dirs: new Map(), files: [] };
  for (const e of entries) {
    const parts = e.doc.path.split('/').slice(0, -1);
    if (multiRoot) parts.unshift(e.rootName);
    let dir = top;
    for (const p of parts) {
      let next = dir.dirs.get(p);
      if (!next) dir.dirs.set(p, (next = { dirs: new Map(), files: [] }));
      dir = next;
    }
    dir.files.push(e);
  }
  const build = (dir: Dir, prefix: string): TreeNode[] => [
    ...[...dir.dirs.keys()].sort((a, b) => a.localeCompare(b, 'fr')).map((name) => {
      const path = prefix ? `${prefix}/${name}` : name;
      return group(`folder:${path}`, 'folder', name, build(dir.dirs.get(name)!, path));
    }),
    ...leaves(dir.files),
  ];
  return build(top, '');
}

/** An actor of the glossary and the sources that mention it, most mentions first. */
export interface ActorSources {
  id: string;
  name: string;
  sources: SourceEntry[];
}

/** By actor: one group per glossary entry mentioned, in the order given (most mentioned first). */
export function groupByActor(actors: ActorSources[]): TreeNode[] {
  return actors
    .filter((a) => a.sources.length > 0)
    .map((a) => {
      const id = `actor:${a.id}`;
      return group(id, 'actor', a.name, a.sources.map((entry): SourceNode => ({ type: 'source', entry, parent: id })));
    });
}

/** The tree the Sources view shows for a grouping ("actor" needs the glossary: see groupByActor). */
export function groupSources(entries: SourceEntry[], grouping: Exclude<Grouping, 'actor'>, multiRoot = false): TreeNode[] {
  if (grouping === 'kind') return byKind(entries);
  if (grouping === 'date') return byDate(entries);
  return byFolder(entries, multiRoot);
}
