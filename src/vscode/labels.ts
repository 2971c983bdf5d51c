import * as vscode from 'vscode';
import type { GroupNode } from '../core/corpus/grouping';

/** Kinds as users read them, one and many. Kinds Dossier does not know show as written. */
export function kindLabel(kind: string): string {
  switch (kind) {
    case 'parliamentary-question': return vscode.l10n.t('Parliamentary question');
    case 'press-article': return vscode.l10n.t('Press article');
    case 'press-release': return vscode.l10n.t('Press release');
    case 'report': return vscode.l10n.t('Report');
    case 'speech': return vscode.l10n.t('Speech');
    case 'declaration': return vscode.l10n.t('Declaration');
    case 'treaty': return vscode.l10n.t('Treaty');
    case 'other': return vscode.l10n.t('Other');
    default: return kind;
  }
}

export function kindGroupLabel(kind: string): string {
  switch (kind) {
    case 'parliamentary-question': return vscode.l10n.t('Parliamentary questions');
    case 'press-article': return vscode.l10n.t('Press articles');
    case 'press-release': return vscode.l10n.t('Press releases');
    case 'report': return vscode.l10n.t('Reports');
    case 'speech': return vscode.l10n.t('Speeches');
    case 'declaration': return vscode.l10n.t('Declarations');
    case 'treaty': return vscode.l10n.t('Treaties');
    case 'other': return vscode.l10n.t('Other sources');
    default: return kind;
  }
}

export function kindIcon(kind: string): vscode.ThemeIcon {
  const icons: Record<string, string> = {
    'parliamentary-question': 'question',
    'press-article': 'note',
    'press-release': 'megaphone',
    report: 'book',
    speech: 'mic',
    declaration: 'quote',
    treaty: 'law',
  };
  return new vscode.ThemeIcon(icons[kind] ?? 'file-text');
}

export function languageLabel(language: string): string {
  if (language === 'fr') return vscode.l10n.t('French');
  if (language === 'en') return vscode.l10n.t('English');
  return vscode.l10n.t('other language');
}

/** "novembre 2019" or "November 2019", in the editor's language. */
function monthLabel(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number);
  return new Intl.DateTimeFormat(vscode.env.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}

export function groupLabel(group: GroupNode): string {
  switch (group.facet) {
    case 'kind': return kindGroupLabel(group.value);
    case 'year': return group.value;
    case 'month': return monthLabel(group.value);
    case 'undated': return vscode.l10n.t('Undated');
    case 'folder': return group.value;
    case 'actor': return group.value;
  }
}
