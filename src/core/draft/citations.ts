/** A citation key as written in a draft: `[@id]`, `[@id, p. 3]`, `[see @a; @b]`, narrative `@id`. */
export interface CitationRef {
  key: string;
  /** The key with its `@` (and braces), as offsets into the draft. */
  start: number;
  end: number;
  narrative: boolean;
  /** The whole bracketed group, for bracketed citations. */
  group?: { start: number; end: number };
}

const KEY = String.raw`@(\{[^{}\n]{1,200}\}|[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_])){0,200})`;
/** A key where it stands (sticky): its longest form, as `findGroups` reads it. */
const KEY_AT = new RegExp(KEY, 'uy');
const KEY_IN_GROUP = new RegExp(String.raw`(?<![\p{L}\p{N}_.])-?${KEY}`, 'gu');
/** Narrative: `@id` after a space or punctuation, not inside an e-mail address. */
const NARRATIVE_AT = new RegExp(String.raw`(?<![\p{L}\p{N}_.@\[/:=])${KEY}`, 'uy');
const FOOTNOTE_REF = /\[\^([^\]\s]{1,99})\](?!:)/g;
/** What follows the `](` of a link: its target, an optional title, the `)` (sticky). */
const LINK_TAIL = /\s*<?([^)\s>]{1,1000})>?(?:\s+"[^"\n]*")?\s*\)/y;

function unbrace(key: string): string {
  return key.startsWith('{') ? key.slice(1, -1).trim() : key;
}

/** How many characters (code points) a group may hold before and after its first key. */
const AROUND_KEY = 1000;

/**
 * The bracketed groups of `text` that hold a key, not a link (`](`), reference (`][`) or
 * definition (`]:`): the matches of
 * `/\[(?!\^)([^\[\]\n]{0,1000}?-?KEY[^\[\]\n]{0,1000}?)\](?![(\[:])/gu`, found in linear time. That
 * pattern re-read the text after each `@` of each `[` up to the next bracket, and took seconds
 * on a long line of `[@…`; here the next bracket after a place is looked up once.
 */
function findGroups(text: string): { start: number; end: number }[] {
  // Code points, as the `u` flag counts them: pairs of surrogates count one.
  const astral = /[\uD800-\uDFFF]/.test(text);
  let counts: Int32Array | undefined;
  if (astral) {
    counts = new Int32Array(text.length + 1);
    for (let i = 0; i < text.length; i++) {
      const low = text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff;
      const afterHigh = i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
      counts[i + 1] = counts[i] + (low && afterHigh ? 0 : 1);
    }
  }
  const length = (a: number, b: number) => (counts ? counts[b] - counts[a] : b - a);
  // The first `[`, `]` or line end at or after a place.
  const nextSpecial = nextMatchAfter(text, /[[\]\n]/g);
  const groups: { start: number; end: number }[] = [];
  for (let open = text.indexOf('['); open >= 0; ) {
    const end = text[open + 1] === '^' ? -1 : groupEnd(open);
    if (end < 0) {
      open = text.indexOf('[', open + 1);
      continue;
    }
    groups.push({ start: open, end });
    open = text.indexOf('[', end);
  }
  return groups;

  /** Where the group opened at `open` ends (after its `]`), or -1 when it is none. */
  function groupEnd(open: number): number {
    const limit = nextSpecial(open + 1); // the text before the key holds no bracket or line end
    for (let at = text.indexOf('@', open + 1); at >= 0 && at < limit; at = text.indexOf('@', at + 1)) {
      const before = length(open + 1, at);
      if (before > AROUND_KEY + 1 || (before === AROUND_KEY + 1 && text[at - 1] !== '-')) return -1;
      KEY_AT.lastIndex = at;
      const key = KEY_AT.exec(text);
      if (!key) continue;
      // The longest key leaves the least to read before the `]`: no shorter one can do better.
      const keyEnd = at + key[0].length;
      const close = nextSpecial(keyEnd);
      if (text[close] !== ']' || length(keyEnd, close) > AROUND_KEY || '([:'.includes(text[close + 1] ?? '_')) continue;
      return close + 1;
    }
    return -1;
  }
}

/**
 * The first match of `pattern` (global) at or after a place, in `text` (its length if none).
 * The answer is kept while the places asked stay before it, as they only go forward.
 */
function nextMatchAfter(text: string, pattern: RegExp): (at: number) => number {
  let askedFrom = -1;
  let answer = -1;
  return (at) => {
    if (at < askedFrom || at > answer) {
      pattern.lastIndex = at;
      answer = pattern.exec(text)?.index ?? text.length;
    }
    askedFrom = at;
    return answer;
  };
}

