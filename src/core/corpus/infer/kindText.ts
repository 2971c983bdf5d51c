import { foldedUnit } from '../../text/fold';
import type { PhraseFinder } from '../../text/phraseFinder';

/** What `inferKind` reads: its head and body folded (typographic apostrophes straight), and the needles the body holds. */
export interface KindText {
  head: string;
  body: string;
  found: Uint8Array;
}

/** What `UNITS` holds for a code unit whose fold is two units (œ → oe), or that folds only with its neighbours. */
const TWO_UNITS = 0xfffe;
const OTHER = 0xffff;
/** Per code unit: its fold, ’ made ', when that is one unit; else TWO_UNITS or OTHER. Made on first use. */
let UNITS: Uint16Array | undefined;
/** The two units of each TWO_UNITS fold, by code unit (typed arrays: a loop reading a Map slowed the whole pass). */
const FIRST = new Uint16Array(0x10000);
const SECOND = new Uint16Array(0x10000);

function units(): Uint16Array {
  if (!UNITS) {
    UNITS = new Uint16Array(0x10000).fill(OTHER);
    for (let c = 0; c < 0x10000; c++) {
      const f = foldedUnit(c)?.replace(/’/g, "'");
      if (f === undefined) continue;
      if (f.length === 1) UNITS[c] = f.charCodeAt(0);
      else if (f.length === 2) {
        UNITS[c] = TWO_UNITS;
        FIRST[c] = f.charCodeAt(0);
        SECOND[c] = f.charCodeAt(1);
      }
    }
  }
  return UNITS;
}

let buffer = new Uint16Array(1 << 16);
/** The buffer's code units as a string: TextDecoder reads them little-endian, as this machine lays them out. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
// A leading U+FEFF is text here, not a byte-order mark to drop.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function stringOf(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return UTF16.decode(units);
  let s = '';
  for (let at = 0; at < units.length; at += 4096) s += String.fromCharCode(...units.subarray(at, at + 4096));
  return s;
}

/**
 * `fold(text.slice(0, n)).replace(/’/g, "'")` for the head's and the body's lengths, with the
 * needles the body holds (a line break read before it), in one pass over the text: folding,
 * then straightening, then looking for the needles were three passes and half of `inferKind`.
 * Undefined when a character folds only with its neighbours (outside `fold`'s table: Greek,
 * combining marks...): `fold` then takes its definition, and so must the caller.
 */
export function readKindText(text: string, headChars: number, bodyChars: number, finder: PhraseFinder): KindText | undefined {
  const table = units();
  const end = Math.min(text.length, bodyChars);
  if (buffer.length < end * 2) buffer = new Uint16Array(end * 2);
  const out = buffer;
  const found = new Uint8Array(finder.phrases.length);
  const { classOf, classes, next, ending, ends } = finder.tables;
  let state = finder.start('\n', found);
  let n = 0;
  let headEnd = 0;
  for (let i = 0; i < end; i++) {
    if (i === headChars) headEnd = n;
    const c = text.charCodeAt(i);
    let u = table[c];
    if (u === OTHER) return undefined;
    if (u === TWO_UNITS) {
      // œ → oe: the first unit read here, the second below as any other.
      u = FIRST[c];
      out[n++] = u;
      state = next[state * classes + classOf[u]];
      if (ending[state] !== 0) for (const p of ends[state]) found[p] = 1;
      u = SECOND[c];
    }
    out[n++] = u;
    state = next[state * classes + classOf[u]];
    if (ending[state] !== 0) for (const p of ends[state]) found[p] = 1;
  }
  if (end <= headChars) headEnd = n;
  const body = stringOf(out.subarray(0, n));
  return { head: body.slice(0, headEnd), body, found };
}
