import { readFrontMatter } from '../corpus/frontMatter';
import { parseDate } from '../corpus/dates';

/** Today as yyyy-mm-dd, in the local calendar. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The date a text speaks of, for the roles a hover card puts first: a source's own date when
 * it is one, else the `date` of a draft's front matter, else today.
 */
export function dateOfText(text: string, sourceDate: string | null | undefined, now = new Date()): string {
  if (sourceDate) return sourceDate;
  const fm = readFrontMatter(text, '');
  const raw = fm.data?.date;
  const parsed = typeof raw === 'string' ? parseDate(raw) : raw instanceof Date ? raw.toISOString().slice(0, 10) : null;
  return parsed ?? today(now);
}
