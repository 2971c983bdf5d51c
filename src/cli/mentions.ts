import { mentionsIn } from '../core/glossary/mentionsIn';
import { isMarkdownPath } from '../core/text/markdown';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { toPosix } from '../core/corpus/scan';
import { decode } from '../core/text/decode';
import { LineIndex } from '../core/text/lineIndex';
import { table } from './table';
import { UsageError } from './usageError';
import type { Workspace } from './workspace';

/** A file named on the command line, read as the editor would read it. */
export async function readNamedFile(ws: Workspace, file: string): Promise<{ abs: string; path: string; text: string }> {
  const abs = resolve(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(abs);
  } catch {
    throw new UsageError(`cannot read ${file} (check the path)`);
  }
  const rel = relative(ws.root, abs);
  const path = rel.startsWith('..') || isAbsolute(rel) ? toPosix(file) : toPosix(rel);
  return { abs, path, text: decode(bytes).text };
}

/** `dossier mentions FILE...`: glossary names in files, 1-based lines and UTF-16 columns, end exclusive. */
export async function printMentions(ws: Workspace, files: string[], format: string, out: (text: string) => void): Promise<void> {
  if (files.length === 0) throw new UsageError('name at least one file: dossier mentions FILE... [--root DIR]');
  const result = [];
  for (const file of files) {
    const { path, text } = await readNamedFile(ws, file);
    const lines = new LineIndex(text);
    const mentions = mentionsIn(ws.glossary.matcher, text, isMarkdownPath(path)).map((m) => {
      const s = lines.position(m.start);
      const e = lines.position(m.end);
      return { entry: m.entry, text: text.slice(m.start, m.end), line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
    });
    result.push({ path, mentions });
  }
  if (format === 'json') {
    out(JSON.stringify({ files: result }, null, 2));
    return;
  }
  for (const f of result) {
    out(`${f.path}: ${f.mentions.length}`);
    if (f.mentions.length > 0) out(table(['line:col', 'entry', 'text'], f.mentions.map((m) => [`${m.line}:${m.column}`, m.entry, m.text.replace(/\s+/g, ' ')])));
  }
}
