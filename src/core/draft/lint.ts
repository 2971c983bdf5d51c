import { distance } from 'fastest-levenshtein';
import { message, type Message } from '../messages';
import { LineIndex } from '../text/lineIndex';
import { parseDraft, type Block } from './blocks';
import { findCitations, findFootnoteRefs, findLinks, type CitationRef } from './citations';
import { detectClaim, type Sensitivity, type Signal } from './claims';
import { splitSentences, type Sentence } from './sentences';
import { findNumbers, findQuotes, normaliseForQuote, numberIndex, quoteInSource } from './sourceChecks';
import { parseSuppressions } from './suppressions';

export const LINT_CODES = ['uncited-claim', 'unknown-source', 'quote-not-in-source', 'number-not-in-source'] as const;
export type LintCode = (typeof LINT_CODES)[number];
export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type CitationScope = 'sentence' | 'paragraph';

export const DEFAULT_SEVERITIES: Record<LintCode, Severity> = {
  'uncited-claim': 'warning',
  'unknown-source': 'error',
  'quote-not-in-source': 'warning',
  'number-not-in-source': 'warning',
};

export interface LintOptions {
  scope: CitationScope;
  sensitivity: Sensitivity;
  severities: Record<LintCode, Severity>;
  /** The draft's language, for sentence segmentation. */
  language: string;
}

export const DEFAULT_LINT_OPTIONS: LintOptions = { scope: 'sentence', sensitivity: 'medium', severities: DEFAULT_SEVERITIES, language: 'fr' };

/** The corpus as the checks see it. */
export interface SourceResolver {
  ids(): Iterable<string>;
  has(id: string): boolean;
  /** The id of the corpus source a Markdown link target (relative to the draft) names. */
  idForLink(target: string): string | undefined;
  /** The decoded text of a source. */
  text(id: string): Promise<string | undefined>;
}

export interface LintDiagnostic {
  code: LintCode;
  severity: Exclude<Severity, 'off'>;
  message: Message;
  /** The whole sentence (offsets into the draft). */
  start: number;
  end: number;
  /** What the diagnostic is about within the sentence: a key, a quote, a number. */
  target?: { start: number; end: number; text: string };
  signals?: Signal[];
  /** For unknown-source: the closest known key. */
  suggestion?: string;
}

/** A sentence with what cites it. */
export interface CheckedSentence extends Sentence {
  keys: CitationRef[];
  /** Ids cited by the sentence itself: keys, footnotes, links. */
  cited: string[];
}

/** Normalised text and numbers of each source, computed once per lint run. */
class SourceFacts {
  private readonly cache = new Map<string, Promise<{ quote: string; numbers: Set<string> } | undefined>>();
  constructor(private readonly resolver: SourceResolver) {}
  get(id: string) {
    let hit = this.cache.get(id);
    if (!hit) {
      hit = this.resolver.text(id).then((t) => (t === undefined ? undefined : { quote: normaliseForQuote(t), numbers: numberIndex(t) }));
      this.cache.set(id, hit);
    }
    return hit;
  }
}

/**
 * The known key closest to a mistyped one: within a third of the longer key's
 * length (so that a missing word, "speech-un-norms" for "speech-un-cyber-norms", is found).
 */
export function closestKey(key: string, ids: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const k = key.toLowerCase();
  for (const id of ids) {
    const limit = Math.max(1, Math.floor(Math.max(id.length, key.length) / 3));
    if (Math.abs(id.length - key.length) > limit) continue;
    const d = distance(k, id.toLowerCase());
    if (d <= limit && d / Math.max(id.length, key.length) < bestScore) [best, bestScore] = [id, d / Math.max(id.length, key.length)];
  }
  return best;
}

/** Blanks what is not the sentence's own words: citation groups, footnote calls, link targets. */
function wordsOnly(prose: string, s: Sentence, keys: CitationRef[], footnotes: { start: number; end: number }[]): string {
  const chars = prose.slice(s.start, s.end).split('');
  const blank = (a: number, b: number) => {
    for (let i = Math.max(a, s.start); i < Math.min(b, s.end); i++) chars[i - s.start] = ' ';
  };
  for (const k of keys) blank(k.group?.start ?? k.start, k.group?.end ?? k.end);
  for (const f of footnotes) blank(f.start, f.end);
  return chars.join('').replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length));
}

