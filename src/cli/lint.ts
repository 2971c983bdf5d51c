import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import { corpusFolders, isInside, toPosix } from '../core/corpus/scan';
import { readFrontMatter } from '../core/corpus/frontMatter';
import { CorpusResolver } from '../core/draft/corpusResolver';
import { describeDiagnostic } from '../core/draft/describe';
import { isDraft } from '../core/draft/isDraft';
import { LINT_CODES, lintDraft, type CitationScope, type LintCode, type LintDiagnostic, type Severity } from '../core/draft/lint';
import { decode } from '../core/text/decode';
import { LineIndex } from '../core/text/lineIndex';
import { version } from '../../package.json';
import { t } from './translate';
import { UsageError } from './usageError';
import type { Workspace } from './workspace';

/** A draft to check: its absolute path, its path as printed (relative to the root), its text. */
export interface DraftFile {
  abs: string;
  path: string;
  text: string;
}

/** Drafts are never looked for in dependencies; hidden folders are skipped by the glob itself. */
const DRAFT_IGNORE = ['**/node_modules/**'];

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The path a file is shown by: relative to the root with forward slashes, or as given when outside it. */
function shownPath(ws: Workspace, abs: string, given: string): string {
  const rel = relative(ws.root, abs);
  return rel.startsWith('..') || isAbsolute(rel) ? toPosix(given) : toPosix(rel);
}

/** Whether a path is a source of the corpus, or lies in a corpus folder (through a link too). */
export async function inCorpus(ws: Workspace, abs: string): Promise<boolean> {
  if (ws.corpus.documents.has(toPosix(relative(ws.root, abs)))) return true;
  const real = await realpath(abs).catch(() => abs);
  for (const folder of corpusFolders(ws.root, ws.settings.corpus.folders).inside) {
    const folderReal = await realpath(folder.abs).catch(() => folder.abs);
    if (isInside(folder.abs, abs) || isInside(folderReal, real)) return true;
  }
  return false;
}

async function readText(abs: string, given: string): Promise<string> {
  try {
    return decode(await readFile(abs)).text;
  } catch {
    throw new UsageError(`cannot read ${given} (check the path)`);
  }
}

/** The drafts under a folder: Markdown files that `isDraft` accepts, never corpus files. */
async function draftsUnder(ws: Workspace, dir: string): Promise<DraftFile[]> {
  const found = await glob(['**/*.md', '**/*.markdown'], {
    cwd: dir, ignore: DRAFT_IGNORE, dot: false, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false, caseSensitiveMatch: false,
  });
  const out: DraftFile[] = [];
  for (const rel of found) {
    const abs = resolve(dir, rel);
    if (await inCorpus(ws, abs)) continue;
    const text = await readText(abs, rel);
    const path = shownPath(ws, abs, abs);
    if (isDraft(toPosix(relative(ws.root, abs)), text, ws.settings.drafts.include, false)) out.push({ abs, path, text });
  }
  return out;
}

/**
 * The drafts a command works on: every draft of the root when no path is given; a FILE named is
 * taken even if the patterns do not match it (a source of the corpus excepted, with a warning);
 * a DIR gives the drafts under it. Sorted by path, each once.
 */
export async function selectDrafts(ws: Workspace, args: readonly string[], warn: (line: string) => void): Promise<DraftFile[]> {
  const found = new Map<string, DraftFile>();
  const add = (files: DraftFile[]) => {
    for (const f of files) if (!found.has(f.abs)) found.set(f.abs, f);
  };
  if (args.length === 0) add(await draftsUnder(ws, ws.root));
  for (const given of args) {
    const abs = resolve(given);
    const st = await stat(abs).catch(() => undefined);
    if (!st) throw new UsageError(`cannot read ${given} (check the path)`);
    if (st.isDirectory()) {
      const under = await draftsUnder(ws, abs);
      if (under.length === 0) warn(`no draft under ${given}`);
      add(under);
      continue;
    }
    const path = shownPath(ws, abs, given);
    if (await inCorpus(ws, abs)) {
      warn(`${path} is a source of the corpus, not a draft`);
      continue;
    }
    add([{ abs, path, text: await readText(abs, given) }]);
  }
  return [...found.values()].sort(byPath);
}

