import * as vscode from 'vscode';
import type { SourceDocument } from '../../core/corpus/document';
import type { CorpusService } from '../corpusService';

export interface PassageHit {
  doc: SourceDocument;
  rootName: string;
  uri: vscode.Uri;
  start: number;
  end: number;
  score: number;
  text: () => Promise<string>;
}

/** Corpus passages ranked for a sentence (BM25), optionally only those of one source. */
export function passagesFor(corpus: CorpusService, sentence: string, limit: number, onlyId?: string): PassageHit[] {
  const hits: PassageHit[] = [];
  for (const { folder, corpus: c } of corpus.corpora) {
    const accept = onlyId ? (path: string) => c.documents.get(path)?.id === onlyId : undefined;
    for (const h of c.index.search(sentence, limit, accept, { exact: true })) {
      const doc = c.documents.get(h.path);
      const p = doc?.passages[h.passage];
      if (!doc || !p) continue;
      hits.push({ doc, rootName: folder.name, uri: vscode.Uri.joinPath(folder.uri, doc.path), start: p.start, end: p.end, score: h.score, text: () => c.text(doc) });
    }
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
