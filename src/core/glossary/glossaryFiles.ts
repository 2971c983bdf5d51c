import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { isInside } from '../corpus/scan';
import { decode } from '../text/decode';
import { Glossary } from './glossary';
import { parseGlossary, type ParsedGlossary } from './parseGlossary';

/** Glossary files never come from dependencies. */
export const GLOSSARY_IGNORE = ['**/node_modules/**'];

/**
 * The glossary files of a workspace folder, relative to it with forward slashes, sorted.
 * Hidden folders are skipped, links are not followed, and a pattern cannot lead outside.
 */
export async function findGlossaryFiles(root: string, patterns: readonly string[]): Promise<string[]> {
  // A pattern that leads outside (absolute, or with a ".." segment) is refused before it is walked.
  const inside = patterns.filter((p) => !isAbsolute(p) && !/^[a-zA-Z]:/.test(p) && !p.split(/[\\/]/).includes('..'));
  if (inside.length === 0) return [];
  const found = await glob(inside, { cwd: root, ignore: GLOSSARY_IGNORE, dot: false, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
  return found.filter((rel) => isInside(root, resolve(root, rel))).sort();
}

/** Reads and parses the glossary files of a folder (for the CLI; the editor reads open documents). */
export async function loadGlossary(root: string, patterns: readonly string[]): Promise<{ glossary: Glossary; files: ParsedGlossary[]; texts: Map<string, string> }> {
  const texts = new Map<string, string>();
  const files: ParsedGlossary[] = [];
  for (const rel of await findGlossaryFiles(root, patterns)) {
    const text = decode(await readFile(resolve(root, rel))).text;
    texts.set(rel, text);
    files.push(parseGlossary(rel, text));
  }
  return { glossary: new Glossary(files), files, texts };
}
