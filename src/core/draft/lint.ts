import { message, type Message } from '../messages';
import { KeyFinder, closestKey } from './closestKey';
import { LineIndex } from '../text/lineIndex';
import { parseDraft, type Block, type DraftStructure } from './blocks';
import { reparseDraftHow, type Reparsed } from './reparse';
import { timeSlicer } from '../timeSlices';
import { findCitations, type CitationRef } from './citations';
import type { BlockAnalysis } from './analyseBlock';
import { blockAnalyser, threadShare, type BlockAnalyser } from './blockAnalyser';
import type { Sensitivity, Signal } from './claims';
import { splitSentences, type Sentence } from './sentences';
import { SourceFacts } from './sourceChecks';
import { ThreadQuestions } from './askSources';
import { sourceThread, type SourceThread } from './sourceThread';
import { sentenceCites } from './sentenceCites';
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
  /** An object that stays the same while the set of ids does: lets a cache keep its suggestions. */
  identity?(): object;
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

/** A diagnostic before its severity, with offsets relative to its block's start. */
type Finding = Omit<LintDiagnostic, 'severity'>;

/** A sentence with what cites it. */
export interface CheckedSentence extends Sentence {
  keys: CitationRef[];
  /** Ids cited by the sentence itself: keys, footnotes, links. */
  cited: string[];
}

interface Analysed {
  text: string;
  structure: DraftStructure;
  optionsKey: string;
  list: BlockAnalysis[];
}

/** A draft's blocks, and the analysed check they were moved from, if they were. */
type Parsed = Reparsed & { base: Analysed | undefined };

interface CachedAnalysis {
  context: string;
  analysis: BlockAnalysis;
}

/**
 * What a check learns that the next check of the same draft can reuse: the analysis of each
 * block (by its text, heading, kind and the options), and the facts of each source (by its
 * text). After an edit only the blocks it touched are analysed again. Entries unused by a run
 * are dropped at its end, so the cache follows the draft and does not grow.
 */
export class LintCache {
  /** By the block's text; the entry says for which kind, heading and options it was made. */
  private blocks = new Map<string, CachedAnalysis>();
  private used = new Map<string, CachedAnalysis>();
  /** The last check's text, blocks and their analyses, which the next check starts from. */
  private analysed: Analysed | undefined;
  /** Each block's findings, by its analysis, for one corpus (resolver identity) and key. */
  private findings = new WeakMap<BlockAnalysis, { identity: object; key: string; found: Finding[] }>();
  private readonly facts = new Map<string, SourceFacts>();
  /** Whether a quote (a number's value) is in a source, by the source's facts (new facts, new answers). */
  private readonly quotes = new WeakMap<SourceFacts, Map<string, boolean>>();
  private readonly numbers = new WeakMap<SourceFacts, Map<string, boolean>>();
  /** Did-you-mean answers, and the keys indexed to find them (when asked here), by the resolver's set of ids. */
  private readonly suggestions = new WeakMap<object, { finder?: KeyFinder; answers: Map<string, string | undefined> }>();

  quoteIn(quote: string, facts: SourceFacts): boolean {
    const answers = answersOf(this.quotes, facts);
    let found = answers.get(quote);
    if (found === undefined) answers.set(quote, (found = facts.hasQuote(quote)));
    return found;
  }

  numberIn(value: string, facts: SourceFacts): boolean {
    const answers = answersOf(this.numbers, facts);
    let found = answers.get(value);
    if (found === undefined) answers.set(value, (found = facts.hasNumber(value)));
    return found;
  }

  suggestion(key: string, resolver: SourceResolver): string | undefined {
    const identity = resolver.identity?.();
    if (!identity) return closestKey(key, resolver.ids());
    let known = this.suggestions.get(identity);
    if (!known) this.suggestions.set(identity, (known = { answers: new Map() }));
    if (!known.answers.has(key)) known.answers.set(key, (known.finder ??= new KeyFinder(resolver.ids())).closest(key));
    return known.answers.get(key);
  }

  /** Answers found in another thread, kept as this cache keeps its own. */
  learnQuote(facts: SourceFacts, quote: string, found: boolean): void {
    answersOf(this.quotes, facts).set(quote, found);
  }

  learnNumber(facts: SourceFacts, value: string, found: boolean): void {
    answersOf(this.numbers, facts).set(value, found);
  }

