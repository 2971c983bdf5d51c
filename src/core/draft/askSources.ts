import type { BlockAnalysis } from './analyseBlock';
import type { Block } from './blocks';
import type { BlockCheck } from './lint';
import { sentenceCites } from './sentenceCites';
import type { SourceFacts } from './sourceChecks';
import type { SourceThread } from './sourceThread';

/** Below this many questions a check answers them itself: the thread's round trip costs more. */
export const MIN_QUESTIONS = 200;

/**
 * The first check of a long draft asks the cited sources in another thread whether quotations
 * and numbers stand in them, and meanwhile judges the sentences that cite nothing and finds the
 * keys meant by mistyped ones: the two halves of a check, on two cores. The answers go into the check's
 * cache, where the check finds them as if it had found them itself. Without a thread, or with
 * few questions, this does nothing and the check answers all in its own thread.
 */
export async function askSourcesInThread(
  blocks: readonly Block[],
  todo: readonly (BlockAnalysis | undefined)[],
  check: BlockCheck,
  pause: () => Promise<void> | undefined,
  thread: SourceThread,
): Promise<void> {
  if (!thread.available) return;
  const { resolver, cache } = check;
  const asked = new Map<string, { quotes: Set<string>; numbers: Set<string> }>();
  const unknown = new Set<string>();
  const toJudge: BlockAnalysis['sentences'] = [];
  let count = 0;
  todo.forEach((analysis, b) => {
    if (!analysis) return;
    const { cites, blockCites } = sentenceCites(analysis, check);
    analysis.sentences.forEach((s, i) => {
      for (const k of s.keys) if (!resolver.has(k.key)) unknown.add(k.key);
      if (blocks[b].kind === 'footnote') return;
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
  if (count < MIN_QUESTIONS) return;

  // The questions this cache cannot answer yet, of the sources that have a text.
  const ids = [...asked.keys()];
  const texts = await Promise.all(ids.map((id) => resolver.text(id)));
  const job = { texts: [] as string[], quoteSources: [] as number[], quotes: [] as string[], numberSources: [] as number[], numbers: [] as string[] };
  const facts: SourceFacts[] = [];
  ids.forEach((id, k) => {
    const text = texts[k];
    if (text === undefined) return;
    const f = cache.factsOf(id, text);
    const source = job.texts.length;
    const quotes = [...asked.get(id)!.quotes].filter((quote) => !cache.knowsQuote(f, quote));
    const numbers = [...asked.get(id)!.numbers].filter((value) => !cache.knowsNumber(f, value));
    if (quotes.length === 0 && numbers.length === 0) return;
    job.quoteSources.push(...quotes.map(() => source));
    job.numberSources.push(...numbers.map(() => source));
    job.quotes.push(...quotes);
    job.numbers.push(...numbers);
    job.texts.push(text);
    facts.push(f);
  });
  const answering = thread.ask(job);

  // Meanwhile, here: the verdicts of the sentences that cite nothing, and "did you mean".
  for (const s of toJudge) {
    void s.verdict;
    const paused = pause();
    if (paused) await paused;
  }
  for (const key of unknown) cache.suggestion(key, resolver);

  const answers = await answering;
  if (!answers) return;
  job.quotes.forEach((quote, i) => cache.learnQuote(facts[job.quoteSources[i]], quote, answers.quotes[i] === 1));
  job.numbers.forEach((value, i) => cache.learnNumber(facts[job.numberSources[i]], value, answers.numbers[i] === 1));
}
