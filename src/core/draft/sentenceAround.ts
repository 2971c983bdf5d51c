import { readFrontMatter } from '../corpus/frontMatter';
import { paragraphAround } from '../text/paragraph';
import { draftSentences } from './lint';

/**
 * Where the sentence that holds `[start, end)` of a draft stands, found in its paragraph alone:
 * a hover on a citation of a long draft does not split the whole draft into sentences (about
 * 200 ms for 1 MB). Undefined when no sentence holds it there (code, a broken-off context).
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const around = paragraphAround(text, start);
  const { from, to } = mayBeOpenAt(text, around.from) ? { from: 0, to: text.length } : around;
  const s = draftSentences(text.slice(from, to)).find((x) => from + x.start <= start && end <= from + x.end);
  return s && { start: from + s.start, end: from + s.end };
}

/**
 * Whether a block that runs over blank lines (a comment, fenced code, front matter) may be open
 * where the paragraph starts: its paragraph alone would then read as prose what is not. Such
 * drafts are read from the top.
 */
function mayBeOpenAt(text: string, from: number): boolean {
  if (text.lastIndexOf('<!--', from) > text.lastIndexOf('-->', from)) return true;
  if (text.lastIndexOf('```', from) >= 0 || text.lastIndexOf('~~~', from) >= 0) return true;
  return text.startsWith('---') && from < readFrontMatter(text, '').bodyStart;
}
