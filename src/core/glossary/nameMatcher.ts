import { detached } from '../text/detached';
import { fold } from '../text/fold';

/** A name found in a text: which entry, and where (offsets, end exclusive). */
export interface Mention {
  entry: string;
  start: number;
  end: number;
}

interface Terminal {
  entry: string;
  /** An all-capitals name (FSO, ONU) matches only in capitals. */
  acronym: boolean;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  terminals?: Terminal[];
}

/**
 * Letters with their combining marks (an accent typed apart: "e\u0300"), and digits; not the
 * modifier letter apostrophe (see `apostrophesAsSuch`), so that `find` reads a text as if it
 * were an apostrophe without making a copy of the whole text.
 */
const TOKEN = new RegExp('[[\\p{L}\\p{M}\\p{N}]--[\\u02BC]]+', 'gv');
const ASCII_WORD = /^[A-Za-z0-9]+$/;
const HYPHENS = /[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const APOSTROPHES = /['\u2018\u2019\u02BC\u00B4\u2032`]/g;

/**
 * The modifier letter apostrophe (U+02BC, "lʼOTAN") is a letter to Unicode but an apostrophe
 * to a reader: it is read as one (the text keeps its length, so offsets stay right).
 */
function apostrophesAsSuch(text: string): string {
  return text.includes('\u02BC') ? text.replace(/\u02BC/g, "'") : text;
}

function foldToken(token: string): string {
  return ASCII_WORD.test(token) ? token.toLowerCase() : fold(token);
}

/** No lower-case letter: "FSO", and also "21" in "COP 21". */
function isCapitals(token: string): boolean {
  return token === token.toUpperCase();
}

/**
 * What stands between two words of a name, made comparable: spaces (a line break included)
 * count as one space, every hyphen and dash as "-", every apostrophe as "'". A blank line or
 * other punctuation ends a name.
 */
function separatorKey(sep: string): string | undefined {
  if (sep.length > 8) return undefined;
  if (/\n[ \t\r]*\n/.test(sep)) return undefined;
  const marks = sep.replace(/\s+/g, '').replace(HYPHENS, '-').replace(APOSTROPHES, "'");
  if (!/^[-'.]*$/.test(marks) || marks.length > 2) return undefined;
  return marks + (/\s/.test(sep) ? ' ' : '');
}

type NameKeys = { readonly keys: readonly string[]; readonly acronym: boolean } | undefined;

/**
 * Names' keys, kept across builds of the matcher: the glossary is merged again after each pause
 * in typing in it, and working out the keys of its 40,000 names was two thirds of that (about
 * 200 ms for 10,000 entries); the names that did not change are looked up. Cleared when full.
 */
const KNOWN_KEYS = new Map<string, NameKeys>();
const MAX_KNOWN_KEYS = 100_000;

/** The words of a name and the separators before each (the first has none). */
function keysOf(written: string): NameKeys {
  let known = KNOWN_KEYS.get(written);
  if (known === undefined && !KNOWN_KEYS.has(written)) {
    if (KNOWN_KEYS.size >= MAX_KNOWN_KEYS) KNOWN_KEYS.clear();
    KNOWN_KEYS.set(detached(written), (known = workOutKeys(written)));
  }
  return known;
}

function workOutKeys(written: string): NameKeys {
  const name = apostrophesAsSuch(written);
  // A pattern of its own: `find` leaves TOKEN's lastIndex where it stopped.
  const tokens = [...name.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
  if (tokens.length === 0) return undefined;
  const keys: string[] = [];
  let prevEnd = 0;
  for (const [i, t] of tokens.entries()) {
    const sep = i === 0 ? '' : separatorKey(name.slice(prevEnd, t.index));
    if (sep === undefined) return undefined;
    // Copied: a match is a view of the glossary's whole text, which the cache would keep alive.
    keys.push(detached(sep + foldToken(t[0])));
    prevEnd = t.index! + t[0].length;
  }
  // All its letters capitals, however few: "FSO", "G7", "E3".
  const letters = name.replace(/[^\p{L}]/gu, '');
  return { keys, acronym: letters.length >= 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() };
}

/** The key under which two names clash: same words, and both or neither acronyms. */
export function nameKey(name: string): string | undefined {
  const k = keysOf(name);
  return k && `${k.keys.join('')}${k.acronym ? '#A' : ''}`;
}

/**
 * Finds glossary names in a text in one pass over its words, whatever the number of names:
 * a trie of words. Whole words only; case and accents do not matter except for acronyms;
 * an elided article ("l’OTAN") is left out of the match; the longest name wins and matches
 * never overlap.
 */
export class NameMatcher {
  private readonly root: TrieNode = {};

  /** Adds a name of `entry`; names with fewer than two characters are ignored. */
  add(name: string, entry: string): void {
    if (name.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return;
    const k = keysOf(name);
    if (!k) return;
    let node = this.root;
    for (const key of k.keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = {}));
      node = child;
    }
    node.terminals ??= [];
    if (!node.terminals.some((t) => t.entry === entry && t.acronym === k.acronym)) node.terminals.push({ entry, acronym: k.acronym });
  }

  /**
   * The names in `text`, or in its part from `from` to `to` (a hover's paragraph): only that part
   * is read, however long the text. (`separatorKey` reads U+02BC as an apostrophe, `TOKEN` skips it.)
   */
  find(text: string, from = 0, to = text.length): Mention[] {
    const tokens: { start: number; end: number; key: string; caps: boolean }[] = [];
    TOKEN.lastIndex = from;
    for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
      tokens.push({ start: m.index, end: m.index + m[0].length, key: foldToken(m[0]), caps: isCapitals(m[0]) });
    }
    TOKEN.lastIndex = 0;
    const mentions: Mention[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node = this.root.next?.get(tokens[i].key);
      let best: { entry: string; last: number } | undefined;
      let allCaps = tokens[i].caps;
      let j = i;
      while (node) {
        const accepted = node.terminals?.find((t) => t.acronym && allCaps) ?? node.terminals?.find((t) => !t.acronym);
        if (accepted) best = { entry: accepted.entry, last: j };
        if (!node.next || j + 1 >= tokens.length) break;
        const sep = separatorKey(text.slice(tokens[j].end, tokens[j + 1].start));
        if (sep === undefined) break;
        node = node.next.get(sep + tokens[j + 1].key);
        j++;
        allCaps &&= tokens[j].caps;
      }
      if (best) {
        mentions.push({ entry: best.entry, start: tokens[i].start, end: tokens[best.last].end });
        i = best.last + 1;
      } else i++;
    }
    return mentions;
  }
}
