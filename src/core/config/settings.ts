import { message, type Message } from '../messages';
import type { Sensitivity } from '../draft/claims';
import { DEFAULT_SEVERITIES, LINT_CODES, type CitationScope, type LintCode, type Severity } from '../draft/lint';

/** The `dossier.*` settings the engine reads; the defaults match package.json's. */
export interface DossierSettings {
  corpus: {
    folders: string[];
    maxFileSizeMB: number;
  };
  glossary: {
    /** Globs, relative to each workspace folder, of the glossary files. */
    files: string[];
  };
  drafts: {
    /** Globs, relative to each workspace folder, of the briefing drafts. */
    include: string[];
  };
  citations: { scope: CitationScope };
  claims: { sensitivity: Sensitivity };
  lint: {
    run: 'onType' | 'onSave';
    severity: Record<LintCode, Severity>;
  };
}

export const DEFAULT_SETTINGS: DossierSettings = {
  corpus: { folders: ['corpus', 'sources'], maxFileSizeMB: 5 },
  glossary: { files: ['**/glossary.yaml', '**/glossary.yml', '**/*.glossary.yaml', '**/*.glossary.yml'] },
  drafts: { include: ['briefs/**/*.md', '**/*.brief.md'] },
  citations: { scope: 'sentence' },
  claims: { sensitivity: 'medium' },
  lint: { run: 'onType', severity: { ...DEFAULT_SEVERITIES } },
};

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Reads settings from a flat map of `dossier.*` keys, as settings.json holds them. */
export function settingsFrom(get: (key: string) => unknown): { settings: DossierSettings; problems: Message[] } {
  const problems: Message[] = [];
  const folders = get('dossier.corpus.folders');
  const glossaryFiles = get('dossier.glossary.files');
  const maxMB = get('dossier.corpus.maxFileSizeMB');
  const settings: DossierSettings = structuredClone(DEFAULT_SETTINGS);
  if (folders !== undefined) {
    if (Array.isArray(folders) && folders.every((f) => typeof f === 'string')) settings.corpus.folders = folders;
    else problems.push(message('The setting {0} should be a list of folder names; the default is used.', 'dossier.corpus.folders'));
  }
  if (maxMB !== undefined) {
    if (typeof maxMB === 'number' && maxMB > 0) settings.corpus.maxFileSizeMB = maxMB;
    else problems.push(message('The setting {0} should be a positive number; the default is used.', 'dossier.corpus.maxFileSizeMB'));
  }
  if (glossaryFiles !== undefined) {
    if (Array.isArray(glossaryFiles) && glossaryFiles.every((f) => typeof f === 'string')) settings.glossary.files = glossaryFiles;
    else problems.push(message('The setting {0} should be a list of file patterns; the default is used.', 'dossier.glossary.files'));
  }
  const stringList = (key: string, set: (v: string[]) => void) => {
    const v = get(key);
    if (v === undefined) return;
    if (Array.isArray(v) && v.every((f) => typeof f === 'string')) set(v);
    else problems.push(message('The setting {0} should be a list of file patterns; the default is used.', key));
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[], set: (v: T) => void) => {
    const v = get(key);
    if (v === undefined) return;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) set(v as T);
    else problems.push(message('The setting {0} should be one of {1}; the default is used.', key, allowed.join(', ')));
  };
  stringList('dossier.drafts.include', (v) => (settings.drafts.include = v));
  oneOf('dossier.citations.scope', ['sentence', 'paragraph'] as const, (v) => (settings.citations.scope = v));
  oneOf('dossier.claims.sensitivity', ['low', 'medium', 'high'] as const, (v) => (settings.claims.sensitivity = v));
  oneOf('dossier.lint.run', ['onType', 'onSave'] as const, (v) => (settings.lint.run = v));
  const severity = get('dossier.lint.severity');
  if (severity !== undefined && severity !== null) {
    if (typeof severity === 'object') {
      for (const [code, value] of Object.entries(severity as Record<string, unknown>)) {
        if ((LINT_CODES as readonly string[]).includes(code) && SEVERITIES.includes(value as Severity)) settings.lint.severity[code as LintCode] = value as Severity;
        else problems.push(message('The setting {0} has an unknown code or severity: {1}.', 'dossier.lint.severity', `${code}: ${JSON.stringify(value) ?? typeof value}`));
      }
    } else problems.push(message('The setting {0} should map check codes to severities; the default is used.', 'dossier.lint.severity'));
  }
  return { settings, problems };
}
