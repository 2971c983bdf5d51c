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
/** A bracketed group holding at least one key; not a link (`](`), reference (`][`) or definition (`]:`). */
const GROUP = new RegExp(String.raw`\[(?!\^)([^\[\]\n]{0,1000}?-?${KEY}[^\[\]\n]{0,1000}?)\](?![(\[:])`, 'gu');
const KEY_IN_GROUP = new RegExp(String.raw`(?<![\p{L}\p{N}_.])-?${KEY}`, 'gu');
/** Narrative: `@id` after a space or punctuation, not inside an e-mail address. */
const NARRATIVE = new RegExp(String.raw`(?<![\p{L}\p{N}_.@\[/:=])${KEY}`, 'gu');
const FOOTNOTE_REF = /\[\^([^\]\s]{1,99})\](?!:)/g;
const LINK = /\[([^\]\n]{0,500})\]\(\s*<?([^)\s>]{1,1000})>?(?:\s+"[^"\n]*")?\s*\)/g;

function unbrace(key: string): string {
  return key.startsWith('{') ? key.slice(1, -1).trim() : key;
}

/** The citation keys in `text` between `from` and `to` (offsets into the whole draft). */
export function findCitations(text: string, from = 0, to = text.length): CitationRef[] {
  const slice = text.slice(from, to);
  const out: CitationRef[] = [];
  const inGroups: [number, number][] = [];
  for (const g of slice.matchAll(GROUP)) {
    const groupStart = g.index;
    const groupEnd = g.index + g[0].length;
    inGroups.push([groupStart, groupEnd]);
    for (const k of g[1].matchAll(KEY_IN_GROUP)) {
      const at = groupStart + 1 + k.index + (k[0].startsWith('-') ? 1 : 0);
      out.push({ key: unbrace(k[1]), start: from + at, end: from + at + k[1].length + 1, narrative: false, group: { start: from + groupStart, end: from + groupEnd } });
    }
  }
  for (const k of slice.matchAll(NARRATIVE)) {
    if (inGroups.some(([s, e]) => k.index >= s && k.index < e)) continue;
    out.push({ key: unbrace(k[1]), start: from + k.index, end: from + k.index + k[0].length, narrative: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function findFootnoteRefs(text: string, from: number, to: number): { label: string; start: number; end: number }[] {
  return [...text.slice(from, to).matchAll(FOOTNOTE_REF)].map((m) => ({ label: m[1], start: from + m.index, end: from + m.index + m[0].length }));
}

/** Markdown links `[text](target)` between `from` and `to`: a link to a corpus file cites it. */
export function findLinks(text: string, from: number, to: number): { target: string; start: number; end: number }[] {
  return [...text.slice(from, to).matchAll(LINK)].map((m) => ({ target: m[2], start: from + m.index, end: from + m.index + m[0].length }));
}

/**
 * Where `[@id]` goes in a sentence: before its final punctuation ("… « paix » [@id]."), or
 * after a closing quotation that holds the sentence's own stop ("« C'est fini. » [@id]").
 */
export function citationInsertOffset(text: string, sentenceStart: number, sentenceEnd: number): number {
  const sentence = text.slice(sentenceStart, sentenceEnd);
  if (/[.!?…][\s\u00A0\u202F]*[»”"’)\]]+\s*$/.test(sentence)) return sentenceStart + sentence.trimEnd().length;
  const m = /[\s\u00A0]*[.!?…]+\s*$/.exec(sentence);
  return m ? sentenceStart + m.index : sentenceEnd;
}