  knowsQuote(facts: SourceFacts, quote: string): boolean {
    return this.quotes.get(facts)?.has(quote) ?? false;
  }

  knowsNumber(facts: SourceFacts, value: string): boolean {
    return this.numbers.get(facts)?.has(value) ?? false;
  }

  /**
   * The draft's blocks: after an edit inside one paragraph, those of the last check that was
   * analysed, moved. That check travels with the result: checks may overlap (each lets the
   * event loop go), and moved blocks only mean something next to the analyses they came from.
   */
  parse(text: string): Parsed {
    const base = this.analysed;
    return { ...reparseDraftHow(base, text), base };
  }

  /**
   * The analysis of every block. When the blocks are those of the last check, moved by an edit
   * inside one of them, only that one is looked up again: the others keep their analyses.
   * Otherwise, when many blocks are new (a first check), the analyser's thread takes the last
   * of them while this thread analyses the first.
   */
  async analyses(text: string, parsed: Parsed, optionsKey: string, analyser: BlockAnalyser, pause: () => Promise<void> | undefined): Promise<BlockAnalysis[]> {
    const { structure, base } = parsed;
    const { blocks } = structure;
    const contextOf = (b: Block) => `${optionsKey}|${b.kind}|${b.heading}`;
    let list: BlockAnalysis[];
    if (parsed.moved && base && base.optionsKey === optionsKey && base.list.length === blocks.length) {
      list = base.list.slice();
      if (parsed.edited !== undefined) {
        const b = blocks[parsed.edited];
        // Looked up, not stored: a keystroke's versions of a paragraph would pile up until a full check.
        const hit = this.blocks.get(text.slice(b.start, b.end));
        list[parsed.edited] = hit && hit.context === contextOf(b) ? hit.analysis : analyser.one(b);
      }
    } else {
      list = [];
      const texts = blocks.map((b) => text.slice(b.start, b.end));
      const hits = blocks.map((b, i) => this.known(texts[i], contextOf(b)));
      const { many } = analyser;
      const split = many ? threadShare(blocks, hits) : blocks.length;
      const away = many && split < blocks.length ? many(blocks.slice(split).filter((_, k) => !hits[split + k])) : undefined;
      for (let i = 0; i < split; i++) {
        list.push(this.keep(texts[i], hits[i] ?? { context: contextOf(blocks[i]), analysis: analyser.one(blocks[i]) }));
        const paused = pause();
        if (paused) await paused; // no microtask turn for each block when there is no pause
      }
      if (away) analyser.waiting?.(list);
      const fromThread = await away;
      let next = 0;
      for (let i = split; i < blocks.length; i++) {
        // Unpacked one block at a time, between pauses: unpacking all at once blocked for 15 ms and more.
        const made = hits[i] ? undefined : fromThread?.[next++];
        list.push(this.keep(texts[i], hits[i] ?? { context: contextOf(blocks[i]), analysis: made ? made() : analyser.one(blocks[i]) }));
        const paused = pause();
        if (paused) await paused;
      }
      this.sweep();
    }
    this.analysed = { text, structure, optionsKey, list };
    return list;
  }

  /** The analysis of a block's text kept from a check before, if made in the same context. */
  private known(text: string, context: string): CachedAnalysis | undefined {
    // Keyed by the text alone: building one key string of context and text copied the whole
    // draft at every check. A block whose text recurs in another context is analysed again.
    const hit = this.used.get(text) ?? this.blocks.get(text);
    return hit && hit.context === context ? hit : undefined;
  }

  private keep(text: string, hit: CachedAnalysis): BlockAnalysis {
    this.used.set(text, hit);
    return hit.analysis;
  }

  findingsOf(analysis: BlockAnalysis, identity: object, key: string): Finding[] | undefined {
    const hit = this.findings.get(analysis);
    return hit && hit.identity === identity && hit.key === key ? hit.found : undefined;
  }

  keepFindings(analysis: BlockAnalysis, identity: object, key: string, found: Finding[]): void {
    this.findings.set(analysis, { identity, key, found });
  }

  factsOf(id: string, text: string): SourceFacts {
    const hit = this.facts.get(id);
    if (hit && hit.text === text) return hit;
    const facts = new SourceFacts(text);
    this.facts.set(id, facts);
    return facts;
  }

