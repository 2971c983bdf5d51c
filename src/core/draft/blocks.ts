import { frontMatterBounds } from '../corpus/frontMatter';

/**
 * The prose blocks of a Markdown draft, as offsets into its text: paragraphs, list items,
 * table cells, block quotes, footnote texts. Front matter, headings, code, HTML blocks and
 * comments, link definitions and table rules are left out. Markdown marks that are not prose
 * (list bullets, quote marks, inline code, comments) are blanked in `prose`, which has the
 * same length as the text, so that every offset stays exact.
 *
 * This is not a Markdown renderer: it only finds where the prose is. (markdown-it would cost
 * 150 KB of the extension's 400 KB budget for the same answer.)
 */
export interface Block {
  start: number;
  end: number;
  kind: 'paragraph' | 'item' | 'cell' | 'quote' | 'footnote';
  /** The heading the block stands under, e.g. "Recommandations". */
  heading: string;
  /** For footnote texts: the footnote's label. */
  footnote?: string;
}

export interface DraftStructure {
  blocks: Block[];
  /** The text with non-prose marks blanked (same length and offsets). */
  prose: string;
  /** Footnote label → its text's block. */
  footnotes: Map<string, Block>;
}

export const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}#{1,6}(?:\s|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)\s*$/;
const HR = /^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const LINK_DEF = /^ {0,3}\[(?!\^)[^\]]{1,999}\]:\s*\S/;
export const FOOTNOTE_DEF = /^ {0,3}\[\^([^\]\s]{1,99})\]:[ \t]?/;
const HTML_BLOCK = /^ {0,3}<(?:!--|\/?[a-zA-Z][\w-]*[\s/>]|\?|![A-Z])/;
const LIST_MARK = /^( {0,3})([-*+]|\d{1,9}[.)])(\s+|$)/;
const QUOTE_MARK = /^( {0,3}>\s?)+/;
/** `\s*\|?\s*` written `\s*(?:\|\s*)?`: the same lines, without two runs of spaces to split (quadratic). */
const TABLE_RULE = /^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$/;
const BLANK = /^\s*$/;

/** Whether a line closes the fence `marker` opened: its character, at least as many, up to three spaces in, then only spaces. */
export function closesFence(line: string, marker: string): boolean {
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === 32) at++;
  let n = 0;
  while (line[at + n] === marker[0]) n++;
  return n >= marker.length && BLANK.test(line.slice(at + n));
}

/** Ranges of the text that are not prose, blanked in one pass at the end. */
class Blanks {
  private readonly ranges: [number, number][] = [];

  add(from: number, to: number): void {
    if (to > from) this.ranges.push([from, to]);
  }

  /** The text with every range turned into spaces: same length, same offsets. */
  apply(text: string): string {
    const sorted = this.ranges.sort((a, b) => a[0] - b[0]);
    const parts: string[] = [];
    let at = 0;
    for (const [from, to] of sorted) {
      if (to <= at) continue;
      const start = Math.max(from, at);
      parts.push(text.slice(at, start), ' '.repeat(to - start));
      at = to;
    }
    parts.push(text.slice(at));
    return parts.join('');
  }
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string, from: number): Line[] {
  const out: Line[] = [];
  let start = from;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    out.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    start = end + 1;
  }
  return out;
}

