import { SourceFacts } from './sourceChecks';

/**
 * What a check asks of the cited sources, to be answered in another thread: whether quoted
 * words and numbers stand in them. Plain data, cheap to copy between threads (the sources'
 * texts and short strings; the answers are bytes).
 */
export interface SourceQuestions {
  id: number;
  /** The check that asks: its batches share what the thread has read (see `CheckMemory`). */
  check: number;
  /** The check's last batch: the thread then forgets what it read for the check. */
  last: boolean;
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
 * Answers questions as the checks in the host would: with the same facts of each source. What
 * it reads for one batch of a check serves the next (a check asks in two batches, which cite many
 * of the same sources, and reading a source's facts is most of answering); it is forgotten after
 * the check's last batch, or when another check asks: a check's first batch reads its sources.
 */
export class CheckMemory {
  private check: number | undefined;
  private facts = new Map<string, SourceFacts>();

  constructor(private readonly read: (text: string) => SourceFacts = (text) => new SourceFacts(text)) {}

  answer(q: SourceQuestions): SourceAnswers {
    if (q.check !== this.check) this.forget(q.check);
    const facts = q.texts.map((text, i) => {
      const known = this.facts.get(q.ids[i]);
      if (known && known.text === text) return known;
      const made = this.read(text);
      this.facts.set(q.ids[i], made);
      return made;
    });
    const answers = {
      id: q.id,
      quotes: Uint8Array.from(q.quotes, (text, i) => (facts[q.quoteSources[i]].hasQuote(text) ? 1 : 0)),
      numbers: Uint8Array.from(q.numbers, (value, i) => (facts[q.numberSources[i]].hasNumber(value) ? 1 : 0)),
    };
    if (q.last) this.forget(undefined);
    return answers;
  }

  private forget(check: number | undefined): void {
    this.check = check;
    this.facts = new Map();
  }
}
