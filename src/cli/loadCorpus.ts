import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readWorkspaceSettings } from '../core/config/workspaceSettings';
import { Corpus } from '../core/corpus/corpus';
import { formatMessage } from '../core/messages';
import { UsageError } from './usageError';

/** Scans the corpus of a workspace folder with the settings its .vscode/settings.json gives. */
export async function loadCorpus(rootArg: string | undefined, warn: (line: string) => void): Promise<Corpus> {
  const root = resolve(rootArg ?? '.');
  const st = await stat(root).catch(() => undefined);
  if (!st?.isDirectory()) throw new UsageError(`the root folder ${root} does not exist (give an existing folder with --root)`);
  const { settings, problems } = await readWorkspaceSettings(root);
  for (const p of problems) warn(formatMessage(p));
  const corpus = new Corpus({ root, folders: settings.corpus.folders, maxFileSizeMB: settings.corpus.maxFileSizeMB });
  await corpus.scan();
  return corpus;
}
