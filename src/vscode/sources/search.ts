import * as vscode from 'vscode';
import type { SourceDocument } from '../../core/corpus/document';
import type { CorpusService } from '../corpusService';
import { kindLabel } from '../labels';
import { openSourceDocument } from './openSource';

interface PassageItem extends vscode.QuickPickItem {
  uri: vscode.Uri;
  encoding: SourceDocument['encoding'];
  start: number;
  end: number;
}

const MAX_RESULTS = 30;
const SNIPPET_CHARS = 220;

/** Workspace text shown in a quick pick must not turn into icons: `$(zap)` stays text. */
function plain(text: string): string {
  return text.replace(/\$\(/g, '$\u200B(').replace(/\s+/g, ' ').trim();
}

/** "Dossier: Search sources": ranked passages; choosing one opens the source there. */
export function activateSearchSources(context: vscode.ExtensionContext, service: CorpusService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('dossier.searchSources', async (initial?: string) => {
      const pick = vscode.window.createQuickPick<PassageItem>();
      pick.title = vscode.l10n.t('Search sources');
      pick.placeholder = vscode.l10n.t('Words to find in the corpus (accents and case do not matter)');
      pick.matchOnDescription = false;
      pick.matchOnDetail = false;
      const texts = new Map<string, Promise<string>>();
      let generation = 0;
      const update = async (query: string) => {
        const mine = ++generation;
        if (!query.trim()) {
          pick.items = [];
          return;
        }
        pick.busy = true;
        const items = await search(service, query, texts);
        if (mine !== generation) return; // a newer query is under way
        // The quick pick filters items on their label by itself; these are already ranked.
        pick.items = items.map((i) => ({ ...i, alwaysShow: true }));
        if (pick.items.length > 0) pick.activeItems = [pick.items[0]];
        pick.busy = false;
      };
      // The initial value is set before listening, so that one run (the awaited one) shows it.
      if (typeof initial === 'string') pick.value = initial;
      pick.onDidChangeValue((v) => void update(v));
      pick.onDidAccept(async () => {
        const item = pick.selectedItems[0] ?? pick.activeItems[0]; // accepted by a command, only the active item is set
        pick.hide();
        if (item) await openAt(item);
      });
      pick.onDidHide(() => pick.dispose());
      pick.show();
      await update(pick.value);
    }),
  );
}

async function search(service: CorpusService, query: string, texts: Map<string, Promise<string>>): Promise<PassageItem[]> {
  await service.whenReady();
  const hits: { doc: SourceDocument; uri: vscode.Uri; passage: number; score: number; text: () => Promise<string> }[] = [];
  for (const { folder, corpus } of service.corpora) {
    for (const hit of corpus.index.search(query, MAX_RESULTS)) {
      const doc = corpus.documents.get(hit.path);
      if (!doc) continue;
      const key = `${folder.uri}/${doc.path}`;
      const text = () => {
        if (!texts.has(key)) texts.set(key, corpus.text(doc));
        return texts.get(key)!;
      };
      hits.push({ doc, uri: vscode.Uri.joinPath(folder.uri, doc.path), passage: hit.passage, score: hit.score, text });
    }
  }
  hits.sort((a, b) => b.score - a.score);
  const items: PassageItem[] = [];
  for (const h of hits.slice(0, MAX_RESULTS)) {
    const p = h.doc.passages[h.passage];
    const text = await h.text().catch(() => '');
    const snippet = plain(text.slice(p.start, p.end));
    items.push({
      label: plain(h.doc.title),
      description: `${h.doc.date ?? vscode.l10n.t('undated')} · ${kindLabel(h.doc.kind)}`,
      detail: snippet.length > SNIPPET_CHARS ? `${snippet.slice(0, SNIPPET_CHARS)}…` : snippet,
      uri: h.uri,
      encoding: h.doc.encoding,
      start: p.start,
      end: p.end,
    });
  }
  return items;
}

async function openAt(item: PassageItem): Promise<void> {
  const document = await openSourceDocument(item.uri, item.encoding);
  const range = new vscode.Range(document.positionAt(item.start), document.positionAt(item.end));
  const editor = await vscode.window.showTextDocument(document, { selection: range, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
