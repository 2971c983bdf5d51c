import { message, type Message } from '../messages';
import type { Language, Metadata } from './document';
import { parseDate } from './dates';

export type SetFields = Partial<Metadata> & { id?: string };

const LANGUAGES: Record<string, Language> = {
  fr: 'fr', 'fr-fr': 'fr', 'fr-be': 'fr', 'fr-ch': 'fr', 'fr-ca': 'fr', french: 'fr', francais: 'fr', français: 'fr',
  en: 'en', 'en-gb': 'en', 'en-us': 'en', english: 'en', anglais: 'en',
  other: 'other',
};

/** A value from YAML as the user wrote it, for a message: never throws (`{toString: 1}` would make String throw). */
function shown(value: unknown): string {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/**
 * The metadata fields a front matter or sidecar mapping sets. A field of the wrong shape is
 * reported and left to inference; a date, publisher or author set to null is none (not
 * inferred); keys Dossier does not know are left alone (they may be Pandoc's or another tool's).
 */
export function readSetFields(data: Record<string, unknown>, where: string): { fields: SetFields; problems: Message[] } {
  const fields: SetFields = {};
  const problems: Message[] = [];

  for (const key of ['id', 'title', 'kind', 'publisher', 'author'] as const) {
    if (!(key in data)) continue;
    if (data[key] === null) {
      // `author: null` (or `~`, or nothing after the colon) says there is none: inference must not find one.
      if (key === 'publisher' || key === 'author') fields[key] = null;
      continue;
    }
    const value = text(data[key]);
    if (value === undefined) problems.push(message('{0}: the field "{1}" should be text', where, key));
    else fields[key] = value;
  }
  if (fields.kind !== undefined) fields.kind = fields.kind.toLowerCase();
  if ('date' in data && data.date === null) fields.date = null; // no date, rather than a wrong one inferred
  else if ('date' in data) {
    // An invalid Date (NaN) has no ISO form: it is reported as the text it prints, not thrown.
    const raw = data.date instanceof Date ? (Number.isNaN(data.date.getTime()) ? String(data.date) : data.date.toISOString().slice(0, 10)) : text(data.date);
    const iso = raw === undefined ? null : parseDate(raw);
    if (iso) fields.date = iso;
    else problems.push(message('{0}: "{1}" is not a date; write it as yyyy-mm-dd', where, shown(raw ?? data.date)));
  }
  const lang = data.language ?? data.lang;
  if (lang !== undefined && lang !== null) {
    const key = typeof lang === 'string' ? lang.trim().toLowerCase() : '';
    // Own keys only: "__proto__" or "constructor" name no language.
    const value = Object.hasOwn(LANGUAGES, key) ? LANGUAGES[key] : undefined;
    if (value) fields.language = value;
    else problems.push(message('{0}: the language "{1}" should be fr, en or other', where, shown(lang)));
  }
  return { fields, problems };
}
