import type { BlockAnalysis } from './analyseBlock';
import type { Block } from './blocks';
import type { BlockCheck } from './lint';
import { sentenceCites } from './sentenceCites';
import type { SourceFacts } from './sourceChecks';
import type { SourceQuestions } from './sourceQuestions';
import type { SourceThread } from './sourceThread';

/** Below this many questions a batch is answered by the check itself: the thread's round trip costs more. */
export const MIN_QUESTIONS = 200;

/** What one batch asks of each cited source. */
type Asked = Map<string, { quotes: Set<string>; numbers: Set<string> }>;

/** Numbers the checks' batches, so that the thread tells the batches of one check from another's. */
let checks = 0;

/**
 * The first check of a long draft asks the cited sources in another thread whether quotations
 * and numbers stand in them, and meanwhile judges the sentences that cite nothing and finds the
 * keys meant by mistyped ones: the two halves of a check, on two cores. It asks in two batches:
 * the blocks analysed here, while the thread still analyses its own (so that it answers them as
 * soon as it is done, and this thread judges while it waits), then the other blocks. The
 * answers go into the check's cache, where the check finds them as if it had found them itself.
 * A batch with few questions is left to the check, which answers what is not in its cache.
 */
export class ThreadQuestions {
  /** Blocks asked about in the first batch, by index. */
  private readonly asked = new Set<number>();
  /** Each batch while it is answered: the first, then the second. */
  private first: Promise<void> | undefined;
  private second: Promise<void> | undefined;
  /** What was sent of each source, so that the second batch does not ask it again. */
  private readonly sent = new Map<SourceFacts, { quotes: Set<string>; numbers: Set<string> }>();
  private readonly check = checks++;

  constructor(
    private readonly blocks: readonly Block[],
    private readonly lint: BlockCheck,
    private readonly pause: () => Promise<void> | undefined,
    private readonly thread: SourceThread,
  ) {}

  /**
   * The first batch: the blocks analysed here so far (`analysed[i]` is block i's) that `ready`
   * accepts. Blocks that call footnotes wait for the second: the footnotes may be analysed there.
   */
  early(analysed: readonly BlockAnalysis[], ready: (analysis: BlockAnalysis) => boolean): void {
    const todo = analysed.map((a) => (ready(a) && a.sentences.every((s) => s.footnotes.length === 0) ? a : undefined));
    todo.forEach((a, i) => a && this.asked.add(i));
    this.first = settled(this.ask(todo, false), () => (this.first = undefined));
  }

  /** The second batch: every block to check not asked yet. */
  rest(todo: readonly (BlockAnalysis | undefined)[]): void {
    this.second = settled(this.ask(todo.map((a, i) => (this.asked.has(i) ? undefined : a)), true), () => (this.second = undefined));
  }

  /**
   * What to await before checking block i: its batch, while it is answered (nothing once it is).
   * The check goes through the blocks of the first batch while the thread answers the second.
   */
  ready(i: number): Promise<void> | undefined {
    return this.asked.has(i) ? this.first : this.second;
  }

  /** Both batches answered: a check returns with no work of its own still going. */
  async finished(): Promise<void> {
    await this.first;
    await this.second;
  }

  private async ask(todo: readonly (BlockAnalysis | undefined)[], last: boolean): Promise<void> {
    const { resolver, cache } = this.lint;
    const asked: Asked = new Map();
    const unknown = new Set<string>();
    const toJudge: BlockAnalysis['sentences'] = [];
    let count = 0;
    todo.forEach((analysis, b) => {
      if (!analysis) return;
      const { cites, blockCites } = sentenceCites(analysis, this.lint);
      analysis.sentences.forEach((s, i) => {
        for (const k of s.keys) if (!resolver.has(k.key)) unknown.add(k.key);
        if (this.blocks[b].kind === 'footnote') return;
        const cited = (cites[i].length > 0 ? cites[i] : blockCites).filter((id) => resolver.has(id));
        if (cites[i].length === 0 && cited.length === 0) toJudge.push(s);
        if (cited.length === 0 || (s.quotes.length === 0 && s.numbers.length === 0)) return;
        for (const id of cited) {
          let questions = asked.get(id);
          if (!questions) asked.set(id, (questions = { quotes: new Set(), numbers: new Set() }));
          for (const q of s.quotes) questions.quotes.add(q.text);
          for (const n of s.numbers) questions.numbers.add(n.value);
          count += s.quotes.length + s.numbers.length;
        }
      });
    });
    const answered = count >= MIN_QUESTIONS ? this.send(asked, last) : undefined;

    // Meanwhile, here: the verdicts of the sentences that cite nothing, and "did you mean".
    for (const s of toJudge) {
      void s.verdict;
      const paused = this.pause();
      if (paused) await paused;
    }
    for (const key of unknown) cache.suggestion(key, resolver);
    await answered;
  }

  /** Sends the questions this cache cannot answer yet, of the sources that have a text, and learns the answers. */
  private async send(asked: Asked, last: boolean): Promise<void> {
    const { resolver, cache } = this.lint;
    const ids = [...asked.keys()];
    const texts = await Promise.all(ids.map((id) => resolver.text(id)));
    const job: Omit<SourceQuestions, 'id'> = { check: this.check, last, ids: [], texts: [], quoteSources: [], quotes: [], numberSources: [], numbers: [] };
    const facts: SourceFacts[] = [];
    ids.forEach((id, k) => {
      const text = texts[k];
      if (text === undefined) return;
      const f = cache.factsOf(id, text);
      const source = job.texts.length;
      let sent = this.sent.get(f);
      if (!sent) this.sent.set(f, (sent = { quotes: new Set(), numbers: new Set() }));
      const quotes = [...asked.get(id)!.quotes].filter((quote) => !cache.knowsQuote(f, quote) && !sent.quotes.has(quote));
      const numbers = [...asked.get(id)!.numbers].filter((value) => !cache.knowsNumber(f, value) && !sent.numbers.has(value));
      if (quotes.length === 0 && numbers.length === 0) return;
      for (const quote of quotes) sent.quotes.add(quote);
      for (const value of numbers) sent.numbers.add(value);
      job.quoteSources.push(...quotes.map(() => source));
      job.numberSources.push(...numbers.map(() => source));
      job.quotes.push(...quotes);
      job.numbers.push(...numbers);
      job.ids.push(id);
      job.texts.push(text);
      facts.push(f);
    });
    if (!this.thread.available) return; // it died meanwhile: the check answers
    const answers = await this.thread.ask(job);
    if (!answers) return;
    job.quotes.forEach((quote, i) => cache.learnQuote(facts[job.quoteSources[i]], quote, answers.quotes[i] === 1));
    job.numbers.forEach((value, i) => cache.learnNumber(facts[job.numberSources[i]], value, answers.numbers[i] === 1));
  }
}

/** The promise, calling `done` once it is settled (it never rejects: a failed question is answered by the check). */
function settled(promise: Promise<void>, done: () => void): Promise<void> {
  return promise.then(done, done);
}
