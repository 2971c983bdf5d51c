import * as vscode from 'vscode';
import type { GlossaryService } from './glossaryService';
import { TEXT_SELECTOR, type MentionService } from './mentionService';

/** With `dossier.glossary.highlight`, recognised names are underlined in the visible editors. */
export function activateGlossaryHighlight(context: vscode.ExtensionContext, glossary: GlossaryService, mentions: MentionService): void {
  const decoration = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
    overviewRulerColor: new vscode.ThemeColor('editorInfo.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  const paint = (editor: vscode.TextEditor) => {
    const on = vscode.workspace.getConfiguration('dossier', editor.document.uri).get<boolean>('glossary.highlight', false);
    if (!on || !vscode.languages.match(TEXT_SELECTOR, editor.document)) {
      editor.setDecorations(decoration, []);
      return;
    }
    const doc = editor.document;
    editor.setDecorations(decoration, mentions.of(doc).map((m) => new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end))));
  };
  const paintAll = () => vscode.window.visibleTextEditors.forEach(paint);
  let timer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    decoration,
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
}
