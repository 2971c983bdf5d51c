import { paragraphAround } from '../text/paragraph';
import { draftSentences } from './lint';

/**
 * Where the sentence that holds `[start, end)` of a draft stands, found in its paragraph alone:
 * a hover on a citation of a long draft does not split the whole draft into sentences (about
 * 200 ms for 1 MB). Undefined when no sentence holds it there (code, a broken-off context).
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const { from, to } = paragraphAround(text, start);
  const s = draftSentences(text.slice(from, to)).find((x) => from + x.start <= start && end <= from + x.end);
  return s && { start: from + s.start, end: from + s.end };
}
