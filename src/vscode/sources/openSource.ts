import * as vscode from 'vscode';
import type { Encoding } from '../../core/text/decode';

/**
 * A source's document, decoded as Dossier read it: a Windows-1252 source opens as "cœur", not
 * as mojibake, and offsets into the text Dossier indexed land where they should.
 */
export async function openSourceDocument(uri: vscode.Uri, encoding: Encoding | undefined): Promise<vscode.TextDocument> {
  if (encoding !== 'windows-1252') return vscode.workspace.openTextDocument(uri);
  try {
    return await vscode.workspace.openTextDocument(uri, { encoding: 'windows1252' });
  } catch {
    // Already open with unsaved changes in another encoding: VS Code keeps that one.
    return vscode.workspace.openTextDocument(uri);
  }
}
