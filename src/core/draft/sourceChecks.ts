import { DATE_SOURCE, DAY_MONTH_SOURCE, dayMonthKey, toIso } from '../corpus/dates';

/** Classes of UTF-16 code units for `normaliseForQuote`. */
const PLAIN = 0;
const APOSTROPHE = 1;
const QUOTE_MARK = 2;
const SPACE = 3;
const PUNCTUATION = 4;
const FINAL_SIGMA = 5;
const KIND = (() => {
  const kind = new Uint8Array(0x10000);
  kind[0x3c2] = FINAL_SIGMA; // ς
  for (const c of [0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e]) kind[c] = QUOTE_MARK; // " « » “ ” „
  for (const c of [0x2018, 0x2019, 0x2bc, 0x60, 0xb4]) kind[c] = APOSTROPHE; // ‘ ’ ʼ ` ´
  // What `\s` and `trim` take for white space.
  for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) kind[c] = SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) kind[c] = SPACE;
  for (const c of ',.;:!?') kind[c.charCodeAt(0)] = PUNCTUATION;
  return kind;
})();

/** Whether a space before a character of this class stays a single space. */
function isWordAfterSpace(kind: number): boolean {
  return kind !== SPACE && kind !== QUOTE_MARK && kind !== PUNCTUATION;
}

/**
 * Text made comparable for quotes: lower case, the final sigma as a sigma (lower-casing makes
 * "Σ" one or the other by what follows it: a quotation that stops inside a word would miss);
 * curly, modifier and accent apostrophes straight; guillemets and quotation marks gone; each run
 * of white space one space, none before , . ; : ! ? nor at either end. One pass over the text
 * (five replacements took a third of checking quotes), each character classed by one look-up in
 * a table.
 */
export function normaliseForQuote(text: string): string {
  const lower = text.toLowerCase();
  const n = lower.length;
  let out = '';
  let copied = 0; // `lower` up to here is in `out`, or dropped
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    const kind = KIND[c];
    if (kind === PLAIN || kind === PUNCTUATION) continue;
    if (kind === QUOTE_MARK) {
      out += lower.slice(copied, i);
      copied = i + 1;
    } else if (kind === APOSTROPHE || kind === FINAL_SIGMA) {
      out += lower.slice(copied, i) + (kind === APOSTROPHE ? "'" : 'σ');
      copied = i + 1;
    } else {
      // One space between words, kept as it is: most spaces.
      if (c === 32 && i + 1 < n && isWordAfterSpace(KIND[lower.charCodeAt(i + 1)]) && (i > copied || out.length > 0)) continue;
      // The run of spaces, and of the marks dropped among them.
      let j = i + 1;
      while (j < n && (KIND[lower.charCodeAt(j)] === SPACE || KIND[lower.charCodeAt(j)] === QUOTE_MARK)) j++;
      const beforePunctuation = j < n && KIND[lower.charCodeAt(j)] === PUNCTUATION;
      const started = out.length > 0 || i > copied;
      out += lower.slice(copied, i);
      if (started && j < n && !beforePunctuation) out += ' ';
      copied = j;
      i = j - 1;
    }
  }
  return out + lower.slice(copied);
}

export interface Quote {
  text: string;
  start: number;
  end: number;
}

/** How many places of a source an anchor word is tried at: bounds the work on a long source. */
const MAX_ANCHOR_TRIES = 50;

/** The longest quotation looked at. */
const MAX_QUOTE = 2000;
const CLOSING: Record<string, string> = { '«': '»', '“': '”', '"': '"' };

/**
 * Quoted words of three words or more: shorter ones are often terms, not quotations. The
 * quotations are the matches of `/«\s*([^»]{2,2000}?)\s*»|“([^”]{2,2000}?)”|"([^"\n]{2,2000}?)"/g`,
 * found in one pass: that pattern read up to 2,000 characters again after each unclosed `«`.
 */
