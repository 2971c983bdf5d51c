import * as vscode from 'vscode';
import { describeDiagnostic } from '../../core/draft/describe';
import type { LintDiagnostic } from '../../core/draft/lint';

const SEVERITY: Record<LintDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The one place where the engine's plain results become VS Code diagnostics. */
export function toDiagnostic(d: LintDiagnostic, document: { positionAt(offset: number): vscode.Position }, readme: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(document.positionAt(d.start), document.positionAt(d.end)),
    describeDiagnostic(d, (template, ...args) => vscode.l10n.t(template, ...args)),
    SEVERITY[d.severity],
  );
  diagnostic.source = 'Dossier';
  // The code links to its documentation in the README shipped with the extension.
  diagnostic.code = { value: d.code, target: readme.with({ fragment: d.code }) };
  return diagnostic;
}
