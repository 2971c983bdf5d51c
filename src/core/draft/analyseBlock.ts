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

/** What a block's text says, whatever its place in the draft: offsets relative to the block. */
export interface BlockAnalysis {
  sentences: {
    start: number;
    end: number;
    keys: CitationRef[];
    footnotes: string[];
    links: string[];
    verdict: ClaimVerdict;
    quotes: Quote[];
    numbers: NumberMention[];
  }[];
}

/** Blanks what is not the sentence's own words: citation groups, footnote calls, link targets. */
function wordsOnly(prose: string, start: number, end: number, keys: CitationRef[], footnotes: { start: number; end: number }[]): string {
  let own = prose.slice(start, end);
  if (keys.length > 0 || footnotes.length > 0) {
    const spans = [...keys.map((k) => k.group ?? k), ...footnotes].sort((a, b) => a.start - b.start);
    own = '';
    let at = start;
    for (const span of spans) {
      const from = Math.max(span.start, at);
      const to = Math.min(span.end, end);
      if (to <= from) continue;
      own += prose.slice(at, from) + ' '.repeat(to - from);
      at = to;
    }
    own += prose.slice(at, end);
  }
  return own.includes('](') ? own.replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length)) : own;
}

/** Sentences, citations, verdicts, quotes and numbers of one block, relative to its start. */
export function analyseBlock(text: string, prose: string, block: Block, options: AnalysisOptions): BlockAnalysis {
  return {
    sentences: splitSentences(prose, [block], options.language).map((s) => {
      const keys = findCitations(prose, s.start, s.end);
      const calls = findFootnoteRefs(prose, s.start, s.end);
      const own = wordsOnly(prose, s.start, s.end, keys, calls);
      const rel = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start - block.start, end: x.end - block.start });
      let verdict: ClaimVerdict | undefined;
      return {
        start: s.start - block.start,
        end: s.end - block.start,
        keys: keys.map((k) => ({ ...rel(k), ...(k.group ? { group: rel(k.group) } : {}) })),
        footnotes: calls.map((f) => f.label),
        links: findLinks(text, s.start, s.end).map((l) => l.target),
        // Judged when first asked: a sentence that cites a source is never asked whether it needs one.
        get verdict() {
          return (verdict ??= detectClaim(own, block.heading, options.sensitivity));
        },
        quotes: findQuotes(own, 0, own.length).map((q) => ({ ...q, start: q.start + s.start - block.start, end: q.end + s.start - block.start })),
        numbers: findNumbers(own, 0, own.length, true).map((n) => ({ ...n, start: n.start + s.start - block.start, end: n.end + s.start - block.start })),
      };
    }),
  };
}

