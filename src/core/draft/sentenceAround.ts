import { frontMatterBounds } from '../corpus/frontMatter';
import { wholeParagraphAround } from '../text/paragraph';
import { closesFence, FENCE, parseDraft } from './blocks';
import { draftSentences } from './lint';

/**
 * Where the sentence that holds `[start, end)` of a draft stands, found in its paragraph alone:
 * a hover on a citation of a long draft does not split the whole draft into sentences (about
 * 200 ms for 1 MB). Undefined when no sentence holds it there (code, a broken-off context).
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const { from, to } = readAlone(text, start);
  const s = draftSentences(text.slice(from, to)).find((x) => from + x.start <= start && end <= from + x.end);
  return s && { start: from + s.start, end: from + s.end };
}

/**
 * Whether the (non-blank) character at `offset` is prose, as the check reads the whole draft:
 * not code (inline or fenced), a comment, front matter, a heading or a link definition. Read
 * from its paragraph alone, as `sentenceAround`: what completion and hovers on citations ask
 * before they offer anything (an `@` in code is not a citation).
 */
export function isProseAt(text: string, offset: number): boolean {
  if (offset < 0 || offset >= text.length || /\s/.test(text[offset])) return false;
  const { from, to } = readAlone(text, offset);
  return parseDraft(text.slice(from, to)).prose[offset - from] === text[offset];
}

/** What to read to know a place of the draft: its paragraph, or the whole draft when a block may run into it. */
function readAlone(text: string, offset: number): { from: number; to: number } {
  const around = wholeParagraphAround(text, offset);
  return openAt(text, around.from) ? { from: 0, to: text.length } : around;
}

/**
 * Whether a block that runs over blank lines (front matter, fenced code, a comment) is open
 * where the paragraph starts: its paragraph alone would then read as prose what is not. Only
 * the lines that can open one are read, as `parseDraft` reads them, and each block is followed
 * to its closing line. True also where such a line could be read otherwise (inside a table or a
 * footnote's indented text): the draft is then read from the top, which is always right.
 */
function openAt(text: string, from: number): boolean {
  const fm = frontMatterBounds(text);
  const bodyStart = fm?.bodyStart ?? 0;
  if (from < bodyStart) return true;
  const opener = /```|~~~|<!--/g;
  opener.lastIndex = bodyStart;
  for (let m = opener.exec(text); m && m.index < from; m = opener.exec(text)) {
    const start = Math.max(bodyStart, text.lastIndexOf('\n', m.index) + 1);
    const line = lineAt(text, start);
    const fence = FENCE.exec(line.text);
    if (!fence && !line.text.trimStart().startsWith('<!--')) {
      opener.lastIndex = line.end;
      continue;
    }
    if (mayBeInsideBlock(text, start, line.text)) return true;
    const closing = fence ? fenceClosing(text, line.end + 1, fence[1]) : text.indexOf('-->', start);
    if (closing < 0 || closing >= from) return true;
    opener.lastIndex = lineAt(text, text.lastIndexOf('\n', closing) + 1).end;
  }
  return false;
}

function lineAt(text: string, start: number): { text: string; end: number } {
  const newline = text.indexOf('\n', start);
  const end = newline < 0 ? text.length : newline;
  return { text: text.slice(start, end), end };
}

/** Where the line that closes a fence starts, or -1: the lines that hold three of its marks are tried. */
function fenceClosing(text: string, from: number, marker: string): number {
  const three = marker[0].repeat(3);
  for (let at = text.indexOf(three, from); at >= 0; ) {
    const start = Math.max(from, text.lastIndexOf('\n', at) + 1);
    const line = lineAt(text, start);
    if (closesFence(line.text, marker)) return start;
    at = text.indexOf(three, line.end);
  }
  return -1;
}

/**
 * Whether `parseDraft` might read this line as part of a table (a line with `|` after one) or
 * of a footnote's text (indented, right after a line): there it opens nothing.
 */
function mayBeInsideBlock(text: string, start: number, line: string): boolean {
  if (start === 0) return false;
  const previous = text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1);
  if (/^\s*$/.test(previous)) return false;
  return (line.includes('|') && previous.includes('|')) || /^(?: {2,}|\t)\S/.test(line);
}
