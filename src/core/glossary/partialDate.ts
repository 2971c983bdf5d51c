import { isoDate } from '../corpus/dates';

/** A date as precise as the glossary knows it: yyyy, yyyy-mm or yyyy-mm-dd. */
export interface PartialDate {
  text: string;
  /** The first and last day it may mean, as yyyy-mm-dd. */
  first: string;
  last: string;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(value: unknown): PartialDate | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const m = FORM.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[3]) {
    const iso = isoDate(year, Number(m[2]), Number(m[3]));
    return iso ? { text, first: iso, last: iso } : undefined;
  }
  if (m[2]) {
    const month = Number(m[2]);
    const first = isoDate(year, month, 1);
    if (!first) return undefined;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { text, first, last: isoDate(year, month, lastDay)! };
  }
  return year >= 1000 ? { text, first: `${m[1]}-01-01`, last: `${m[1]}-12-31` } : undefined;
}
