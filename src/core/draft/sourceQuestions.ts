import { SourceFacts } from './sourceChecks';

/**
 * What a check asks of the cited sources, to be answered in another thread: whether quoted
 * words and numbers stand in them. Plain data, cheap to copy between threads (the sources'
 * texts and short strings; the answers are bytes).
 */
export interface SourceQuestions {
  id: number;
  /** The ids and texts of the sources asked about. */
  ids: string[];
  texts: string[];
  /** Quotations: the source each is asked of (an index into `texts`), and its words. */
  quoteSources: number[];
  quotes: string[];
  /** Numbers and dates (their values), likewise. */
  numberSources: number[];
  numbers: string[];
}

export interface SourceAnswers {
  id: number;
  /** 1 where the quotation (the number) stands in its source. */
  quotes: Uint8Array;
  numbers: Uint8Array;
  error?: string;
}

/**
 * Answers questions as the checks in the host would: with the same facts of each source. The
 * facts of the sources of `before` (the last batch's) are used again when their text is the
 * same: a check asks in two batches, which cite many of the same sources, and reading a
 * source's facts is most of answering.
 */
export function answerSourceQuestions(q: SourceQuestions, before?: ReadonlyMap<string, SourceFacts>): SourceAnswers & { facts: Map<string, SourceFacts> } {
  const facts = q.texts.map((t, i) => {
    const known = before?.get(q.ids[i]);
    return known && known.text === t ? known : new SourceFacts(t);
  });
  return {
    facts: new Map(q.ids.map((id, i) => [id, facts[i]])),
    id: q.id,
    quotes: Uint8Array.from(q.quotes, (text, i) => (facts[q.quoteSources[i]].hasQuote(text) ? 1 : 0)),
    numbers: Uint8Array.from(q.numbers, (value, i) => (facts[q.numberSources[i]].hasNumber(value) ? 1 : 0)),
  };
}
