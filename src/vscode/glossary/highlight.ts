import * as vscode from 'vscode';
import type { GlossaryService } from './glossaryService';
import { TEXT_SELECTOR, type MentionService } from './mentionService';

/** What the highlighting last painted in each document (VS Code cannot read decorations back). */
export interface GlossaryHighlights {
  /** The names underlined in a document's visible editor, as written there; none while off. */
  painted(uri: vscode.Uri): string[];
  onDidPaint: vscode.Event<vscode.Uri>;
}

/** With `dossier.glossary.highlight`, recognised names are underlined in the visible editors. */
export function activateGlossaryHighlight(context: vscode.ExtensionContext, glossary: GlossaryService, mentions: MentionService): GlossaryHighlights {
  // The ranges only: their texts are read when asked (by tests), not at each paint.
  const painted = new Map<string, { doc: vscode.TextDocument; ranges: vscode.Range[] }>();
  const paintEmitter = new vscode.EventEmitter<vscode.Uri>();
  const decoration = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
    overviewRulerColor: new vscode.ThemeColor('editorInfo.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  const paint = (editor: vscode.TextEditor) => {
    const on = vscode.workspace.getConfiguration('dossier', editor.document.uri).get<boolean>('glossary.highlight', false);
    const doc = editor.document;
    const ranges = on && vscode.languages.match(TEXT_SELECTOR, doc) ? mentions.of(doc).map((m) => new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end))) : [];
    editor.setDecorations(decoration, ranges);
    painted.set(doc.uri.toString(), { doc, ranges });
    paintEmitter.fire(doc.uri);
  };
  const paintAll = () => vscode.window.visibleTextEditors.forEach(paint);
  let timer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    decoration,
    paintEmitter,
    vscode.workspace.onDidCloseTextDocument((d) => painted.delete(d.uri.toString())),
    vscode.window.onDidChangeVisibleTextEditors(paintAll),
    vscode.workspace.onDidChangeTextDocument((e) => {
      clearTimeout(timer);
      timer = setTimeout(() => vscode.window.visibleTextEditors.filter((ed) => ed.document === e.document).forEach(paint), 250);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('dossier.glossary.highlight') && paintAll()),
    glossary.onDidChange(paintAll),
    { dispose: () => clearTimeout(timer) },
  );
  paintAll();
  return {
    painted: (uri) => {
      const last = painted.get(uri.toString());
      return last ? last.ranges.map((r) => last.doc.getText(r)) : [];
    },
    onDidPaint: paintEmitter.event,
  };
}
