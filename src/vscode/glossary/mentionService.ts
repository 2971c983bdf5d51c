import * as vscode from 'vscode';
import type { Mention } from '../../core/glossary/nameMatcher';
import { MentionIndex } from '../../core/glossary/mentionIndex';
import { mentionAt } from '../../core/glossary/entities';
import type { CorpusService } from '../corpusService';
import type { GlossaryService } from './glossaryService';
import { mentionsAround, mentionsIn } from '../../core/glossary/mentionsIn';
import { isMarkdownPath } from '../../core/text/markdown';

/** Files where names are looked for: Markdown and plain text, on disk or not yet saved. */
export const TEXT_SELECTOR: vscode.DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'plaintext', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'plaintext', scheme: 'untitled' },
];

/**
 * Glossary names found in open documents (once per document version, shared by hover,
 * definition and highlight) and in every source of the corpus (in the background).
 */
export class MentionService implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; glossary: unknown; mentions: Mention[] }>();
  readonly index = new MentionIndex();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeIndex = this.changeEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private indexing: Promise<void> = Promise.resolve();
  private indexedWith: unknown;

  constructor(private readonly corpus: CorpusService, private readonly glossary: GlossaryService) {
    this.disposables.push(
      corpus.onDidChange(() => this.reindex()),
      glossary.onDidChange(() => this.reindex()),
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
    );
  }

  /** The mention at a place of a document, read from its paragraph alone (for hovers and definitions). */
  at(document: vscode.TextDocument, offset: number): Mention | undefined {
    const hit = this.cache.get(document.uri.toString());
    const mentions = hit && hit.version === document.version && hit.glossary === this.glossary.glossary
      ? hit.mentions
      : mentionsAround(this.glossary.glossary.matcher, document.getText(), this.isMarkdown(document), offset);
    return mentionAt(mentions, offset);
  }

  private isMarkdown(document: vscode.TextDocument): boolean {
    return document.languageId === 'markdown' || isMarkdownPath(document.uri.path);
  }

  /** The mentions of a document as it is now. */
  of(document: vscode.TextDocument): Mention[] {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    const g = this.glossary.glossary;
    if (hit && hit.version === document.version && hit.glossary === g) return hit.mentions;
    const mentions = mentionsIn(g.matcher, document.getText(), this.isMarkdown(document));
    this.cache.set(key, { version: document.version, glossary: g, mentions });
    return mentions;
  }

  whenIndexed(): Promise<void> {
    return this.indexing;
  }

  /** Counts mentions in the sources that changed (all of them when the glossary changed). */
  private reindex(): void {
    this.indexing = this.indexing.then(() => this.indexSources()).catch(() => undefined);
  }

  private async indexSources(): Promise<void> {
    await this.corpus.whenReady();
    await this.glossary.whenReady();
    const g = this.glossary.glossary;
    if (this.indexedWith !== g) {
      this.index.clear();
      this.indexedWith = g;
    }
    const live = new Set<string>();
    let changed = false;
    for (const { folder, corpus } of this.corpus.corpora) {
      for (const doc of corpus.documents.values()) {
        const key = `${folder.name}/${doc.path}`;
        live.add(key);
        if (this.index.has(key, doc) || g.entries.size === 0) continue;
        const text = await corpus.text(doc).catch(() => '');
        this.index.set({ key, rootName: folder.name, doc }, text, g.matcher);
        changed = true;
        await new Promise((r) => setImmediate(r)); // one source at a time: the editor stays responsive
      }
    }
    for (const { source } of this.index.actors().flatMap((a) => a.sources)) {
      if (!live.has(source.key)) {
        this.index.delete(source.key);
        changed = true;
      }
    }
    if (changed || g.entries.size === 0) this.changeEmitter.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
