import type { Block } from './blocks';

export interface Sentence {
  start: number;
  end: number;
  block: Block;
}

/** Abbreviations after which a full stop does not end a sentence (folded, without the stop). */
const ABBREVIATIONS = new Set(
  ('m mm mme mmes mlle mlles me mgr dr pr st ste cf art al p pp ch chap vol n no nº env etc ibid op cit av apr ' +
    'j.-c hab min max fig éd ed coll dir trad mr mrs ms jr sr vs v e.g i.e gen gén col cdt lt sgt adm prof ' +
    'janv févr fév avr juil sept oct nov déc jan feb mar apr jun jul aug sep dec inc ltd co corp dept univ')
    .split(' '),
);

/** Segmenters by language; created once (their construction is not free). */
const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) segmenters.set(language, (s = new Intl.Segmenter(language, { granularity: 'sentence' })));
  return s;
}

/** Blocks longer than this are cut at line breaks first: Intl.Segmenter is quadratic. */
const MAX_SEGMENT = 4000;

const ABBREVIATION_END = /(?:^|[\s(«“"'’])((?:\p{L}{1,5}\.-?)*\p{L}{1,8})\.\s*$/u;

function endsWithAbbreviation(text: string): boolean {
  // Only the last word can match: the pattern runs on it alone (from the space before it), so
  // that a long run of initials ("A. A. A. …"), re-read at each of its stops, stays linear.
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let space = end - 1;
  while (space >= 0 && !/\s/.test(text[space])) space--;
  const m = ABBREVIATION_END.exec(space < 0 ? text : text.slice(space));
  if (!m) return false;
  const word = m[1].toLowerCase();
  // Initials: "V.V." before "Poutine", "A." before "Kroutskikh", "J.-Y." before "Le Drian".
  if (/^(?:\p{Lu}\.-?)*\p{Lu}$/u.test(m[1])) return true;
  return ABBREVIATIONS.has(word);
}

/**
 * Sentences of each block. Intl.Segmenter runs on one block at a time, then a repair pass
 * rejoins what it cuts wrongly in French: after abbreviations and initials ("M. Dupont",
 * "V.V. Poutine"), before a lower-case continuation, and around closing guillemets
 * ("pas. » Le ministère", "« Jamais ! » a-t-il ajouté").
 */
export function splitSentences(prose: string, blocks: readonly Block[], language = 'fr'): Sentence[] {
  const out: Sentence[] = [];
  const spans: { block: Block; start: number; end: number }[] = [];
  for (const block of blocks) for (const [start, end] of pieces(prose, block.start, block.end)) spans.push({ block, start, end });
  // A soft line break inside a block is a space: ICU would end a sentence at every line feed.
  const texts = spans.map(({ start, end }) => prose.slice(start, end).replace(/[\r\n]/g, ' '));
  const segments = segmentEach(texts, language);
  spans.forEach(({ block, start: s }, k) => {
    for (const [a, b] of keepFootnoteCalls(texts[k], repair(texts[k], segments[k]))) {
      let start = s + a;
      let end = s + b;
      while (start < end && /\s/.test(prose[start])) start++;
      while (end > start && /\s/.test(prose[end - 1])) end--;
      if (end > start) out.push({ start, end, block });
    }
  });
  return out;
}

/** How long the texts segmented in one call may be together: each call costs, and ICU is quadratic. */
const BATCH = 1000;
/** Joins texts in a batch: the segmenter always breaks after it, and looks no further. */
const PARAGRAPH_SEPARATOR = '\u2029';

/**
 * The segments of each text, as `Intl.Segmenter` cuts each alone. Short texts are cut together,
 * joined by paragraph separators (Unicode's sentence rules break after one, and no rule reads
 * past it): thousands of calls on single paragraphs took twice the time of cutting them.
 */
export function segmentEach(texts: readonly string[], language: string): [number, number][][] {
  const out: [number, number][][] = [];
  for (let first = 0; first < texts.length; ) {
    let last = first;
    let length = texts[first].length;
    while (last + 1 < texts.length && length + 1 + texts[last + 1].length <= BATCH) length += 1 + texts[++last].length;
    const breaks: number[] = [];
    for (const seg of segmenter(language).segment(texts.slice(first, last + 1).join(PARAGRAPH_SEPARATOR))) breaks.push(seg.index);
    let b = 0;
    let offset = 0;
    for (let k = first; k <= last; k++) {
      const end = offset + texts[k].length;
      const cuts = [0];
      while (b < breaks.length && breaks[b] <= offset) b++;
      for (; b < breaks.length && breaks[b] < end; b++) cuts.push(breaks[b] - offset);
      const segments: [number, number][] = [];
      if (end > offset) {
        cuts.push(end - offset);
        for (let c = 0; c + 1 < cuts.length; c++) segments.push([cuts[c], cuts[c + 1]]);
      }
      out.push(segments);
      offset = end + 1;
    }
    first = last + 1;
  }
  return out;
}

const FOOTNOTE_CALL = /\[\^[^\]\s]{1,99}\]/g;

/** A stop, a footnote call, then a new sentence: ICU sees no boundary there. */
const STOP_AND_CALL = /[.!?…][»”"’)]*\[\^[^\]\s]{1,99}\](?=\s+[\p{Lu}«“"])/gu;

/** A footnote call belongs to the sentence it follows ("… en 2018.[^1]"): no boundary inside or before it. */
function keepFootnoteCalls(text: string, segments: [number, number][]): [number, number][] {
  for (const m of text.matchAll(STOP_AND_CALL)) {
    const cut = m.index + m[0].length;
    const k = segments.findIndex(([a, b]) => a < cut && cut < b);
    if (k >= 0) segments.splice(k, 1, [segments[k][0], cut], [cut, segments[k][1]]);
  }
  for (const m of text.matchAll(FOOTNOTE_CALL)) {
    const a = m.index;
    const b = a + m[0].length;
    for (let k = 0; k + 1 < segments.length; k++) {
      const boundary = segments[k][1];
      if (boundary >= a && boundary < b) {
        segments[k][1] = b;
        segments[k + 1][0] = b;
      }
    }
  }
  return segments.filter(([a, b]) => b > a);
}

/** A block cut at line breaks (or hard) when it is too long for the segmenter. */
function pieces(text: string, start: number, end: number): [number, number][] {
  if (end - start <= MAX_SEGMENT) return [[start, end]];
  const out: [number, number][] = [];
  let s = start;
  while (s < end) {
    let e = Math.min(end, s + MAX_SEGMENT);
    if (e < end) {
      // Looked for in the piece only: from `e` back to the start of a long text, each time, was quadratic.
      const piece = text.slice(s, e + 2);
      const stop = s + Math.max(piece.lastIndexOf('. ', e - s), piece.lastIndexOf('\n', e - s));
      if (stop > s) e = stop + 1;
    }
    out.push([s, e]);
    s = e;
  }
  return out;
}

function repair(text: string, segments: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    if (!prev) {
      out.push([...seg]);
      continue;
    }
    const before = text.slice(prev[0], prev[1]);
    let next = text.slice(seg[0], seg[1]);
    // A closing guillemet, quote, bracket or emphasis mark cut from its sentence goes back to it.
    // Emphasis marks close only when glued to the sentence ("Sanctions.**"); after a space they open.
    // (`[*_]+`, not `(?:\*{1,2}|_{1,2})+`: the same marks, without an exponential number of ways to split a run of them.)
    const closing = (/\s/.test(before.slice(-1)) ? null : /^[*_]+(?=[\s\u00A0\u202F]|$)[\s\u00A0\u202F]*/.exec(next)) ?? /^[\s\u00A0\u202F]*[»”)\]’"]+[\s\u00A0\u202F]*/.exec(next);
    if (closing) {
      prev[1] = seg[0] + closing[0].length;
      next = next.slice(closing[0].length);
      if (!next.trim()) continue;
      seg[0] = prev[1];
    }
    const continues = /^[\s\u00A0]*(?:\p{Ll}|[,;:–—-]|\d)/u.test(next) || endsWithAbbreviation(before) || (closing !== null && /^\s*\p{Ll}/u.test(next));
    if (continues) prev[1] = seg[1];
    else out.push([...seg]);
  }
  return out;
}
