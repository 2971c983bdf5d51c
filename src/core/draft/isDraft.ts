import picomatch from 'picomatch';
import { readFrontMatter } from '../corpus/frontMatter';
import { isMarkdownPath } from '../text/markdown';

/**
 * A briefing draft: a Markdown file matched by `dossier.drafts.include`, or one whose front
 * matter says `dossier: brief`. A source of the corpus is never a draft.
 */
export function isDraft(relativePath: string, text: string, include: readonly string[], inCorpus: boolean): boolean {
  if (inCorpus || !isMarkdownPath(relativePath)) return false;
  if (include.length > 0 && picomatch.isMatch(relativePath, [...include], { dot: true })) return true;
  const fm = readFrontMatter(text, '');
  return String(fm.data?.dossier ?? '').trim().toLowerCase() === 'brief';
}
