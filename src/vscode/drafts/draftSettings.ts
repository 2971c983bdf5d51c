import * as vscode from 'vscode';
import { settingsFrom, type DossierSettings } from '../../core/config/settings';
import type { LintOptions } from '../../core/draft/lint';
import { readFrontMatter } from '../../core/corpus/frontMatter';

/** The `dossier.*` settings of a document's folder. */
export function settingsFor(uri: vscode.Uri): DossierSettings {
  const config = vscode.workspace.getConfiguration(undefined, uri);
  return settingsFrom((key) => config.get(key)).settings;
}

/** The checks' options for a draft: its folder's settings and its own language. */
export function lintOptionsFor(document: vscode.TextDocument): LintOptions {
  const s = settingsFor(document.uri);
  const data = readFrontMatter(document.getText(), '').data;
  const lang = String(data?.lang ?? data?.language ?? '').toLowerCase();
  return { scope: s.citations.scope, sensitivity: s.claims.sensitivity, severities: s.lint.severity, language: lang.startsWith('en') ? 'en' : 'fr' };
}
