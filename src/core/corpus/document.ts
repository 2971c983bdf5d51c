import type { Message } from '../messages';
import type { Encoding } from '../text/decode';

/** The kinds Dossier knows; front matter may name others. */
export const KNOWN_KINDS = [
  'parliamentary-question',
  'press-article',
  'press-release',
  'report',
  'speech',
  'declaration',
  'treaty',
  'other',
] as const;

export type Language = 'fr' | 'en' | 'other';

/** Fields that front matter and sidecars may set, and inference may fill. */
export type MetadataField = 'title' | 'date' | 'kind' | 'language' | 'publisher' | 'author';

export interface Metadata {
  title: string;
  /** ISO yyyy-mm-dd, or null when the text does not say. */
  date: string | null;
  kind: string;
  language: Language;
  publisher: string | null;
  author: string | null;
}

/** A paragraph of a source, as offsets into its decoded text. */
export interface Passage {
  readonly start: number;
  readonly end: number;
}

export interface SourceDocument extends Metadata {
  /** The citation key: front matter `id`, else the file name without its extension. */
  id: string;
  /** Relative to the workspace root, with forward slashes. */
  path: string;
  words: number;
  /** Which metadata fields were inferred from the text rather than set. */
  inferred: MetadataField[];
  /** The opening lines, for tooltips. */
  excerpt: string;
  passages: Passage[];
  encoding: Encoding;
  /** Problems with the file's own metadata (a bad front-matter date...), for the user to fix. */
  problems: Message[];
}

export interface SkippedFile {
  path: string;
  reason: Message;
}
