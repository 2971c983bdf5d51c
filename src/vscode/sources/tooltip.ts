import * as vscode from 'vscode';
import type { SourceDocument } from '../../core/corpus/document';
import { citationFor } from '../../core/citations/key';
import { escapeMarkdown } from '../../core/text/markdown';
import { kindLabel, languageLabel } from '../labels';
import { localize } from '../localize';
import type { Message } from '../../core/messages';

/**
 * The tooltip of a source: its metadata (inferred fields marked) and opening lines. Every
 * value comes from a workspace file, so it goes in as escaped text; the string is untrusted
 * and allows no HTML.
 */
export function sourceTooltip(doc: SourceDocument, more: readonly Message[] = []): vscode.MarkdownString {
  // Theme icons on, for our own $(warning); escapeMarkdown turns workspace `$(…)` into text.
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = false;
  md.supportHtml = false;
  const inferred = (field: SourceDocument['inferred'][number]) => (doc.inferred.includes(field) ? ` _(${vscode.l10n.t('inferred')})_` : '');
  const text = (value: string) => md.appendMarkdown(escapeMarkdown(value));
  md.appendMarkdown('**');
  text(doc.title);
  md.appendMarkdown(`**${inferred('title')}\n\n`);
  const row = (label: string, value: string, mark = '') => {
    text(`${label}: ${value}`);
    md.appendMarkdown(`${mark}  \n`);
  };
  row(vscode.l10n.t('Citation key'), citationFor(doc.id));
  row(vscode.l10n.t('Date'), doc.date ?? vscode.l10n.t('unknown'), inferred('date'));
  row(vscode.l10n.t('Kind'), kindLabel(doc.kind), inferred('kind'));
  row(vscode.l10n.t('Language'), languageLabel(doc.language), inferred('language'));
  if (doc.publisher) row(vscode.l10n.t('Publisher'), doc.publisher, inferred('publisher'));
  if (doc.author) row(vscode.l10n.t('Author'), doc.author, inferred('author'));
  row(vscode.l10n.t('Words'), String(doc.words));
  row(vscode.l10n.t('File'), doc.path);
  for (const p of [...doc.problems, ...more]) {
    md.appendMarkdown('\n$(warning) ');
    text(localize(p));
    md.appendMarkdown('\n');
  }
  if (doc.excerpt) {
    md.appendMarkdown('\n---\n\n');
    md.appendMarkdown(doc.excerpt.split('\n').map(escapeMarkdown).join('  \n'));
  }
  return md;
}
