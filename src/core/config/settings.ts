import { message, type Message } from '../messages';

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
}

export const DEFAULT_SETTINGS: DossierSettings = {
  corpus: { folders: ['corpus', 'sources'], maxFileSizeMB: 5 },
  glossary: { files: ['**/glossary.yaml', '**/glossary.yml', '**/*.glossary.yaml', '**/*.glossary.yml'] },
};

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
  return { settings, problems };
}