  /** Ends a full pass: blocks the draft no longer has are forgotten. */
  private sweep(): void {
    this.blocks = this.used;
    this.used = new Map();
  }
}

function answersOf(memo: WeakMap<SourceFacts, Map<string, boolean>>, facts: SourceFacts): Map<string, boolean> {
  let answers = memo.get(facts);
  if (!answers) memo.set(facts, (answers = new Map()));
  return answers;
}

/**
 * Checks a briefing draft: uncited claims, unknown keys, quotes and numbers not in the cited
 * sources. With a cache, a check after an edit analyses only the blocks the edit touched. A long
 * check asks the sources in `thread` (null: in this thread only); the findings are the same.
 */
export async function lintDraft(text: string, resolver: SourceResolver, options: LintOptions = DEFAULT_LINT_OPTIONS, cache = new LintCache(), thread: SourceThread | null = sourceThread): Promise<LintDiagnostic[]> {
  const parsed = cache.parse(text);
  const { blocks, prose, footnotes } = parsed.structure;
  const lines = new LineIndex(text);
  const suppress = parseSuppressions(text, (o) => lines.position(o).line);
  const out: LintDiagnostic[] = [];
  const optionsKey = `${options.language}|${options.sensitivity}`;
  // Long checks (a first check of a long draft) let the event loop go every few milliseconds.
  const pause = timeSlicer();
  // Filled once every block is analysed: what each footnote cites.
  const footnoteCites = new Map<string, string[]>();
  const facts = new Map<string, Promise<SourceFacts | undefined>>();
  const check: BlockCheck = {
    resolver,
    options,
    cache,
    footnoteCites,
    factsOf: (id) => {
      let f = facts.get(id);
      if (!f) facts.set(id, (f = resolver.text(id).then((t) => (t === undefined ? undefined : cache.factsOf(id, t)))));
      return f;
    },
  };
  // A block's findings depend on its analysis, the corpus (the resolver's identity), the scope,
  // and what the footnotes it calls cite: while those stay, they are those of the last check.
  const identity = resolver.identity?.();
  const scopeKey = `${options.scope}|`;
  const findingsKey = (analysis: BlockAnalysis) => {
    const calls = footnoteKey(analysis, footnoteCites);
    return calls ? scopeKey + calls : scopeKey; // most blocks call no footnote: one string for all
  };
  const knownAs = (analysis: BlockAnalysis, key: string) => (identity ? cache.findingsOf(analysis, identity, key) : undefined);
  const known = (analysis: BlockAnalysis) => knownAs(analysis, findingsKey(analysis));
  // A long first check asks the sources in another thread while this one judges uncited
  // sentences: first about the blocks analysed here, while the thread analyses its own.
  const questions = thread?.available ? new ThreadQuestions(blocks, check, pause, thread) : undefined;
  const analyser = blockAnalyser(text, prose, options, thread, (analysed) => questions?.early(analysed, (a) => !known(a)));
  const analyses = await cache.analyses(text, parsed, optionsKey, analyser, pause);

  blocks.forEach((block, i) => {
    if (block.kind === 'footnote' && block.footnote && footnotes.get(block.footnote) === block) {
      footnoteCites.set(block.footnote, analyses[i].sentences.flatMap((s) => s.keys.map((k) => k.key)));
    }
  });
  const keys = analyses.map(findingsKey);
  const cached = analyses.map((analysis, i) => knownAs(analysis, keys[i]));
  // The sources that the blocks to check hold numbers or quotes from are read ahead, a few at a
  // time, rather than one after the other as the blocks come.
  readAhead(resolver, citedForFacts(analyses.filter((_, i) => !cached[i]), footnoteCites, resolver));
  questions?.rest(analyses.map((a, i) => (cached[i] ? undefined : a)));
  for (const [i, block] of blocks.entries()) {
    const analysis = analyses[i];
    const key = keys[i];
    let found = cached[i];
    if (!found) {
      const answered = questions?.ready(i);
      if (answered) await answered;
      found = await checkBlock(block, analysis, check);
      if (identity) cache.keepFindings(analysis, identity, key, found);
    }
    const paused = pause();
    if (paused) await paused;
    for (const d of found) {
      const severity = options.severities[d.code];
      const start = block.start + d.start;
      if (severity === 'off' || suppress.silenced(d.code, lines.position(start).line)) continue;
      const target = d.target && { ...d.target, start: block.start + d.target.start, end: block.start + d.target.end };
      out.push({ ...d, start, end: block.start + d.end, ...(target ? { target } : {}), severity });
    }
  }
  await questions?.finished();
  return out;
}

