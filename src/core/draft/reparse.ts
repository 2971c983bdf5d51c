import { FOOTNOTE_DEF, parseDraft, type Block, type DraftStructure } from './blocks';

/**
 * The structure of a draft after an edit, from its structure before: when the edit stays inside
 * one block's prose and cannot change the shape of any line, the blocks are those of before,
 * moved; otherwise the draft is parsed again. Typing in a paragraph of a 1 MB draft is the
 * first case, and it no longer reads the whole draft at each keystroke.
 *
 * The edit cannot change a line's shape when neither what it removes nor what it inserts holds
 * a line break or a Markdown mark (lists, quotes, headings, tables, code, HTML, links, emphasis),
 * and a letter stands before it on its line (so no line-start construct can form or break).
 * A line that opens with a bracket is parsed again unless the edit follows a footnote's label:
 * an edit inside `[^de la]:`, or just after `[ref]:`, can make a definition of the line.
 */
export function reparseDraft(previous: { text: string; structure: DraftStructure } | undefined, text: string): DraftStructure {
  return reparseDraftHow(previous, text).structure;
}

export interface Reparsed {
  structure: DraftStructure;
  /** Whether the blocks are those of before, moved: the same blocks in the same order. */
  moved: boolean;
  /** When moved: the index of the one block whose text changed (none when the text is the same). */
  edited?: number;
}

/** `reparseDraft`, telling whether the blocks were moved rather than parsed, and which one was edited. */
export function reparseDraftHow(previous: { text: string; structure: DraftStructure } | undefined, text: string): Reparsed {
  if (previous?.text === text) return { structure: previous.structure, moved: true };
  const result = previous && moved(previous.text, previous.structure, text);
  return result ? { ...result, moved: true } : { structure: parseDraft(text), moved: false };
}

const MARKS = /[\n\r`~<>|#\-*+_=[\]\\&]/;
const LETTER = /\p{L}/u;
/** How a footnote or link definition opens its line. */
const DEFINITION_START = /^ {0,3}\[/;

function moved(old: string, structure: DraftStructure, text: string): { structure: DraftStructure; edited: number } | undefined {
  const shortest = Math.min(old.length, text.length);
  const p = commonPrefix(old, text, shortest);
  const s = commonSuffix(old, text, shortest - p);
  const oldEnd = old.length - s;
  const removed = old.slice(p, oldEnd);
  const inserted = text.slice(p, text.length - s);
  if (MARKS.test(removed) || MARKS.test(inserted)) return undefined;
  const lineBefore = old.slice(old.lastIndexOf('\n', p - 1) + 1, p);
  if (!LETTER.test(lineBefore) || (DEFINITION_START.test(lineBefore) && !FOOTNOTE_DEF.test(lineBefore))) return undefined;

  const { blocks, prose } = structure;
  const at = blockAround(blocks, p);
  if (at < 0) return undefined;
  const block = blocks[at];
  const atEnd = oldEnd === block.end;
  // Inside, or typed at the very end of a block that runs to its line's end (a cell is trimmed).
  if (oldEnd > block.end || (atEnd && (block.kind === 'cell' || p !== oldEnd))) return undefined;
  // Inline code and HTML are found by expressions over the block: leave those blocks to the parser.
  if (/[`<]/.test(old.slice(block.start, block.end))) return undefined;
  // Nothing around the edit was blanked (a link target, a footnote call): it is plain prose.
  if (prose.charCodeAt(p - 1) !== old.charCodeAt(p - 1)) return undefined;
  for (let i = p; i < (atEnd ? oldEnd : oldEnd + 1); i++) if (prose.charCodeAt(i) !== old.charCodeAt(i)) return undefined;

  const delta = text.length - old.length;
  const shifted = blocks.map((b, i) => (i < at ? b : i === at ? { ...b, end: b.end + delta } : { ...b, start: b.start + delta, end: b.end + delta }));
  const footnotes = new Map<string, Block>();
  for (const [label, b] of structure.footnotes) {
    // Found by its start (a map of every block cost a millisecond a keystroke).
    const i = blockAround(blocks, b.start + 1);
    if (i < 0 || blocks[i] !== b) return undefined; // an empty footnote text, which is no block: rare, parse again
    footnotes.set(label, shifted[i]);
  }
  return { structure: { blocks: shifted, prose: prose.slice(0, p) + inserted + prose.slice(oldEnd), footnotes }, edited: at };
}

/** The index of the block that starts before `offset` and ends at or after it, or -1. */
function blockAround(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid].start < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && blocks[found].end >= offset ? found : -1;
}

/** Compared a stretch at a time (string equality is a memory comparison), then a character at a time. */
const STRETCH = 4096;

function commonPrefix(a: string, b: string, max: number): number {
  let p = 0;
  while (p + STRETCH <= max && a.slice(p, p + STRETCH) === b.slice(p, p + STRETCH)) p += STRETCH;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

function commonSuffix(a: string, b: string, max: number): number {
  let s = 0;
  while (s + STRETCH <= max && a.slice(a.length - s - STRETCH, a.length - s) === b.slice(b.length - s - STRETCH, b.length - s)) s += STRETCH;
  while (s < max && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return s;
}