/** The language a draft is written in, for sentence segmentation: its front matter's, else French. */
export function draftLanguage(text: string): 'fr' | 'en' {
  const data = readFrontMatter(text, '').data;
  const lang = String(data?.lang ?? data?.language ?? '').trim().toLowerCase();
  return /^en(?:[-_]|$)/.test(lang) ? 'en' : 'fr';
}

/** The folder of a draft relative to the root, with forward slashes, for its relative links. */
export function draftDir(ws: Workspace, abs: string): string {
  return toPosix(relative(ws.root, dirname(abs)));
}

export type ReportedSeverity = Exclude<Severity, 'off'>;

export interface ReportedDiagnostic {
  code: LintCode;
  severity: ReportedSeverity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LintedFile {
  path: string;
  diagnostics: ReportedDiagnostic[];
}

/** Lints the drafts with the workspace's settings; diagnostics cover their sentence, in position order. */
export async function lintFiles(ws: Workspace, drafts: readonly DraftFile[], scope: CitationScope): Promise<LintedFile[]> {
  const resolver = new CorpusResolver([ws.corpus]);
  const files: LintedFile[] = [];
  for (const draft of drafts) {
    const found = await lintDraft(draft.text, resolver.forDraft(draftDir(ws, draft.abs)), {
      scope,
      sensitivity: ws.settings.claims.sensitivity,
      severities: ws.settings.lint.severity,
      language: draftLanguage(draft.text),
    });
    const lines = new LineIndex(draft.text);
    const order = (a: LintDiagnostic, b: LintDiagnostic) =>
      a.start - b.start || a.end - b.end || (a.target?.start ?? a.start) - (b.target?.start ?? b.start) || LINT_CODES.indexOf(a.code) - LINT_CODES.indexOf(b.code);
    const diagnostics = [...found].sort(order).map((d) => {
      const s = lines.position(d.start);
      const e = lines.position(d.end);
      return { code: d.code, severity: d.severity, message: describeDiagnostic(d, t), line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
    });
    files.push({ path: draft.path, diagnostics });
  }
  return files;
}

/** Problems are errors and warnings; information and hints alone leave the exit status at 0. */
export function hasProblems(files: readonly LintedFile[]): boolean {
  return files.some((f) => f.diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning'));
}

// ---- stylish ----

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', underline: '\x1b[4m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', cyan: '\x1b[36m' };

const SEVERITY_COLOUR: Record<ReportedSeverity, string> = { error: ANSI.red, warning: ANSI.yellow, information: ANSI.blue, hint: ANSI.cyan };

const width = (s: string) => [...s].length;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Like ESLint's stylish: each file with problems, its rows, then a summary; colours only on a terminal. */
export function stylish(files: readonly LintedFile[], colour: boolean): string {
  const paint = (codes: string, s: string) => (colour ? `${codes}${s}${ANSI.reset}` : s);
  const lines: string[] = [];
  const count: Record<ReportedSeverity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of files) {
    if (f.diagnostics.length === 0) continue;
    const rows = f.diagnostics.map((d) => {
      count[d.severity]++;
      return { at: `${d.line}:${d.column}`, severity: d.severity, message: d.message.replace(/\s+/g, ' ').trim(), code: d.code };
    });
    const w = { at: Math.max(...rows.map((r) => width(r.at))), severity: Math.max(...rows.map((r) => width(r.severity))), message: Math.max(...rows.map((r) => width(r.message))) };
    const pad = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s)));
    lines.push('', paint(ANSI.underline, f.path));
    for (const r of rows) {
      lines.push(
        `  ${paint(ANSI.dim, r.at)}${pad(r.at, w.at)}  ${paint(SEVERITY_COLOUR[r.severity], r.severity)}${pad(r.severity, w.severity)}  ${r.message}${pad(r.message, w.message)}  ${paint(ANSI.dim, r.code)}`,
      );
    }
  }
  const total = count.error + count.warning + count.information + count.hint;
  if (total === 0) return '';
  const parts = [plural(count.error, 'error', 'errors'), plural(count.warning, 'warning', 'warnings')];
  if (count.information > 0) parts.push(`${count.information} information`);
  if (count.hint > 0) parts.push(plural(count.hint, 'hint', 'hints'));
  const summary = `✖ ${plural(total, 'problem', 'problems')} (${parts.join(', ')})`;
  lines.push('', paint(ANSI.bold + (count.error > 0 ? ANSI.red : count.warning > 0 ? ANSI.yellow : ANSI.blue), summary));
  return lines.join('\n');
}

// ---- SARIF ----

const RULE_TEXT: Record<LintCode, { short: string; full: string }> = {
  'uncited-claim': {
    short: 'Claim without a citation',
    full: 'A sentence states a fact (a number, a date, reported speech, an event, a named actor…) and cites no source of the corpus.',
  },
  'unknown-source': {
    short: 'Unknown citation key',
    full: 'A citation key names no source of the corpus; the closest known key is suggested when there is one.',
  },
  'quote-not-in-source': {
    short: 'Quotation not in the cited sources',
    full: 'Quoted words are found in none of the sources the sentence cites.',
  },
  'number-not-in-source': {
    short: 'Number not in the cited sources',
    full: 'A number or a date is found in none of the sources the sentence cites.',
  },
};

const SARIF_LEVEL: Record<ReportedSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A path as a relative URI reference: each segment percent-encoded (spaces, accents, `#`, `?`). */
function uriOf(path: string): string {
  return path.split('/').map((s) => encodeURIComponent(s)).join('/');
}

/** The base of the results' relative paths (the workspace root), as SARIF viewers resolve them. */
const ROOT_BASE = '%SRCROOT%';

/**
 * SARIF 2.1.0, one run. Rules carry their help as text: `helpUri` must be an absolute URI, and
 * the extension has no public address to point to. Paths are relative to the root, named by
 * `originalUriBaseIds` (code-scanning uploads read them relative to the checkout).
 */
export function sarif(files: readonly LintedFile[], severities: Record<LintCode, Severity>, root: string): object {
  const rules = LINT_CODES.map((code) => {
    const configured = severities[code];
    return {
      id: code,
      name: code.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
      shortDescription: { text: RULE_TEXT[code].short },
      fullDescription: { text: RULE_TEXT[code].full },
      help: { text: `${RULE_TEXT[code].full} See "${code}" in Dossier's README.` },
      defaultConfiguration: configured === 'off' ? { enabled: false } : { level: SARIF_LEVEL[configured] },
    };
  });
  const results = files.flatMap((f) =>
    f.diagnostics.map((d) => ({
      ruleId: d.code,
      ruleIndex: LINT_CODES.indexOf(d.code),
      level: SARIF_LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(f.path), uriBaseId: ROOT_BASE },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'dossier', version, semanticVersion: version, rules } },
        originalUriBaseIds: { [ROOT_BASE]: { uri: pathToFileURL(root.endsWith(sep) ? root : root + sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export const CITATION_SCOPES: readonly string[] = ['sentence', 'paragraph'] satisfies CitationScope[];

/** `dossier lint [FILE|DIR...]`: the drafts' diagnostics; exit 1 when one is an error or a warning. */
export async function printLint(
  ws: Workspace,
  args: readonly string[],
  options: { format: string; scope?: string },
  out: (text: string) => void,
  warn: (line: string) => void,
): Promise<number> {
  if (options.scope !== undefined && !CITATION_SCOPES.includes(options.scope)) {
    throw new UsageError(`unknown citation scope "${options.scope}": use ${CITATION_SCOPES.join(' or ')}`);
  }
  const scope = (options.scope as CitationScope | undefined) ?? ws.settings.citations.scope;
  const drafts = await selectDrafts(ws, args, warn);
  if (args.length === 0 && drafts.length === 0) {
    warn(`no draft found (looked for ${ws.settings.drafts.include.join(', ')} and Markdown files whose front matter says "dossier: brief")`);
  }
  const files = await lintFiles(ws, drafts, scope);
  if (options.format === 'json') out(JSON.stringify({ files }, null, 2));
  else if (options.format === 'sarif') out(JSON.stringify(sarif(files, ws.settings.lint.severity, ws.root), null, 2));
  else {
    const text = stylish(files, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
    if (text) out(text);
  }
  return hasProblems(files) ? 1 : 0;
}
