import * as vscode from 'vscode';
import type { Message } from '../core/messages';

/** An engine message in the user's language (the French templates are in l10n/). */
export function localize(m: Message): string {
  return vscode.l10n.t(m.template, ...m.args);
}
