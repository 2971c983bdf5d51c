import { message, type Message } from '../messages';

/**
 * Citation keys that more than one source has, each with the paths of its sources in the
 * order given (the first is the one citations resolve to). Two files `a/note.txt` and
 * `b/note.txt` both get the id `note`: a citation of it would silently name one of them.
 */
export function duplicateIds(sources: Iterable<{ id: string; path: string }>): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const { id, path } of sources) {
    const paths = byId.get(id);
    if (paths) paths.push(path);
    else byId.set(id, [path]);
  }
  for (const [id, paths] of byId) if (paths.length < 2) byId.delete(id);
  return byId;
}

/** The problem to show on a source whose id another source has too, or undefined. */
export function duplicateProblem(duplicates: Map<string, string[]>, source: { id: string; path: string }): Message | undefined {
  const paths = duplicates.get(source.id);
  if (!paths) return undefined;
  const others = paths.filter((p) => p !== source.path);
  return message('Other sources have the citation key "{0}" too ({1}); citations name {2}. Give each its own id in its front matter or sidecar.', source.id, others.join(', '), paths[0]);
}