/** The citation keys in `text` between `from` and `to` (offsets into the whole draft). */
export function findCitations(text: string, from = 0, to = text.length): CitationRef[] {
  // Every key has its `@`: most sentences have none, and skip the scans below.
  const at = text.indexOf('@', from);
  if (at < 0 || at >= to) return [];
  const slice = text.slice(from, to);
  const out: CitationRef[] = [];
  const groups = findGroups(slice);
  for (const { start: groupStart, end: groupEnd } of groups) {
    for (const k of slice.slice(groupStart + 1, groupEnd - 1).matchAll(KEY_IN_GROUP)) {
      const at = groupStart + 1 + k.index + (k[0].startsWith('-') ? 1 : 0);
      if (unbrace(k[1]) === '') continue; // `@{ }` names nothing
      out.push({ key: unbrace(k[1]), start: from + at, end: from + at + k[1].length + 1, narrative: false, group: { start: from + groupStart, end: from + groupEnd } });
    }
  }
  // Groups and narrative keys both come in order: one pass tells which keys stand in a group.
  let g = 0;
  for (const k of narrativeKeys(slice)) {
    while (g < groups.length && groups[g].end <= k.index) g++;
    if (g < groups.length && groups[g].start <= k.index) continue;
    if (unbrace(k[1]) === '') continue;
    out.push({ key: unbrace(k[1]), start: from + k.index, end: from + k.index + k[0].length, narrative: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The matches of `NARRATIVE_AT` as a global scan finds them, tried only at each `@` (where every key starts). */
function narrativeKeys(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let at = text.indexOf('@'); at >= 0; ) {
    NARRATIVE_AT.lastIndex = at;
    const m = NARRATIVE_AT.exec(text);
    if (m) out.push(m);
    at = text.indexOf('@', m ? at + m[0].length : at + 1);
  }
  return out;
}

export function findFootnoteRefs(text: string, from: number, to: number): { label: string; start: number; end: number }[] {
  return [...text.slice(from, to).matchAll(FOOTNOTE_REF)].map((m) => ({ label: m[1], start: from + m.index, end: from + m.index + m[0].length }));
}

/**
 * Markdown links `[text](target)` between `from` and `to`: a link to a corpus file cites it. The
 * matches of `/\[([^\]\n]{0,500})\]\(\s*<?([^)\s>]{1,1000})>?(?:\s+"[^"\n]*")?\s*\)/g`, found in
 * linear time: that pattern read up to 500 characters again after each `[`.
 */
export function findLinks(text: string, from: number, to: number): { target: string; start: number; end: number }[] {
  const slice = text.slice(from, to);
  const out: { target: string; start: number; end: number }[] = [];
  // The first `]` or line end at or after a place.
  const closeAfter = nextMatchAfter(slice, /[\]\n]/g);
  // What follows each `](`, read once however many `[` lead to it.
  const tails = new Map<number, RegExpExecArray | null>();
  for (let open = slice.indexOf('['); open >= 0; ) {
    const close = closeAfter(open + 1);
    if (slice[close] === ']' && close - open - 1 <= 500 && slice[close + 1] === '(') {
      let tail = tails.get(close);
      if (tail === undefined) {
        LINK_TAIL.lastIndex = close + 2;
        tails.set(close, (tail = LINK_TAIL.exec(slice)));
      }
      if (tail) {
        const end = close + 2 + tail[0].length;
        out.push({ target: tail[1], start: from + open, end: from + end });
        open = slice.indexOf('[', end);
        continue;
      }
    }
    open = slice.indexOf('[', open + 1);
  }
  return out;
}

/**
 * Where `[@id]` goes in a sentence: before its final punctuation ("… « paix » [@id]."), or
 * after a closing quotation that holds the sentence's own stop ("« C'est fini. » [@id]").
 */
export function citationInsertOffset(text: string, sentenceStart: number, sentenceEnd: number): number {
  const sentence = text.slice(sentenceStart, sentenceEnd);
  if (/[.!?…][\s\u00A0\u202F]*[»”"’)\]]+\s*$/.test(sentence)) return sentenceStart + sentence.trimEnd().length;
  // Where `/[\s\u00A0]*[.!?…]+\s*$/` would match, read from the end (that pattern is quadratic on "??????…").
  let end = sentence.length;
  while (end > 0 && /\s/.test(sentence[end - 1])) end--;
  let at = end;
  while (at > 0 && /[.!?…]/.test(sentence[at - 1])) at--;
  if (at === end) return sentenceEnd;
  while (at > 0 && /\s/.test(sentence[at - 1])) at--;
  return sentenceStart + at;
}
