import * as vscode from 'vscode';
import { LineIndex } from '../core/text/lineIndex';

/** Turns engine offsets into VS Code positions for a text that is not an open document. */
export function positionsIn(text: string): (offset: number) => vscode.Position {
  const lines = new LineIndex(text);
  return (offset) => {
    const p = lines.position(offset);
    return new vscode.Position(p.line - 1, p.column - 1);
  };
}
