import { citationFor } from '../citations/key';
import { citationInsertOffset } from './citations';

/** A text edit as plain data: replace `start`..`end` of the draft with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** "Cite …" on an uncited claim: `[@id]` before the sentence's final punctuation (or after its closing quotation). */
export function citeEdit(draft: string, sentence: { start: number; end: number }, id: string): TextEdit {
  const at = citationInsertOffset(draft, sentence.start, sentence.end);
  return { start: at, end: at, text: ` [${citationFor(id)}]` };
}

/**
 * "Ignore this claim on this line": a comment that silences the check on the sentence's first
 * line, written on that line after the sentence (or at the line's end when the sentence goes
 * on). Never at the start of a line: there a comment is an HTML block, which would cut the
 * paragraph in two (and its citations from the sentences before) or end a table or quotation.
 */
export function ignoreEdit(draft: string, sentence: { start: number; end: number }): TextEdit {
  let lineEnd = draft.indexOf('\n', sentence.start);
  if (lineEnd < 0) lineEnd = draft.length;
  if (lineEnd > sentence.start && draft[lineEnd - 1] === '\r') lineEnd--;
  const at = Math.min(sentence.end, lineEnd);
  return { start: at, end: at, text: ' <!-- dossier-disable-line uncited-claim -->' };
}

/** "Replace with …" on an unknown key: the key (with its `@`) becomes the suggested one. */
export function replaceKeyEdit(target: { start: number; end: number }, suggestion: string): TextEdit {
  return { start: target.start, end: target.end, text: citationFor(suggestion) };
}
