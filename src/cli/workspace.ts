import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { readWorkspaceSettings } from '../core/config/workspaceSettings';
import type { DossierSettings } from '../core/config/settings';
import { Corpus } from '../core/corpus/corpus';
import type { Glossary } from '../core/glossary/glossary';
import { loadGlossary } from '../core/glossary/glossaryFiles';
import { MentionIndex } from '../core/glossary/mentionIndex';
import type { ParsedGlossary } from '../core/glossary/parseGlossary';
import { say } from './translate';
import { UsageError } from './usageError';

/** What a command sees of a workspace folder: what the editor would see of it. */
export interface Workspace {
  root: string;
  rootName: string;
  settings: DossierSettings;
  corpus: Corpus;
  glossary: Glossary;
  glossaryFiles: ParsedGlossary[];
  glossaryTexts: Map<string, string>;
  mentions: MentionIndex;
}

export async function checkRoot(rootArg: string | undefined): Promise<string> {
  const root = resolve(rootArg ?? '.');
  const st = await stat(root).catch(() => undefined);
  if (!st) throw new UsageError(`the root folder ${root} does not exist (give an existing folder with --root)`);
  if (!st.isDirectory()) throw new UsageError(`the root ${root} is a file, not a folder (give the workspace folder with --root)`);
  return root;
}

/** Reads the settings, scans the corpus, loads the glossary and counts mentions, as the editor does. */
export async function openWorkspace(rootArg: string | undefined, warn: (line: string) => void): Promise<Workspace> {
  const root = await checkRoot(rootArg);
  const { settings, problems } = await readWorkspaceSettings(root);
  for (const p of problems) warn(say(p));
  const corpus = new Corpus({ root, folders: settings.corpus.folders, maxFileSizeMB: settings.corpus.maxFileSizeMB });
  await corpus.scan();
  const { glossary, files, texts } = await loadGlossary(root, settings.glossary.files);
  const rootName = basename(root);
  const mentions = new MentionIndex();
  if (glossary.entries.size > 0) {
    for (const doc of corpus.documents.values()) {
      mentions.set({ key: doc.path, rootName, doc }, await corpus.text(doc), glossary.matcher);
    }
  }
  return { root, rootName, settings, corpus, glossary, glossaryFiles: files, glossaryTexts: texts, mentions };
}
