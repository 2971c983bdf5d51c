import type { Language } from './document';

/**
 * A filter typed in the Sources view: metadata terms (`kind:report`, `year:2019` or
 * `year:2018-2020`, `lang:fr`) and words searched in the full text.
 */
export interface SourceFilter {
  words: string;
  kinds: string[];
  years: { from: number; to: number }[];
  languages: Language[];
}

const TERM = /(?:^|\s)(kind|type|year|date|lang|language):(\S+)/giu;

export function parseFilter(text: string): SourceFilter {
  const filter: SourceFilter = { words: '', kinds: [], years: [], languages: [] };
  const words = text.replace(TERM, (_all, key: string, value: string) => {
    const k = key.toLowerCase();
    for (const v of value.split(',').filter(Boolean)) {
      if (k === 'kind' || k === 'type') filter.kinds.push(v.toLowerCase());
      else if (k === 'year' || k === 'date') {
        const m = /^(\d{4})(?:-(\d{4}))?$/.exec(v);
        if (m) filter.years.push({ from: Number(m[1]), to: Number(m[2] ?? m[1]) });
      } else {
        const lang = v.toLowerCase();
        if (lang === 'fr' || lang === 'en' || lang === 'other') filter.languages.push(lang);
      }
    }
    return ' ';
  });
  filter.words = words.replace(/\s+/g, ' ').trim();
  return filter;
}

export function isEmptyFilter(f: SourceFilter): boolean {
  return !f.words && f.kinds.length === 0 && f.years.length === 0 && f.languages.length === 0;
}

/** Whether a source's metadata passes the filter's metadata terms (words aside). */
export function matchesMetadata(f: SourceFilter, doc: { kind: string; date: string | null; language: Language }): boolean {
  if (f.kinds.length > 0 && !f.kinds.some((k) => doc.kind === k || doc.kind.startsWith(k))) return false;
  if (f.languages.length > 0 && !f.languages.includes(doc.language)) return false;
  if (f.years.length > 0) {
    const year = doc.date ? Number(doc.date.slice(0, 4)) : NaN;
    if (!f.years.some((r) => year >= r.from && year <= r.to)) return false;
  }
  return true;
}
