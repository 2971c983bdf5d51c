import { detached } from './detached';
import { fold, straightenApostrophes } from './fold';

/**
 * Words: letters and digits, with inner apostrophes ("aujourd'hui", "l’Otan") kept together;
 * the same as `/[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*\/gu`, read through a table of the
 * letters and digits instead: indexing and counting a corpus spend most of their time here.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (start, end) => out.push(text.slice(start, end)));
  return out;
}

export function countWords(text: string): number {
  let n = 0;
  forEachWord(text, () => n++);
  return n;
}

/**
 * Calls `visit` with the offsets of each word of `text`, or of `text.slice(from, to)` (offsets
 * still in `text`), and the word's `wordHash`, made while reading it (the index looks words up by it).
 */
export function forEachWord(text: string, visit: (start: number, end: number, hash: number) => void, from = 0, to = text.length): void {
  const table = wordTable();
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    if (isSurrogate(c) ? wordCharWidth(text, i, to, table) === 0 : table[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    for (;;) {
      // A run of letters and digits: most are one code unit, read here without a call.
      while (i < to) {
        c = text.charCodeAt(i);
        if (!isSurrogate(c)) {
          if (table[c] === 0) break;
          h = Math.imul(h ^ c, FNV_PRIME);
          i++;
        } else {
          const width = wordCharWidth(text, i, to, table);
          if (width === 0) break;
          h = Math.imul(h ^ c, FNV_PRIME);
          if (width === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
          i += width;
        }
      }
      // An apostrophe between letters goes on with the word ("aujourd'hui"); `c` is the character that stopped the run.
      if (i + 1 < to && (c === 0x27 || c === 0x2019) && wordCharWidth(text, i + 1, to, table) > 0) {
        h = Math.imul(h ^ c, FNV_PRIME);
        i++;
        continue;
      }
      break;
    }
    visit(start, i, h);
  }
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `text.slice(start, end)`, as a 32-bit integer. */
export function wordHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
let TABLE: Uint8Array | undefined;

/** Whether each code unit of the Basic Multilingual Plane is a letter or a digit: built on first use (a few ms). */
function wordTable(): Uint8Array {
  if (!TABLE) {
    TABLE = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && WORD_CHAR.test(String.fromCharCode(c))) TABLE[c] = 1;
  }
  return TABLE;
}

/** 1 or 2 (a surrogate pair) when a letter or digit starts at `i` (and ends before `n`), else 0. */
function wordCharWidth(text: string, i: number, n: number, table: Uint8Array): number {
  const c = text.charCodeAt(i);
  if (!isSurrogate(c)) return table[c];
  if (c > 0xdbff || i + 1 >= n) return 0;
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** French elided articles and pronouns: "l'", "d'", "qu'", "jusqu'"... */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=[\p{L}\p{N}])/u;
const POSSESSIVE = /'s$/;

/**
 * The search term of a word: folded, without its elided article or English possessive,
 * so that "l’Otan", "OTAN" and "Otan's" all give "otan".
 */
export function searchTerm(word: string): string {
  let term = TERMS.get(word);
  if (term === undefined) {
    term = fold(straightenApostrophes(word)).replace(ELISION, '').replace(POSSESSIVE, '');
    if (TERMS.size >= MAX_TERMS) TERMS.clear();
    term = detached(term);
    TERMS.set(detached(word), term);
  }
  return term;
}

/**
 * The terms of the words last seen: indexing meets the same words again and again (a corpus's
 * words follow Zipf's law), so most are folded once. Bounded: emptied when full.
 */
const TERMS = new Map<string, string>();
const MAX_TERMS = 200000;