/** What checking a block needs besides the block. */
export interface BlockCheck {
  resolver: SourceResolver;
  options: LintOptions;
  cache: LintCache;
  footnoteCites: Map<string, string[]>;
  factsOf: (id: string) => Promise<SourceFacts | undefined>;
}

/** How many sources are read at once ahead of the checks that need them. */
const READ_AHEAD = 8;

/** Reads the texts of sources ahead (the resolver keeps them), READ_AHEAD at a time. */
function readAhead(resolver: SourceResolver, ids: string[]): void {
  let next = 0;
  const worker = (): Promise<void> | undefined => (next < ids.length ? resolver.text(ids[next++]).then(worker, worker) : undefined);
  for (let k = 0; k < READ_AHEAD; k++) void worker();
}

/** The known sources that sentences with numbers or quotes cite (by key, footnote or link). */
function citedForFacts(analyses: readonly BlockAnalysis[], footnoteCites: Map<string, string[]>, resolver: SourceResolver): string[] {
  const ids = new Set<string>();
  for (const analysis of analyses) {
    if (!analysis.sentences.some((s) => s.quotes.length > 0 || s.numbers.length > 0)) continue;
    for (const s of analysis.sentences) {
      for (const k of s.keys) ids.add(k.key);
      for (const label of s.footnotes) for (const id of footnoteCites.get(label) ?? []) ids.add(id);
      for (const target of s.links) {
        const id = resolver.idForLink(target);
        if (id) ids.add(id);
      }
    }
  }
  return [...ids].filter((id) => resolver.has(id));
}

/** What a block's footnote calls cite, as a key: most blocks call none. */
function footnoteKey(analysis: BlockAnalysis, footnoteCites: Map<string, string[]>): string {
  let key = '';
  for (const s of analysis.sentences) for (const label of s.footnotes) key += `${label}=${(footnoteCites.get(label) ?? []).join(',')};`;
  return key;
}

/** The findings of one block, with offsets relative to its start, before severities and suppressions. */
async function checkBlock(block: Block, analysis: BlockAnalysis, check: BlockCheck): Promise<Finding[]> {
  const { resolver, cache, factsOf } = check;
  const out: Finding[] = [];
  const { cites, blockCites } = sentenceCites(analysis, check);
  for (const [i, s] of analysis.sentences.entries()) {
    const { start, end } = s;
    for (const k of s.keys) {
      if (resolver.has(k.key)) continue;
      const suggestion = cache.suggestion(k.key, resolver);
      out.push({
        code: 'unknown-source', start, end, target: { start: k.start, end: k.end, text: k.key }, suggestion,
        message: suggestion ? message('No source has the key "{0}". Did you mean "{1}"?', k.key, suggestion) : message('No source has the key "{0}".', k.key),
      });
    }
    if (block.kind === 'footnote') continue; // a footnote's text is the citation, not the claim
    const cited = (cites[i].length > 0 ? cites[i] : blockCites).filter((id) => resolver.has(id));
    if (cites[i].length === 0 && cited.length === 0 && s.verdict.claim) {
      out.push({ code: 'uncited-claim', start, end, signals: s.verdict.signals, message: message('Claim without a citation ({0}).', s.verdict.signals.join(', ')) });
      continue;
    }
    if (cited.length === 0 || (s.quotes.length === 0 && s.numbers.length === 0)) continue;
    const sourceFacts = (await Promise.all(cited.map(factsOf))).filter((f) => f !== undefined);
    if (sourceFacts.length === 0) continue;
    for (const q of s.quotes) {
      if (sourceFacts.some((f) => cache.quoteIn(q.text, f))) continue;
      out.push({
        code: 'quote-not-in-source', start, end, target: { start: q.start, end: q.end, text: q.text },
        message: message('These quoted words are not in {0}: "{1}".', cited.join(', '), q.text),
      });
    }
    for (const n of s.numbers) {
      if (sourceFacts.some((f) => cache.numberIn(n.value, f))) continue;
      out.push({
        code: 'number-not-in-source', start, end, target: { start: n.start, end: n.end, text: n.text },
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
