import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from './fsCalls';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { message, type Message } from '../messages';
import type { SkippedFile } from './document';
import { SOURCE_EXTENSIONS, stripExtension } from './readSource';

/** A source file found by the scan, with what tells whether it changed since. */
export interface FoundFile {
  /** Relative to the root, with forward slashes. */
  path: string;
  abs: string;
  size: number;
  mtimeMs: number;
  sidecar?: { path: string; abs: string; mtimeMs: number };
}

export interface Listing {
  files: FoundFile[];
  skipped: SkippedFile[];
  /** Configured corpus folders that do not exist. */
  missing: string[];
  /** Configured corpus folders that are refused (outside the workspace folder). */
  refused: SkippedFile[];
}

export const SIDECAR_SUFFIX = '.meta.yaml';

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function isSourceName(name: string): boolean {
  const lower = name.toLowerCase();
  return SOURCE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function isSidecarName(name: string): boolean {
  return name.toLowerCase().endsWith(SIDECAR_SUFFIX);
}

/** Hidden entries (.git, .obsidian) and dependency folders are not part of a corpus. */
function isIgnored(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** The sidecars a source may have, most specific first: `a.txt.meta.yaml`, then `a.meta.yaml`. */
export function sidecarNames(name: string): string[] {
  return [name + SIDECAR_SUFFIX, stripExtension(name) + SIDECAR_SUFFIX];
}

/** Why a file or folder could not be read, in words a user can act on. */
export function unreadableReason(err: unknown, folder: boolean): Message {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') {
    return folder ? message('folder cannot be read: permission denied') : message('cannot be read: permission denied');
  }
  if (code === 'ENOENT') return message('no longer exists');
  return folder ? message('folder cannot be read ({0})', code ?? String(err)) : message('cannot be read ({0})', code ?? String(err));
}

/** The absolute corpus folders of a root, refusing those that lead outside it. */
export function corpusFolders(root: string, folders: readonly string[]): { inside: { name: string; abs: string }[]; refused: SkippedFile[] } {
  const inside: { name: string; abs: string }[] = [];
  const refused: SkippedFile[] = [];
  for (const name of folders) {
    const abs = resolve(root, name);
    if (isInside(root, abs)) inside.push({ name, abs });
    else refused.push({ path: name, reason: message('corpus folder is outside the workspace folder; Dossier reads only inside it') });
  }
  return { inside, refused };
}

/**
 * Lists the sources under the corpus folders of `root`, recursively, without reading them.
 * Symbolic links are not followed: one that leads outside the corpus, or back into it
 * (a loop, or a second path to the same file), is listed as skipped with its reason.
 */
export async function listCorpus(root: string, folders: readonly string[], maxBytes: number): Promise<Listing> {
  const listing: Listing = { files: [], skipped: [], missing: [], refused: [] };
  const { inside, refused } = corpusFolders(root, folders);
  listing.refused = refused;
  for (const folder of inside) {
    let real: string;
    try {
      real = await realpath(folder.abs);
      if (!(await stat(real)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    } catch {
      listing.missing.push(folder.name);
      continue;
    }
    if (!(await leadsInside(root, real))) {
      listing.refused.push({ path: folder.name, reason: message('corpus folder is a symbolic link that leads outside the workspace folder; Dossier reads only inside it') });
      continue;
    }
    await walk(folder.abs, toPosix(relative(root, folder.abs)), real, maxBytes, listing);
  }
  return listing;
}

/** Whether a real path (links resolved) lies in the workspace folder, itself perhaps reached through a link. */
async function leadsInside(root: string, real: string): Promise<boolean> {
  const realRoot = await realpath(root).catch(() => root);
  return isInside(realRoot, real);
}

/** Lists `dir`, whose path from the root is `relDir` (paths below it are made by joining names: `relative` a file cost more than its lstat). */
async function walk(dir: string, relDir: string, corpusReal: string, maxBytes: number, out: Listing): Promise<void> {
  const rel = (name: string) => (relDir === '' ? name : `${relDir}/${name}`);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.skipped.push({ path: relDir, reason: unreadableReason(err, true) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const sidecars = new Set<string>();
  for (const e of entries) if (e.isFile() && isSidecarName(e.name)) sidecars.add(e.name);

  // Sources are looked at (lstat) several at a time: one after the other, a warm start spent
  // most of its time waiting on the disk. They are listed in order all the same.
  let batch: Promise<FoundFile | SkippedFile>[] = [];
  const flush = async () => {
    for (const found of await Promise.all(batch)) push(out, found);
    batch = [];
  };
  for (const e of entries) {
    if (isIgnored(e.name)) continue;
    const abs = join(dir, e.name);
    if (e.isFile() && isSourceName(e.name) && !isSidecarName(e.name)) {
      const mine = sidecars.size === 0 ? [] : sidecarNames(e.name).filter((n) => sidecars.has(n));
      batch.push(inspectFile(abs, rel(e.name), mine, maxBytes));
      if (batch.length >= LSTAT_BATCH) await flush();
      continue;
    }
    await flush();
    if (e.isSymbolicLink()) {
      out.skipped.push({ path: rel(e.name), reason: await symlinkReason(abs, corpusReal) });
    } else if (e.isDirectory()) {
      await walk(abs, rel(e.name), corpusReal, maxBytes, out);
    } else if (e.isFile() && isSidecarName(e.name)) {
      continue;
    } else if (e.isFile()) {
      out.skipped.push({ path: rel(e.name), reason: message('unsupported format: Dossier reads .md, .markdown and .txt files') });
    }
  }
  await flush();
}

const LSTAT_BATCH = 32;

function megabytes(bytes: number): number {
  return Math.round((bytes / 1048576) * 10) / 10;
}

/** The sidecar of a source among `names`, sidecar names that exist beside it, most specific first. */
async function findSidecar(dir: string, path: string, names: string[]): Promise<FoundFile['sidecar']> {
  for (const candidate of names) {
    const abs = join(dir, candidate);
    const side = await lstat(abs);
    if (!side.isFile()) continue; // a sidecar that is a link is not followed either
    return { path: toPosix(join(path, '..', candidate)), abs, mtimeMs: side.mtimeMs };
  }
  return undefined;
}

async function inspectFile(abs: string, path: string, sidecars: string[], maxBytes: number): Promise<FoundFile | SkippedFile> {
  try {
    const st = await lstat(abs);
    if (st.size > maxBytes) {
      return { path, reason: message('too large: {0} MB, over the limit of {1} MB (setting dossier.corpus.maxFileSizeMB)', megabytes(st.size), megabytes(maxBytes)) };
    }
    const sidecar = sidecars.length === 0 ? undefined : await findSidecar(dirname(abs), path, sidecars);
    return { path, abs, size: st.size, mtimeMs: st.mtimeMs, ...(sidecar ? { sidecar } : {}) };
  } catch (err) {
    return { path, reason: unreadableReason(err, false) };
  }
}

function push(out: Listing, result: FoundFile | SkippedFile): void {
  if ('reason' in result) out.skipped.push(result);
  else out.files.push(result);
}

/**
 * What one path of the corpus is now, looked at alone (for updates, without listing its
 * folder): a source, a skipped file, or undefined when it is gone or not a source.
 */
export async function inspectPath(root: string, folders: readonly string[], abs: string, maxBytes: number): Promise<FoundFile | SkippedFile | undefined> {
  const folder = corpusFolders(root, folders).inside.find((f) => isInside(f.abs, abs));
  if (!folder) return undefined;
  const path = toPosix(relative(root, abs));
  const name = basename(abs);
  let st;
  try {
    st = await lstat(abs);
  } catch {
    return undefined;
  }
  const folderReal = await realpath(folder.abs).catch(() => undefined);
  if (folderReal === undefined || !(await leadsInside(root, folderReal))) return undefined; // a refused folder has no sources
  if (st.isSymbolicLink()) return { path, reason: await symlinkReason(abs, folderReal) };
  if (!st.isFile() || isSidecarName(name) || basename(abs).startsWith('.')) return undefined;
  if (!isSourceName(name)) return { path, reason: message('unsupported format: Dossier reads .md, .markdown and .txt files') };
  const exists = await Promise.all(sidecarNames(name).map((n) => lstat(join(dirname(abs), n)).then(() => n, () => undefined)));
  return inspectFile(abs, path, exists.filter((n) => n !== undefined), maxBytes);
}

async function symlinkReason(abs: string, corpusReal: string): Promise<Message> {
  try {
    const target = await realpath(abs);
    if (!isInside(corpusReal, target)) return message('symbolic link leads outside the corpus folder');
    const st = await stat(target);
    if (st.isDirectory() && isInside(target, abs)) return message('symbolic link loop');
    return message('symbolic link to a file or folder already in the corpus');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return message('symbolic link loop');
    return message('broken symbolic link');
  }
}
