import * as vscode from 'vscode';
import { citeEdit, ignoreEdit, replaceKeyEdit, type TextEdit } from '../../core/draft/quickFixes';
import type { CorpusService } from '../corpusService';
import { kindLabel } from '../labels';
import type { LintService } from './lintService';
import { passagesFor } from './passages';

/** Sources offered for an uncited claim. */
const SUGGESTIONS = 3;

/**
 * Quick fixes: on an uncited claim, "Cite …" for the three passages that best support it
 * (inserting `[@id]` before its final punctuation) and "Ignore on this line"; on an unknown
 * key, the closest key. Each is one undoable edit.
 */
export function activateDraftCodeActions(context: vscode.ExtensionContext, corpus: CorpusService, lint: LintService): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, {
      provideCodeActions(document, _range, ctx) {
        const actions: vscode.CodeAction[] = [];
        for (const diagnostic of ctx.diagnostics) {
          if (diagnostic.source !== 'Dossier') continue;
          const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
          const start = document.offsetAt(diagnostic.range.start);
          const engine = lint.resultsFor(document).find((d) => d.code === code && d.start === start);
          if (code === 'uncited-claim') {
            const end = document.offsetAt(diagnostic.range.end);
            const text = document.getText();
            const seen = new Set<string>();
            for (const hit of passagesFor(corpus, text.slice(start, end), 20)) {
              if (seen.has(hit.doc.id) || seen.size >= SUGGESTIONS) continue;
              seen.add(hit.doc.id);
              const title = vscode.l10n.t('Cite {0} ({1})', hit.doc.title.length > 60 ? `${hit.doc.title.slice(0, 59)}…` : hit.doc.title, hit.doc.date ?? kindLabel(hit.doc.kind));
              const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
              action.edit = new vscode.WorkspaceEdit();
              apply(action.edit, document, citeEdit(text, { start, end }, hit.doc.id));
              action.diagnostics = [diagnostic];
              action.isPreferred = seen.size === 1;
              actions.push(action);
            }
            const ignore = new vscode.CodeAction(vscode.l10n.t('Ignore this claim on this line'), vscode.CodeActionKind.QuickFix);
            ignore.edit = new vscode.WorkspaceEdit();
            apply(ignore.edit, document, ignoreEdit(text, { start, end }));
            ignore.diagnostics = [diagnostic];
            actions.push(ignore);
          } else if (code === 'unknown-source' && engine?.suggestion && engine.target) {
            const fix = new vscode.CodeAction(vscode.l10n.t('Replace with {0}', engine.suggestion), vscode.CodeActionKind.QuickFix);
            fix.edit = new vscode.WorkspaceEdit();
            apply(fix.edit, document, replaceKeyEdit(engine.target, engine.suggestion));
            fix.diagnostics = [diagnostic];
            fix.isPreferred = true;
            actions.push(fix);
          }
        }
        return actions;
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
}

/** The engine's plain edit, in VS Code's terms. */
function apply(edit: vscode.WorkspaceEdit, document: vscode.TextDocument, { start, end, text }: TextEdit): void {
  edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), text);
}
