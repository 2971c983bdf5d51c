import { posix } from 'node:path';
import type { Corpus } from '../corpus/corpus';
import type { SourceDocument } from '../corpus/document';
import type { SourceResolver } from './lint';

/**
 * The corpora of a workspace as the checks see them: ids, links to corpus files, texts
 * (read once per run and kept while the source is unchanged).
 */
export class CorpusResolver implements SourceResolver {
  private readonly byId = new Map<string, { corpus: Corpus; doc: SourceDocument }>();
  private readonly texts: WeakMap<SourceDocument, Promise<string | undefined>>;
  private readonly byPath: WeakMap<object, Map<string, string>>;

  /** `draftDir`: the draft's folder relative to the root, to resolve relative links. */
  constructor(corpora: readonly Corpus[], private readonly draftDir = '', shared?: CorpusResolver) {
    if (shared) {
      this.byId = shared.byId;
      this.texts = shared.texts;
      this.byPath = shared.byPath;
      return;
    }
    this.texts = new WeakMap();
    this.byPath = new WeakMap();
    for (const corpus of corpora) {
      for (const doc of corpus.documents.values()) if (!this.byId.has(doc.id)) this.byId.set(doc.id, { corpus, doc });
    }
  }

  /** The same corpus (and the texts already read) for a draft in another folder. */
  forDraft(draftDir: string): CorpusResolver {
    return new CorpusResolver([], draftDir, this);
  }

  /** The same object for this resolver and those made from it with forDraft. */
  identity(): object {
    return this.byId;
  }

  ids(): Iterable<string> {
    return this.byId.keys();
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  document(id: string): SourceDocument | undefined {
    return this.byId.get(id)?.doc;
  }

  idForLink(target: string): string | undefined {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return undefined; // a web link or an anchor
    let path: string;
    try {
      path = posix.normalize(posix.join(this.draftDir, decodeURIComponent(target.split('#')[0])));
    } catch {
      return undefined;
    }
    return this.idsByPath().get(path);
  }

  /** Ids by path, made on first use and shared with the resolvers made by forDraft. */
  private idsByPath(): Map<string, string> {
    let map = this.byPath.get(this.byId);
    if (!map) {
      map = new Map();
      for (const { doc } of this.byId.values()) if (!map.has(doc.path)) map.set(doc.path, doc.id);
      this.byPath.set(this.byId, map);
    }
    return map;
  }

  text(id: string): Promise<string | undefined> {
    const hit = this.byId.get(id);
    if (!hit) return Promise.resolve(undefined);
    let text = this.texts.get(hit.doc);
    if (!text) {
      text = hit.corpus.text(hit.doc).catch(() => undefined);
      this.texts.set(hit.doc, text);
    }
    return text;
  }
}