export function findQuotes(text: string, from: number, to: number): Quote[] {
  const slice = text.slice(from, to);
  const out: Quote[] = [];
  // The next closing mark (and line end) after a place, kept while the places asked pass it.
  const next = new Map<string, { from: number; at: number }>();
  const nextOf = (c: string, at: number): number => {
    const known = next.get(c);
    if (known && known.from <= at && (known.at < 0 || known.at >= at)) return known.at;
    const found = slice.indexOf(c, at);
    next.set(c, { from: at, at: found });
    return found;
  };
  const OPENING = /[«“"]/g;
  for (let m = OPENING.exec(slice); m; m = OPENING.exec(slice)) {
    const open = m.index;
    const close = nextOf(CLOSING[m[0]], open + 1);
    if (close < 0) continue;
    const inner = slice.slice(open + 1, close);
    if (m[0] === '"' && nextOf('\n', open + 1) >= 0 && nextOf('\n', open + 1) < close) continue;
    // « » allow spaces inside the marks, beyond the 2,000 characters; “ ” and " do not.
    const core = m[0] === '«' ? inner.trim().length : inner.length;
    if (inner.length < 2 || core > MAX_QUOTE) continue;
    OPENING.lastIndex = close + 1;
    const words = inner.trim();
    if ((words.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) continue;
    out.push({ text: words, start: from + open, end: from + close + 1 });
  }
  return out;
}

/**
 * Whether quoted words stand in a source, tolerating tiny differences (a typo, an elided
 * article): an exact match after normalising, else a window of the source around a rare
 * anchor word within a small edit distance.
 */
export function quoteInSource(quote: string, normalisedSource: string): boolean {
  const q = normaliseForQuote(quote);
  if (!q || normalisedSource.includes(q)) return true;
  const tolerance = Math.max(1, Math.floor(q.length * 0.06));
  const all = q.split(' ');
  // Each word of the quote that the source lacks costs an edit of its own (the words do not
  // overlap): with more such words than edits allowed, no window can match. Most quotations
  // not in a source end here, without computing distances.
  if (tooManyMissing(all, normalisedSource, tolerance)) return false;
  const words = all.filter((w) => w.length >= 4);
  const anchors = [...words].sort((a, b) => b.length - a.length).slice(0, 3);
  for (const anchor of anchors) {
    const offsetInQuote = q.indexOf(anchor);
    let tries = 0;
    for (let at = normalisedSource.indexOf(anchor); at >= 0 && tries++ < MAX_ANCHOR_TRIES; at = normalisedSource.indexOf(anchor, at + 1)) {
      const start = Math.max(0, at - offsetInQuote - tolerance);
      // Some slice starting within 2 × tolerance of `start`, as long as the quote give or take the
      // tolerance; only where enough of the quote's words stand (most places of a common anchor).
      const window = normalisedSource.slice(start, start + q.length + 3 * tolerance);
      if (!tooManyMissing(all, window, tolerance) && nearMatch(q, window, 2 * tolerance, tolerance)) return true;
    }
  }
  return false;
}

/**
 * Whether more of the words than `edits` are not in `text`: then no part of `text` is within
 * that many edits of the words joined. An edit changes one character of one word, or inserts
 * one within one word, so each edit leaves all but one word whole, in order, in what it makes.
 */
function tooManyMissing(words: readonly string[], text: string, edits: number): boolean {
  let missing = 0;
  for (const word of words) if (!text.includes(word) && ++missing > edits) return true;
  return false;
}

/**
 * Whether some slice of `window` that starts within its first `slack` characters is within
 * `max` edits (Levenshtein) of `q`. One table of edit distances (Sellers' algorithm), kept to the
 * band of diagonals such a slice can follow: O(|q| × (slack + 2 × max)). It answers as the
 * Levenshtein distance of `q` to each such slice of each length would, which cost
 * (2 × max)² distances of O(|q|²) each: seconds for a quotation of a few hundred characters.
 */
function nearMatch(q: string, window: string, slack: number, max: number): boolean {
  const n = window.length;
  const far = max + 1;
  let prev = new Int32Array(n + 2);
  let cur = new Int32Array(n + 2);
  // Row 0: the slice may start anywhere up to `slack` for free; later starts cost a skipped character each.
  for (let j = 0; j <= n; j++) prev[j] = Math.min(far, Math.max(0, j - slack));
  prev[n + 1] = far;
  for (let i = 1; i <= q.length; i++) {
    const lo = Math.max(0, i - max);
    const hi = Math.min(n, i + slack + max);
    if (lo > hi) return false;
    let best = far;
    if (lo > 0) cur[lo - 1] = far;
    for (let j = lo; j <= hi; j++) {
      let d = prev[j] + 1; // q[i-1] left out
      if (j > 0) {
        d = Math.min(d, cur[j - 1] + 1, prev[j - 1] + (q.charCodeAt(i - 1) === window.charCodeAt(j - 1) ? 0 : 1));
      }
      cur[j] = Math.min(d, far);
      if (cur[j] < best) best = cur[j];
    }
    if (hi < n) cur[hi + 1] = far;
    if (best > max) return false; // the distances only grow row after row
    [prev, cur] = [cur, prev];
  }
  for (let j = Math.max(0, q.length - max); j <= Math.min(n, q.length + slack + max); j++) if (prev[j] <= max) return true;
  return false;
}

/**
 * What a cited source's quotes and numbers are checked against, each worked out when first
 * needed: most sources cited for a quotation hold it as written, and need no normalising.
 */
export class SourceFacts {
  private normalised: string | undefined;
  private values: Set<string> | undefined;

  constructor(readonly text: string) {}

  /** Whether quoted words stand in the source: as written, or as `quoteInSource` finds them. */
  hasQuote(quote: string): boolean {
    return this.text.includes(quote) || quoteInSource(quote, (this.normalised ??= normaliseForQuote(this.text)));
  }

  /** Whether a number's or a date's value (`NumberMention.value`) is one the source holds. */
  hasNumber(value: string): boolean {
    return (this.values ??= numberIndex(this.text)).has(value);
  }
}

export interface NumberMention {
  /** The comparable form: digits with "." for decimals, or an ISO date. */
  value: string;
  text: string;
  start: number;
  end: number;
}

const DATE = new RegExp(DATE_SOURCE, 'giu');
/** A date's characters before its year: weekday, day, month, their marks and spaces. */
const DATE_PREFIX_CHAR = /[\p{L}\d\s.,/-]/u;
/** At most this many of them, spaces aside ("mercredi. 1er septembre." has 24). */
const DATE_PREFIX_MAX = 40;

/**
 * The dates of `text`, as a global scan with the date expression finds them, trying it only
 * near years: every date has one (four digits), with only date characters before it. The
 * expression is a long list of month and day names: run at each place of a long source, it
 * took most of the time of checking numbers. (It has no look-around: within a window that holds
 * the whole of a match, it matches as in the whole text.)
 */
function findDates(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0; // no date starts before: the end of the last one, or a place already tried
  for (const run of text.matchAll(/\d{4,}/g)) {
    let from = run.index;
    for (let kept = 0; from > next && kept < DATE_PREFIX_MAX && DATE_PREFIX_CHAR.test(text[from - 1]); from--) if (!/\s/.test(text[from - 1])) kept++;
    // The year may start anywhere in a longer run of digits ("12019-05-06").
    const last = run.index + run[0].length - 4;
    // A date starting at `last` at the latest ends ten characters after it at most ("2019-05-06"):
    // the expression runs once over that window, not once from each place of it.
    const start = Math.max(from, next);
    if (start <= last) {
      const window = text.slice(start, Math.max(run.index + run[0].length, last + 10));
      DATE.lastIndex = 0;
      for (let m = DATE.exec(window); m && m.index <= last - start; m = DATE.exec(window)) {
        m.index += start;
        out.push(m);
      }
    }
    next = Math.max(next, last + 1);
    const end = out.length > 0 ? out[out.length - 1].index + out[out.length - 1][0].length : 0;
    next = Math.max(next, end);
  }
  return out;
}

const NUMBER_AT = /(?<![\p{L}\d.,])\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?(?![\p{L}\d])|(?<![\p{L}\d.,])\d+(?:[.,]\d+)*(?![\p{L}\d])/uy;
const DAY_MONTH_AT = new RegExp(DAY_MONTH_SOURCE, 'iuy');
const WHITE = /\s/;
const LETTER = /\p{L}/u;

/**
 * The numbers of `text`, as a global scan with `NUMBER_AT` finds them, trying it only at digits
 * (every number starts with one): the scan tried its look-behind at every character.
 */
function findPlainNumbers(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let at = nextDigit(text, 0); at >= 0; ) {
    NUMBER_AT.lastIndex = at;
    const m = NUMBER_AT.exec(text);
    if (m) out.push(m);
    at = nextDigit(text, m ? at + m[0].length : at + 1);
  }
  return out;
}

/**
 * The days and months without a year ("15 novembre", "November 15th"), as a global scan with
 * `DAY_MONTH_SOURCE` finds them, tried only where one can start: at a run of one or two digits
 * (day first), or at the word before it (month first), the month being that whole word. The
 * scan ran the long list of month names at every character of every sentence.
 */
function findDayMonths(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0; // matches do not overlap: none starts before the end of the last one
  const tryAt = (at: number): void => {
    if (at < next) return;
    DAY_MONTH_AT.lastIndex = at;
    const m = DAY_MONTH_AT.exec(text);
    if (!m) return;
    out.push(m);
    next = at + m[0].length;
  };
  for (let at = nextDigit(text, 0); at >= 0; ) {
    let end = at + 1;
    while (isDigit(text.charCodeAt(end))) end++;
    if (end - at <= 2) {
      let monthEnd = at;
      while (monthEnd > 0 && WHITE.test(text[monthEnd - 1])) monthEnd--;
      if (monthEnd < at) {
        if (text[monthEnd - 1] === '.') monthEnd--;
        let monthStart = monthEnd;
        while (monthStart > 0 && LETTER.test(text[monthStart - 1])) monthStart--;
        if (monthStart < monthEnd) tryAt(monthStart);
      }
      tryAt(at);
    }
    at = nextDigit(text, end);
  }
  return out;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const DIGIT = /[0-9]/g;

/** Where the next digit stands: the expression's scan is three times as fast as a loop over a long source. */
function nextDigit(text: string, from: number): number {
  DIGIT.lastIndex = from;
  return DIGIT.test(text) ? DIGIT.lastIndex - 1 : -1;
}

/** "1 000" and "1,000" give "1000"; "12,5" and "12.5" give "12.5". */
export function numberValue(raw: string): string {
  const compact = raw.replace(/[\s\u00A0\u202F]/g, '');
  const groups = compact.split(/[.,]/);
  // "1,000" or "1.000.000": separators of thousands (a decimal part of exactly three digits is rare).
  if (groups.length > 1 && groups[0] !== '0' && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3)) return groups.join('');
  return compact.replace(/,/g, '.'); // every comma: "3,53,5" is not a number, but its value must read as one
}

/**
 * Dates (as ISO) and numbers (as digits) in a span of text; a number inside a date is the
 * date's. With `yearless`, a day and month written without a year ("le 15 novembre") is one
 * too, as "--11-15": a draft often leaves out the year its source gives.
 */
export function findNumbers(text: string, from: number, to: number, yearless = false): NumberMention[] {
  const slice = text.slice(from, to);
  const out: NumberMention[] = [];
  // Every date and number has a digit: most sentences have none, and skip the long date expression.
  if (!/\d/.test(slice)) return out;
  const taken: [number, number][] = [];
  for (const m of findDates(slice)) {
    const iso = toIso(m.slice(1));
    if (!iso) continue;
    out.push({ value: iso, text: m[0], start: from + m.index, end: from + m.index + m[0].length });
    taken.push([m.index, m.index + m[0].length]);
  }
  if (yearless) {
    let d = 0;
    const dated = [...taken];
    for (const m of findDayMonths(slice)) {
      while (d < dated.length && dated[d][1] <= m.index) d++;
      if (d < dated.length && dated[d][0] < m.index + m[0].length) continue; // part of a full date
      const key = dayMonthKey(m.slice(1));
      if (!key) continue;
      out.push({ value: key, text: m[0], start: from + m.index, end: from + m.index + m[0].length });
      taken.push([m.index, m.index + m[0].length]);
    }
    taken.sort((a, b) => a[0] - b[0]);
  }
  // Dates and numbers both come in order: one pass finds the date a number overlaps, if any
  // (looking through every date for every number took minutes on a long table of dates).
  let d = 0;
  for (const m of findPlainNumbers(slice)) {
    while (d < taken.length && taken[d][1] <= m.index) d++;
    if (d < taken.length && taken[d][0] < m.index + m[0].length) continue;
    out.push({ value: numberValue(m[0]), text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What a source holds that numbers are checked against: its numbers, its dates, and their parts. */
export function numberIndex(sourceText: string): Set<string> {
  const values = new Set<string>();
  for (const n of findNumbers(sourceText, 0, sourceText.length)) {
    values.add(n.value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(n.value)) {
      // The year of a date is in the source too, and its day and month (a draft may leave out the year).
      values.add(n.value.slice(0, 4));
      values.add(`--${n.value.slice(5)}`);
    }
  }
  return values;
}
