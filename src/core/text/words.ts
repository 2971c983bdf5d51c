import { detached } from './detached';
import { fold, straightenApostrophes } from './fold';

// Declared before the functions that read them in their loops (a constant read before its
// declaration in the file is checked for initialisation at each read).
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** What a code unit is to a word: one of its letters or digits, neither, or half of a surrogate pair (read with the other half). */
const OTHER = 0;
const WORD = 1;
const SURROGATE = 2;

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

type Visit = (start: number, end: number, hash: number) => void;

/**
 * Calls `visit` with the offsets of each word of `text`, or of `text.slice(from, to)` (offsets
 * still in `text`), and the word's `wordHash`, made while reading it (the index looks words up by it).
 */
export function forEachWord(text: string, visit: Visit, from = 0, to = text.length): void {
  const table = wordTable();
  for (let start = nextWordStart(text, from, to, table); start < to; ) {
    const end = wordEnd(text, start, to, table);
    visit(start, end, endedHash);
    start = nextWordStart(text, end, to, table);
  }
}

/**
 * Writes each word of `text.slice(from, to)` into `out` from `at` on, as [start, end, wordHash]
 * triples, until the text ends or `out` has no room for another triple (then read on from the
 * last word's end). Returns how far `out` is filled. For callers that keep every word (a
 * source's `WordSpans`): a call a word, as `forEachWord` makes, was a third of their time.
 */
export function scanWords(text: string, from: number, to: number, out: Int32Array, at: number): number {
  const table = wordTable();
  for (let start = nextWordStart(text, from, to, table); start < to && out.length - at >= 3; ) {
    const end = wordEnd(text, start, to, table);
    out[at++] = start;
    out[at++] = end;
    out[at++] = endedHash;
    start = nextWordStart(text, end, to, table);
  }
  return at;
}

/** Where the first word at or after `i` starts; `to` when none does. */
function nextWordStart(text: string, i: number, to: number, table: Uint8Array): number {
  while (i < to) {
    const kind = table[text.charCodeAt(i)];
    if (kind === WORD || (kind === SURROGATE && wordCharWidth(text, i, to, table) > 0)) return i;
    i++;
  }
  return to;
}

/** The `wordHash` of the word `wordEnd` last read (a second result, without an object made a word). */
let endedHash = 0;

/** Where the word starting at `i` ends: its letters and digits, and apostrophes between them. */
function wordEnd(text: string, i: number, to: number, table: Uint8Array): number {
  let h = FNV_OFFSET;
  let c = 0;
  for (;;) {
    // A run of letters and digits: most are one code unit, read here without a call.
    while (i < to) {
      c = text.charCodeAt(i);
      const kind = table[c];
      if (kind === WORD) {
        h = Math.imul(h ^ c, FNV_PRIME);
        i++;
      } else if (kind === OTHER) break;
      else {
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
    endedHash = h;
    return i;
  }
}

/** FNV-1a over the UTF-16 code units of `text.slice(start, end)`, as a 32-bit integer. */
export function wordHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
let TABLE: Uint8Array | undefined;

/**
 * Each code unit of the Basic Multilingual Plane as a word reads it: built on first use (a few
 * ms). One lookup tells the three cases apart: a range test for surrogates before the lookup
 * made the tokenizer a third slower.
 */
function wordTable(): Uint8Array {
  if (!TABLE) {
    TABLE = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) TABLE[c] = SURROGATE;
      else if (WORD_CHAR.test(String.fromCharCode(c))) TABLE[c] = WORD;
    }
  }
  return TABLE;
}

/** 1 or 2 (a surrogate pair) when a letter or digit starts at `i` (and ends before `n`), else 0. */
function wordCharWidth(text: string, i: number, n: number, table: Uint8Array): number {
  const c = text.charCodeAt(i);
  const kind = table[c];
  if (kind !== SURROGATE) return kind;
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
