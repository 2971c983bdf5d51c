import type { Passage } from './document';

/** Passages longer than this are cut at line breaks, so a search hit points somewhere useful. */
const MAX_PASSAGE = 2000;

/**
 * Paragraphs of `text` from `from` on: runs of non-blank lines, as offsets. Pasted text often
 * has one paragraph per line with no blank line between, so a long run is cut at its lines.
 */
export function splitPassages(text: string, from = 0): Passage[] {
  const out: Passage[] = [];
  const blank = /\n[ \t\r]*\n/g;
  blank.lastIndex = from;
  let start = from;
  for (;;) {
    const m = blank.exec(text);
    const end = m ? m.index : text.length;
    pushTrimmed(text, start, end, out);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Passage[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start >= end) return;
  if (end - start <= MAX_PASSAGE) {
    out.push({ start, end });
    return;
  }
  let lineStart = start;
  // The next line break, looked up again only once passed: a long line was read again for each of its pieces.
  let newline = text.indexOf('\n', lineStart);
  while (lineStart < end) {
    if (newline >= 0 && newline < lineStart) newline = text.indexOf('\n', lineStart);
    let cut = newline < 0 || newline > end ? end : newline;
    // A single overlong line is cut at a space (looked for in this piece only), or hard.
    let hard = false;
    if (cut - lineStart > MAX_PASSAGE) {
      const space = text.slice(lineStart, lineStart + MAX_PASSAGE + 1).lastIndexOf(' ');
      hard = space <= 0;
      cut = hard ? lineStart + MAX_PASSAGE : lineStart + space;
    }
    const s = lineStart;
    let e = cut;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    lineStart = hard ? cut : cut + 1; // past the line break or space, but a hard cut keeps every character
    while (lineStart < end && /\s/.test(text[lineStart])) lineStart++;
  }
}
