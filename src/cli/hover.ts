import { mentionsIn } from '../core/glossary/mentionsIn';
import { isMarkdownPath } from '../core/text/markdown';
import { mentionAt } from '../core/glossary/entities';
import { hoverCardFor } from '../core/glossary/hoverFor';
import { LineIndex } from '../core/text/lineIndex';
import { readNamedFile } from './mentions';
import { cliLanguage, t } from './translate';
import { UsageError } from './usageError';
import type { Workspace } from './workspace';

/** `dossier hover FILE LINE COLUMN`: the hover card's Markdown as the editor shows it; exit 1 if no name stands there. */
export async function printHover(ws: Workspace, args: string[], out: (text: string) => void): Promise<number> {
  const [file, lineArg, columnArg] = args;
  const line = Number(lineArg);
  const column = Number(columnArg);
  if (!file || !Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1) {
    throw new UsageError('usage: dossier hover FILE LINE COLUMN (1-based line and column)');
  }
  const { path, text } = await readNamedFile(ws, file);
  // A place past the end of its line, or of the file, has no name: not the nearest one's card.
  const offset = new LineIndex(text).offsetWithin(line, column);
  const mention = offset === undefined ? undefined : mentionAt(mentionsIn(ws.glossary.matcher, text, isMarkdownPath(path)), offset);
  if (!mention) return 1;
  const source = ws.corpus.documents.get(path);
  out(hoverCardFor(mention.entry, { glossary: ws.glossary, mentions: ws.mentions, text, sourceDate: source?.date, language: cliLanguage, t }) ?? '');
  return 0;
}
