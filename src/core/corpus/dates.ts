/** Reads dates written in French or English prose, and checks that they exist. */

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
  juillet: 7, juil: 7, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
  decembre: 12, dec: 12,
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, october: 10, november: 11, december: 12,
};

const MONTH = '(janvier|janv|f[ée]vrier|f[ée]vr|f[ée]v|mars|avril|avr|mai|juin|juillet|juil|ao[ûu]t|septembre|sept|octobre|oct|novembre|nov|d[ée]cembre|d[ée]c|january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sep|october|november|december)';
const WEEKDAY = '(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\.?,?\\s+)?';
const DAY = '(1er|[0-3]?\\d)(?:st|nd|rd|th)?';

/** One date expression; each alternative has its own groups, read by `toIso`. */
export const DATE_SOURCE =
  `(?:${WEEKDAY}${DAY}\\s+${MONTH}\\.?,?\\s+(\\d{4})` + // 15 novembre 2018, Thursday 15 Nov. 2018
  `|${MONTH}\\.?\\s+([0-3]?\\d)(?:st|nd|rd|th)?,\\s+(\\d{4})` + // November 15, 2018
  `|(\\d{4})-(\\d{2})-(\\d{2})` + // 2018-11-15
  `|([0-3]?\\d)[/.](\\d{1,2})[/.](\\d{4}))`; // 15/11/2018, 15.11.2018

/** A day and month without a year ("le 15 novembre", "on November 15"), as briefing notes write them. */
export const DAY_MONTH_SOURCE = `(?<![\\p{L}\\d])(?:${DAY}\\s+${MONTH}|${MONTH}\\.?\\s+([0-3]?\\d)(?:st|nd|rd|th)?)(?![\\p{L}\\d])`;

/** The "--mm-dd" key of a `DAY_MONTH_SOURCE` match's groups (starting at `g[0]`), if the day exists in some year. */
export function dayMonthKey(g: readonly (string | undefined)[]): string | null {
  const [day, month] = g[0] !== undefined ? [g[0] === '1er' ? 1 : Number(g[0]), g[1]!] : [Number(g[3]), g[2]!];
  const iso = isoDate(2000, monthNumber(month) ?? 0, day); // a leap year: 29 February exists
  return iso && `--${iso.slice(5)}`;
}

const DATE_ONLY = new RegExp(`^\\s*${DATE_SOURCE}\\s*$`, 'iu');

function monthNumber(name: string): number | undefined {
  return MONTHS[name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()];
}

/** yyyy-mm-dd when the day exists, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1000 && year <= 2999 && month >= 1 && month <= 12 && day >= 1)) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Converts the groups of a `DATE_SOURCE` match (starting at `g[0]`) to ISO. A numeric date
 * is read day first (French and British usage); with `dayFirst` false (English text, which may
 * be American), one that reads both ways (03/05/2019) is no date rather than a guess.
 */
export function toIso(g: readonly (string | undefined)[], dayFirst = true): string | null {
  if (g[0] !== undefined) {
    const day = g[0] === '1er' ? 1 : Number(g[0]);
    return isoDate(Number(g[2]), monthNumber(g[1]!) ?? 0, day);
  }
  if (g[3] !== undefined) return isoDate(Number(g[5]), monthNumber(g[3]) ?? 0, Number(g[4]));
  if (g[6] !== undefined) return isoDate(Number(g[6]), Number(g[7]), Number(g[8]));
  if (g[9] !== undefined) {
    const a = Number(g[9]);
    const b = Number(g[10]);
    const dayMonth = isoDate(Number(g[11]), b, a);
    const monthDay = isoDate(Number(g[11]), a, b);
    if (!dayFirst && dayMonth && monthDay && dayMonth !== monthDay) return null;
    return dayMonth ?? monthDay;
  }
  return null;
}

/** Parses a whole string that is one date ("15 novembre 2018", "2018-11-15"), else null. */
export function parseDate(text: string): string | null {
  const m = DATE_ONLY.exec(text);
  return m ? toIso(m.slice(1)) : null;
}
