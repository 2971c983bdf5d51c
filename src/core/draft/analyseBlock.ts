import type { Block } from './blocks';
import { findCitations, findFootnoteRefs, findLinks, type CitationRef } from './citations';
import { detectClaim, type ClaimVerdict, type Sensitivity } from './claims';
import { splitSentences } from './sentences';
import { findNumbers, findQuotes, type NumberMention, type Quote } from './sourceChecks';

/** What analysing a block depends on besides its text. */
export interface AnalysisOptions {
  /** The draft's language, for sentence segmentation. */
  language: string;
  sensitivity: Sensitivity;
}

/** A footnote call (`[^label]`) where it stands. */
interface FootnoteCall {
  label: string;
  start: number;
  end: number;
}

/**
 * What a sentence says, offsets relative to its block: plain data, the same whichever thread
 * found it (see analysisJob.ts).
 */
export interface SentenceData {
  start: number;
  end: number;
  keys: CitationRef[];
  calls: FootnoteCall[];
  links: string[];
  quotes: Quote[];
  numbers: NumberMention[];
}

/** A sentence as the checks use it: its data, the labels of its footnotes, and its verdict. */
export interface AnalysedSentence extends Omit<SentenceData, 'calls'> {
  footnotes: string[];
  readonly verdict: ClaimVerdict;
}

/** What a block's text says, whatever its place in the draft: offsets relative to the block. */
export interface BlockAnalysis {
  sentences: AnalysedSentence[];
}

/**
 * Blanks what is not the sentence's own words: citation groups, footnote calls, link targets.
 * The spans are offsets into `prose` once `base` is added.
 */
function wordsOnly(prose: string, start: number, end: number, keys: readonly CitationRef[], calls: readonly { start: number; end: number }[], base: number): string {
  let own = prose.slice(start, end);
  if (keys.length > 0 || calls.length > 0) {
    const spans = [...keys.map((k) => k.group ?? k), ...calls].sort((a, b) => a.start - b.start);
    own = '';
    let at = start;
    for (const span of spans) {
      const from = Math.max(base + span.start, at);
      const to = Math.min(base + span.end, end);
      if (to <= from) continue;
      own += prose.slice(at, from) + ' '.repeat(to - from);
      at = to;
    }
    own += prose.slice(at, end);
  }
  return own.includes('](') ? own.replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length)) : own;
}

/** Sentences, citations, quotes and numbers of one block, relative to its start. */
export function sentencesOf(text: string, prose: string, block: Block, language: string): SentenceData[] {
  const rel = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start - block.start, end: x.end - block.start });
  return splitSentences(prose, [block], language).map((s) => {
    const keys = findCitations(prose, s.start, s.end);
    const calls = findFootnoteRefs(prose, s.start, s.end);
    const own = wordsOnly(prose, s.start, s.end, keys, calls, 0);
    const shift = s.start - block.start;
    return {
      start: s.start - block.start,
      end: s.end - block.start,
      keys: keys.map((k) => ({ ...rel(k), ...(k.group ? { group: rel(k.group) } : {}) })),
      calls: calls.map(rel),
      links: findLinks(text, s.start, s.end).map((l) => l.target),
      quotes: findQuotes(own, 0, own.length).map((q) => ({ ...q, start: q.start + shift, end: q.end + shift })),
      numbers: findNumbers(own, 0, own.length, true).map((n) => ({ ...n, start: n.start + shift, end: n.end + shift })),
    };
  });
}

/** A sentence judged when first asked: one that cites a source is never asked whether it needs one. */
class Sentence implements AnalysedSentence {
  readonly start: number;
  readonly end: number;
  readonly keys: CitationRef[];
  readonly footnotes: string[];
  readonly links: string[];
  readonly quotes: Quote[];
  readonly numbers: NumberMention[];
  private readonly calls: FootnoteCall[];
  private judged: ClaimVerdict | undefined;

  constructor(data: SentenceData, private readonly prose: string, private readonly block: Block, private readonly sensitivity: Sensitivity) {
    this.start = data.start;
    this.end = data.end;
    this.keys = data.keys;
    this.calls = data.calls;
    this.footnotes = data.calls.map((c) => c.label);
    this.links = data.links;
    this.quotes = data.quotes;
    this.numbers = data.numbers;
  }

  get verdict(): ClaimVerdict {
    const base = this.block.start;
    return (this.judged ??= detectClaim(wordsOnly(this.prose, base + this.start, base + this.end, this.keys, this.calls, base), this.block.heading, this.sensitivity));
  }
}

/** The block's analysis from its sentences' data, found in this thread or another. */
export function withVerdicts(data: readonly SentenceData[], prose: string, block: Block, sensitivity: Sensitivity): BlockAnalysis {
  return { sentences: data.map((s) => new Sentence(s, prose, block, sensitivity)) };
}

/** Sentences, citations, verdicts, quotes and numbers of one block, relative to its start. */
export function analyseBlock(text: string, prose: string, block: Block, options: AnalysisOptions): BlockAnalysis {
  return withVerdicts(sentencesOf(text, prose, block, options.language), prose, block, options.sensitivity);
}