export function parseDraft(text: string): DraftStructure {
  const blanks = new Blanks();
  const blank = (from: number, to: number) => blanks.add(from, to);
  // Only where the body starts: the YAML itself is not parsed here, at every check.
  const bodyStart = frontMatterBounds(text)?.bodyStart ?? 0;
  blank(0, bodyStart);
  const lines = linesOf(text, bodyStart);
  const blocks: Block[] = [];
  const footnotes = new Map<string, Block>();
  let heading = '';
  let i = 0;
  let current: Block | undefined;
  const close = () => {
    if (current && current.end > current.start) blocks.push(current);
    current = undefined;
  };

  while (i < lines.length) {
    const line = lines[i];
    const t = line.text;
    const fence = FENCE.exec(t);
    if (fence) {
      close();
      const marker = fence[1];
      blank(line.start, line.end);
      i++;
      while (i < lines.length && !closesFence(lines[i].text, marker)) blank(lines[i].start, lines[i++].end);
      if (i < lines.length) blank(lines[i].start, lines[i++].end);
      continue;
    }
    if (t.trimStart().startsWith('<!--')) {
      close();
      // A comment block runs to its closing -->, over several lines if need be.
      let j = i;
      while (j < lines.length && !lines[j].text.includes('-->')) j++;
      for (let k = i; k <= Math.min(j, lines.length - 1); k++) blank(lines[k].start, lines[k].end);
      i = j + 1;
      continue;
    }
    if (BLANK.test(t)) {
      close();
      i++;
      continue;
    }
    if (ATX.test(t)) {
      close();
      heading = headingText(t);
      blank(line.start, line.end);
      i++;
      continue;
    }
    if (current?.kind === 'paragraph' && SETEXT.test(t)) {
      // The paragraph was a heading all along.
      heading = text.slice(current.start, current.end).trim();
      blank(current.start, line.end);
      current = undefined;
      i++;
      continue;
    }
    if (HR.test(t) || LINK_DEF.test(t) || (HTML_BLOCK.test(t) && !current)) {
      close();
      blank(line.start, line.end);
      i++;
      continue;
    }
    const foot = FOOTNOTE_DEF.exec(t);
    if (foot) {
      close();
      blank(line.start, line.start + foot[0].length);
      current = { start: line.start + foot[0].length, end: line.end, kind: 'footnote', heading, footnote: foot[1] };
      footnotes.set(foot[1], current);
      i++;
      // Its text goes on over indented lines.
      while (i < lines.length && /^( {2,}|\t)\S/.test(lines[i].text)) current.end = lines[i++].end;
      close();
      continue;
    }
    if (t.includes('|') && i + 1 < lines.length && TABLE_RULE.test(lines[i + 1].text) && lines[i + 1].text.includes('-')) {
      close();
      let j = i;
      for (; j < lines.length && lines[j].text.includes('|') && !BLANK.test(lines[j].text); j++) {
        if (j === i + 1) {
          blank(lines[j].start, lines[j].end);
          continue;
        }
        pushCells(lines[j], text, blanks, blocks, heading);
      }
      i = j;
      continue;
    }
    if (!current && /^(?: {4}|\t)/.test(t)) {
      // Indented code: four spaces in, with no paragraph to continue.
      blank(line.start, line.end);
      i++;
      continue;
    }
    const quote = QUOTE_MARK.exec(t);
    const list = LIST_MARK.exec(quote ? t.slice(quote[0].length) : t);
    if (quote || list) {
      const markEnd = line.start + (quote?.[0].length ?? 0) + (list ? list[0].length : 0);
      blank(line.start, markEnd);
      // A new item starts a new block; a quote line continues the quote.
      if (list || current?.kind !== 'quote') {
        close();
        current = { start: markEnd, end: line.end, kind: list ? 'item' : 'quote', heading };
      } else current.end = line.end;
      i++;
      continue;
    }
    // A plain line: a paragraph, or the continuation of the block before it.
    const lead = /^\s*/.exec(t)![0].length;
    blank(line.start, line.start + lead);
    if (current) current.end = line.end;
    else current = { start: line.start + lead, end: line.end, kind: 'paragraph', heading };
    i++;
  }
  close();
  maskInline(text, blocks, blanks);
  return { blocks, prose: blanks.apply(text), footnotes };
}

/**
 * The text of an ATX heading line: its marks and closing `#`s taken off. The same as
 * `.replace(/\s#*\s*$/, '')`, which took quadratic time on a long run of spaces.
 */
function headingText(line: string): string {
  const t = line.replace(/^ {0,3}#{1,6}\s*/, '');
  let end = t.length;
  while (end > 0 && /\s/.test(t[end - 1])) end--;
  let hashes = end;
  while (hashes > 0 && t[hashes - 1] === '#') hashes--;
  // The closing run starts at the space before the `#`s, or else at the trailing spaces.
  if (hashes > 0 && /\s/.test(t[hashes - 1])) end = hashes - 1;
  return t.slice(0, end).trim();
}

function pushCells(line: Line, text: string, blanks: Blanks, blocks: Block[], heading: string): void {
  let cellStart = line.start;
  for (let k = line.start; k <= line.end; k++) {
    if (k === line.end || (text[k] === '|' && text[k - 1] !== '\\')) {
      let s = cellStart;
      let e = k;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      if (e > s) blocks.push({ start: s, end: e, kind: 'cell', heading });
      if (k < line.end) blanks.add(k, k + 1);
      cellStart = k + 1;
    }
  }
}

const INLINE_NOT_PROSE = [/(`+)[^`]*?\1/g, /<[a-zA-Z/][^<>\n]{0,200}>/g];

/** Inline code and inline HTML (comments, tags) are not prose: blank them inside the blocks. */
function maskInline(text: string, blocks: Block[], blanks: Blanks): void {
  for (const b of blocks) {
    const slice = text.slice(b.start, b.end);
    if (!/[`<]/.test(slice)) continue;
    for (const re of INLINE_NOT_PROSE) {
      for (const m of slice.matchAll(re)) blanks.add(b.start + m.index, b.start + m.index + m[0].length);
    }
    // Comments, as /<!--[\s\S]*?-->/g finds them, in one pass: that pattern read the rest of the
    // block again from every unclosed `<!--` (quadratic).
    for (let at = slice.indexOf('<!--'); at >= 0; at = slice.indexOf('<!--', at)) {
      const end = slice.indexOf('-->', at + 4);
      if (end < 0) break;
      blanks.add(b.start + at, b.start + end + 3);
      at = end + 3;
    }
  }
}
