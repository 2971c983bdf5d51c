import { sentencesOf, type SentenceData } from './analyseBlock';
import type { Block } from './blocks';

/**
 * Blocks of a draft to analyse in another thread: the text and its prose (blocks are offsets
 * into both) and the blocks. The answer is each block's sentences, packed (`packSentences`);
 * the host unpacks them and completes them with lazy verdicts (`withVerdicts`): the same
 * analysis the host would have made.
 */
export interface AnalysisJob {
  id: number;
  text: string;
  prose: string;
  blocks: Block[];
  language: string;
}

export interface AnalysisAnswer {
  id: number;
  sentences: PackedSentences;
  error?: string;
}

/**
 * Sentences' data as numbers and strings, in the order `packSentences` writes them. Copying
 * this between threads costs a few milliseconds; copying the objects themselves cost 30 ms
 * for half of a 1 MB draft, about what the thread saved.
 */
export interface PackedSentences {
  ints: Int32Array;
  strings: string[];
}

export function answerAnalysisJob(job: AnalysisJob): AnalysisAnswer {
  return { id: job.id, sentences: packSentences(job.blocks.map((b) => sentencesOf(job.text, job.prose, b, job.language))) };
}

export function packSentences(blocks: readonly (readonly SentenceData[])[]): PackedSentences {
  const ints: number[] = [];
  const strings: string[] = [];
  for (const sentences of blocks) {
    ints.push(sentences.length);
    for (const s of sentences) {
      ints.push(s.start, s.end, s.keys.length);
      for (const k of s.keys) {
        ints.push(k.start, k.end, k.narrative ? 1 : 0, k.group ? 1 : 0, k.group?.start ?? 0, k.group?.end ?? 0);
        strings.push(k.key);
      }
      ints.push(s.calls.length);
      for (const c of s.calls) {
        ints.push(c.start, c.end);
        strings.push(c.label);
      }
      ints.push(s.links.length);
      strings.push(...s.links);
      ints.push(s.quotes.length);
      for (const q of s.quotes) {
        ints.push(q.start, q.end);
        strings.push(q.text);
      }
      ints.push(s.numbers.length);
      for (const n of s.numbers) {
        ints.push(n.start, n.end);
        strings.push(n.value, n.text);
      }
    }
  }
  return { ints: Int32Array.from(ints), strings };
}

/** Each block's sentences in turn, unpacked when asked: a long check unpacks between pauses. */
export function* unpackSentences({ ints, strings }: PackedSentences): Generator<SentenceData[], void, undefined> {
  let i = 0;
  let k = 0;
  const list = <T>(make: () => T): T[] => {
    const out: T[] = [];
    for (let n = ints[i++]; n > 0; n--) out.push(make());
    return out;
  };
  while (i < ints.length) {
    yield list(() => {
      const start = ints[i++];
      const end = ints[i++];
      const keys = list(() => {
        const key = { key: strings[k++], start: ints[i], end: ints[i + 1], narrative: ints[i + 2] === 1 };
        const grouped = ints[i + 3] === 1;
        const group = { start: ints[i + 4], end: ints[i + 5] };
        i += 6;
        return grouped ? { ...key, group } : key;
      });
      const calls = list(() => ({ label: strings[k++], start: ints[i++], end: ints[i++] }));
      const links = list(() => strings[k++]);
      const quotes = list(() => ({ text: strings[k++], start: ints[i++], end: ints[i++] }));
      const numbers = list(() => ({ value: strings[k++], text: strings[k++], start: ints[i++], end: ints[i++] }));
      return { start, end, keys, calls, links, quotes, numbers };
    });
  }
}
