import type { SourceDocument } from '../corpus/document';

/** CSL types for Dossier's kinds, so that `pandoc --citeproc` styles each entry fittingly. */
const CSL_TYPES: Record<string, string> = {
  'parliamentary-question': 'document',
  'press-article': 'article-newspaper',
  'press-release': 'document',
  report: 'report',
  speech: 'speech',
  declaration: 'document',
  treaty: 'legislation',
};

export interface CslItem {
  id: string;
  type: string;
  title: string;
  issued?: { 'date-parts': number[][] };
  publisher?: string;
  author?: { literal: string }[];
  genre?: string;
  language?: string;
}

/** The CSL-JSON of sources, for `pandoc --citeproc --bibliography`. */
export function cslItems(docs: readonly SourceDocument[]): CslItem[] {
  return [...docs]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((doc) => ({
      id: doc.id,
      type: CSL_TYPES[doc.kind] ?? 'document',
      title: doc.title,
      ...(doc.date ? { issued: { 'date-parts': [doc.date.split('-').map(Number)] } } : {}),
      ...(doc.publisher ? { publisher: doc.publisher } : {}),
      ...(doc.author ? { author: [{ literal: doc.author }] } : {}),
      genre: doc.kind,
      ...(doc.language !== 'other' ? { language: doc.language } : {}),
    }));
}
