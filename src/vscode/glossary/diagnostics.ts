import * as vscode from 'vscode';
import { localize } from '../localize';
import { positionsIn } from '../positions';
import type { GlossaryService } from './glossaryService';

/** The glossary's problems as diagnostics in its files, kept in step with every change. */
export function activateGlossaryDiagnostics(context: vscode.ExtensionContext, glossary: GlossaryService): void {
  const collection = vscode.languages.createDiagnosticCollection('dossier-glossary');
  const update = () => {
    collection.clear();
    for (const file of glossary.allFiles()) {
      const toPosition = positionsIn(file.text);
      collection.set(
        file.uri,
        glossary.glossary.diagnosticsOf(file.name).map((d) => {
          const diagnostic = new vscode.Diagnostic(
            new vscode.Range(toPosition(d.span.start), toPosition(Math.max(d.span.end, d.span.start))),
            localize(d.message),
            d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
          );
          diagnostic.source = 'Dossier';
          diagnostic.code = d.code;
          return diagnostic;
        }),
      );
    }
  };
  context.subscriptions.push(collection, glossary.onDidChange(update));
}