/** Checks a briefing draft: uncited claims, unknown keys, quotes and numbers not in the cited sources. */
export async function lintDraft(text: string, resolver: SourceResolver, options: LintOptions = DEFAULT_LINT_OPTIONS): Promise<LintDiagnostic[]> {
  const { blocks, prose, footnotes } = parseDraft(text);
  const lines = new LineIndex(text);
  const suppress = parseSuppressions(text, (o) => lines.position(o).line);
  const facts = new SourceFacts(resolver);
  const out: LintDiagnostic[] = [];
  const emit = (d: Omit<LintDiagnostic, 'severity'>) => {
    const severity = options.severities[d.code];
    if (severity === 'off' || suppress.silenced(d.code, lines.position(d.start).line)) return;
    out.push({ ...d, severity });
  };

  const footnoteCites = new Map<string, string[]>();
  for (const [label, block] of footnotes) footnoteCites.set(label, findCitations(prose, block.start, block.end).map((k) => k.key));

  const sentences: CheckedSentence[] = splitSentences(prose, blocks, options.language).map((s) => {
    const keys = findCitations(prose, s.start, s.end);
    const cited = new Set(keys.map((k) => k.key));
    for (const f of findFootnoteRefs(prose, s.start, s.end)) for (const id of footnoteCites.get(f.label) ?? []) cited.add(id);
    for (const l of findLinks(text, s.start, s.end)) {
      const id = resolver.idForLink(l.target);
      if (id) cited.add(id);
    }
    return { ...s, keys, cited: [...cited] };
  });

  // In paragraph scope, the citations of a block's last sentence cover the whole block.
  const blockCites = new Map<Block, string[]>();
  if (options.scope === 'paragraph') {
    for (const s of sentences) blockCites.set(s.block, s.cited);
  }

  for (const s of sentences) {
    for (const k of s.keys) {
      if (resolver.has(k.key)) continue;
      const suggestion = closestKey(k.key, resolver.ids());
      emit({
        code: 'unknown-source', start: s.start, end: s.end, target: { start: k.start, end: k.end, text: k.key }, suggestion,
        message: suggestion ? message('No source has the key "{0}". Did you mean "{1}"?', k.key, suggestion) : message('No source has the key "{0}".', k.key),
      });
    }
    if (s.block.kind === 'footnote') continue; // a footnote's text is the citation, not the claim
    const own = wordsOnly(prose, s, s.keys, findFootnoteRefs(prose, s.start, s.end));
    const cited = (s.cited.length > 0 ? s.cited : (blockCites.get(s.block) ?? [])).filter((id) => resolver.has(id));
    const verdict = detectClaim(own, s.block.heading, options.sensitivity);
    if (verdict.claim && s.cited.length === 0 && cited.length === 0) {
      emit({ code: 'uncited-claim', start: s.start, end: s.end, signals: verdict.signals, message: message('Claim without a citation ({0}).', verdict.signals.join(', ')) });
      continue;
    }
    if (cited.length === 0) continue;
    const sourceFacts = (await Promise.all(cited.map((id) => facts.get(id)))).filter((f) => f !== undefined);
    if (sourceFacts.length === 0) continue;
    for (const q of findQuotes(own, 0, own.length)) {
      if (sourceFacts.some((f) => quoteInSource(q.text, f.quote))) continue;
      emit({
        code: 'quote-not-in-source', start: s.start, end: s.end, target: { start: s.start + q.start, end: s.start + q.end, text: q.text },
        message: message('These quoted words are not in {0}: "{1}".', cited.join(', '), q.text),
      });
    }
    for (const n of findNumbers(own, 0, own.length)) {
      if (sourceFacts.some((f) => f.numbers.has(n.value))) continue;
      emit({
        code: 'number-not-in-source', start: s.start, end: s.end, target: { start: s.start + n.start, end: s.start + n.end, text: n.text },
        message: message('"{0}" is in none of the cited sources ({1}).', n.text, cited.join(', ')),
      });
    }
  }
  return out;
}

/** The sentences of a draft with their citations, for quick fixes and hovers. */
export function draftSentences(text: string, language = 'fr'): CheckedSentence[] {
  const { blocks, prose } = parseDraft(text);
  return splitSentences(prose, blocks, language).map((s) => {
    const keys = findCitations(prose, s.start, s.end);
    return { ...s, keys, cited: keys.map((k) => k.key) };
  });
}
