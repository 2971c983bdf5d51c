import { readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { isInside, toPosix } from '../core/corpus/scan';
import { cslItems } from '../core/draft/bibliography';
import { isMarkdownPath } from '../core/text/markdown';
import { CorpusResolver } from '../core/draft/corpusResolver';
import { isDraft } from '../core/draft/isDraft';
import { KeyFinder } from '../core/draft/closestKey';
import { draftSentences } from '../core/draft/lint';
import { decode } from '../core/text/decode';
import { LineIndex } from '../core/text/lineIndex';
import { draftLanguage, inCorpus, selectDrafts } from './lint';
import { t } from './translate';
import { UsageError } from './usageError';
import type { Workspace } from './workspace';


/**
 * Where `--out` may write: not into a corpus folder, not over a draft, a glossary or the
 * workspace settings, not into a Markdown file (links followed, so that none leads there).
 */
async function checkOut(ws: Workspace, given: string): Promise<string> {
  const abs = resolve(given);
  const st = await stat(abs).catch(() => undefined);
  if (st?.isDirectory()) throw new UsageError(`${given} is a folder: give a file name to --out`);
  if (!(await stat(dirname(abs)).catch(() => undefined))?.isDirectory()) throw new UsageError(`cannot write ${given}: its folder does not exist`);
  const real = st ? await realpath(abs).catch(() => abs) : abs;
  if ((await inCorpus(ws, abs)) || (await inCorpus(ws, real))) throw new UsageError(`${given} is in the corpus: dossier bib does not write there`);
  const protectedFiles = [...ws.glossaryFiles.map((f) => resolve(ws.root, f.file)), resolve(ws.root, '.vscode', 'settings.json')];
  if (protectedFiles.some((p) => p === abs || p === real)) throw new UsageError(`${given} is a file Dossier reads: dossier bib does not overwrite it`);
  for (const path of new Set([abs, real])) {
    if (!isMarkdownPath(path)) continue;
    const rel = isInside(ws.root, path) ? toPosix(relative(ws.root, path)) : toPosix(path);
    const text = st ? await readFile(path).then((b) => decode(b).text, () => '') : '';
    if (isDraft(rel, text, ws.settings.drafts.include, false)) throw new UsageError(`${given} is a draft: dossier bib does not overwrite it`);
    throw new UsageError(`${given} is a Markdown file: give --out a .json file for the CSL-JSON`);
  }
  return abs;
}

/**
 * `dossier bib [FILE|DIR...] [--out FILE]`: the CSL-JSON of the sources the drafts cite by key,
 * for `pandoc --citeproc --bibliography`. Unknown keys are left out, with a warning each.
 */
export async function printBib(
  ws: Workspace,
  args: readonly string[],
  outFile: string | undefined,
  out: (text: string) => void,
  warn: (line: string) => void,
): Promise<number> {
  const target = outFile === undefined ? undefined : await checkOut(ws, outFile);
  const drafts = await selectDrafts(ws, args, warn);
  if (args.length === 0 && drafts.length === 0) {
    warn(`no draft found (looked for ${ws.settings.drafts.include.join(', ')} and Markdown files whose front matter says "dossier: brief")`);
  }
  const resolver = new CorpusResolver([ws.corpus]);
  const cited = new Set<string>();
  let keys: KeyFinder | undefined;
  for (const draft of drafts) {
    const lines = new LineIndex(draft.text);
    const unknown = new Set<string>();
    for (const sentence of draftSentences(draft.text, draftLanguage(draft.text))) {
      for (const k of sentence.keys) {
        if (resolver.has(k.key)) cited.add(k.key);
        else if (!unknown.has(k.key)) {
          unknown.add(k.key);
          const at = lines.position(k.start);
          const suggestion = (keys ??= new KeyFinder(resolver.ids())).closest(k.key);
          const why = suggestion ? t('No source has the key "{0}". Did you mean "{1}"?', k.key, suggestion) : t('No source has the key "{0}".', k.key);
          warn(`${draft.path}:${at.line}:${at.column}: ${why}`);
        }
      }
    }
  }
  const docs = [...cited].map((id) => resolver.document(id)).filter((d) => d !== undefined);
  const json = JSON.stringify(cslItems(docs), null, 2);
  if (target === undefined) {
    out(json);
    return 0;
  }
  try {
    await writeFile(target, json + '\n');
  } catch (err) {
    throw new UsageError(`cannot write ${outFile} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return 0;
}
