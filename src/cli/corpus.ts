import { duplicateIds, duplicateProblem } from '../core/corpus/duplicates';
import { compareEntries } from '../core/corpus/grouping';
import { table } from './table';
import { say } from './translate';
import type { Workspace } from './workspace';

/** The model the Sources view shows, as `dossier corpus --format json` prints it. */
export function corpusModel({ corpus, mentions }: Workspace) {
  const duplicates = duplicateIds(corpus.documents.values());
  const docs = [...corpus.documents.values()]
    .map((doc) => ({ rootName: '', doc }))
    .sort(compareEntries)
    .map(({ doc }) => ({
      id: doc.id,
      path: doc.path,
      title: doc.title,
      date: doc.date,
      kind: doc.kind,
      language: doc.language,
      publisher: doc.publisher,
      author: doc.author,
      words: doc.words,
      inferred: doc.inferred,
      entities: mentions.entitiesOf(doc.path),
      problems: [...doc.problems, duplicateProblem(duplicates, doc)].filter((p) => p !== undefined).map(say),
    }));
  const skipped = [...corpus.skipped.values()]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((s) => ({ path: s.path, reason: say(s.reason) }));
  return { documents: docs, skipped, missingFolders: corpus.missing };
}

export function printCorpus(ws: Workspace, format: string, out: (text: string) => void): void {
  const { corpus } = ws;
  const model = corpusModel(ws);
  if (format === 'json') {
    out(JSON.stringify(model, null, 2));
    return;
  }
  out(table(['id', 'date', 'kind', 'lang', 'words', 'title'], model.documents.map((d) => [d.id, d.date ?? '—', d.kind, d.language, String(d.words), d.title])));
  out(`${model.documents.length} source(s)`);
  if (model.documents.length === 0 && model.skipped.length === 0 && model.missingFolders.length === corpus.options.folders.length) {
    out(`no corpus folder found (looked for ${corpus.options.folders.join(', ')}; set dossier.corpus.folders in .vscode/settings.json)`);
  }
  if (model.skipped.length > 0) {
    out(`\nskipped:`);
    for (const s of model.skipped) out(`  ${s.path}: ${s.reason}`);
  }
}
