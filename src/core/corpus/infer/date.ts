import { DATE_SOURCE, toIso } from '../dates';
import { isCaption } from './furniture';
import type { Line } from './lines';

const PUBLISHED =
  '(?:publi[ée]e?s?|mise? en ligne|parue?s?|date de (?:publication|parution|mise en ligne)|published|posted|released|date of publication|publication date)' +
  '(?:\\s+(?:au|dans le|in the|on|le|the)\\s+(?:jo|journal officiel)(?:\\s+s[ée]nat)?)?';
const UPDATED = '(?:mise? [àa] jour|modifi[ée]e?|updated|last updated|last modified)';
/** The few words a label may follow on its line: "Question publiée…", "Article mis en ligne…". */
const LINE_START = "^[ \\t>*_#-]{0,6}(?:[\\p{L}'’]+[ \\t]+){0,2}?";
const GAP = '[^\\d\\n]{0,25}?';

/**
 * Where a publication date stands, strongest first: a label at the start of a line
 * ("publié le 21/11/2019", "Question publiée au JO le : …"), a label whose date ends its line,
 * a "Date:" line, then an update date. A label inside a sentence ("selon un rapport publié le…")
 * speaks of another document and is not taken.
 */
export const PUBLISHED_PATTERNS: readonly RegExp[] = [
  atLineStarts(`${LINE_START}${PUBLISHED}${GAP}${DATE_SOURCE}`),
  anywhere(`${PUBLISHED}${GAP}${DATE_SOURCE}[ \\t.)]*$`),
  atLineStarts(`^[ \\t>*_#-]{0,6}(?:date|dated)[ \\t]*:[ \\t]*${DATE_SOURCE}`),
];
export const UPDATED_PATTERN = atLineStarts(`${LINE_START}${UPDATED}${GAP}${DATE_SOURCE}`);

/**
 * What ends a dateline's date: the line, a dash, a closing parenthesis, a full stop or a colon.
 * "Jens Stoltenberg, le 15 juin 2016 à Bruxelles" goes on: a caption, not a dateline.
 */
const DATELINE_END = '(?=\\s*(?:$|[–—―-]|\\)|\\.(?:\\s|$)|:))';
/** "Paris, le 12 mars 2021", "(Moscou, le 15 novembre 2019)", "Brussels, 4 June 2019 –", or a date alone on its line. */
const DATELINE = new RegExp(`(?:^|\\()\\s*\\p{Lu}[\\p{L}'’.-]*(?: \\p{L}[\\p{L}'’.-]*){0,2},\\s+(?:le\\s+|on\\s+)?${DATE_SOURCE}${DATELINE_END}`, 'iu');
/** Month names are matched in any case, so the place's capital is checked apart. */
const STARTS_CAPITALISED = /^\(?\s*\p{Lu}/u;
const DATE_ALONE = new RegExp(`^${DATE_SOURCE}$`, 'iu');

/** Anywhere in the text (as `matchAll` reads it). */
function anywhere(source: string): RegExp {
  return new RegExp(source, 'gimu');
}

/**
 * A pattern that starts with `^` (lines), tried at the start of each line only (sticky): V8
 * tries such an expression at every character, and these were a tenth of reading a source.
 */
function atLineStarts(source: string): RegExp {
  return new RegExp(source, 'imuy');
}

/** The first line break (as `^` and `$` read them) at or after an offset, -1 if none. */
export function lineBreaks(text: string): (from: number) => number {
  // Three searches for one character each take less than one for a class of them.
  if (text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) return (from) => text.indexOf('\n', from);
  const re = /[\n\r\u2028\u2029]/g;
  return (from) => {
    re.lastIndex = from;
    return re.exec(text)?.index ?? -1;
  };
}

/**
 * The first date that exists among the matches of `pattern`. A pattern of lines gives the same
 * matches as `matchAll` would: after one, the search goes on from its end (a date may run onto
 * the next line), at the first line start there or after.
 */
export function firstDate(text: string, pattern: RegExp, dayFirst: boolean, breakAt: (from: number) => number): string | null {
  if (!pattern.sticky) {
    for (const m of text.matchAll(pattern)) {
      const iso = toIso(m.slice(1), dayFirst);
      if (iso) return iso;
    }
    return null;
  }
  for (let at = 0; at <= text.length; ) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    const iso = m && toIso(m.slice(1), dayFirst);
    if (iso) return iso;
    // The line break just before the next place to try (the match's end, or the next character).
    const next = breakAt(Math.max(m ? m.index + m[0].length : 0, at + 1) - 1);
    if (next < 0) return null;
    at = next + 1;
  }
  return null;
}

/**
 * The publication date: a labelled date anywhere ("publié le 21/11/2019", "Published: 12 March
 * 2021"), else a dateline near the top ("Paris, le 12 mars 2021"), else a labelled update date.
 * Dates in photo captions, dates without a year, and numeric dates of English text that read
 * both ways are never taken: null rather than a guess.
 */
export function inferDate(plainText: string, lines: readonly Line[], language: string = 'fr'): string | null {
  // English text may write dates month first: a numeric date that reads both ways is not taken.
  const dayFirst = language !== 'en';
  const breakAt = lineBreaks(plainText);
  for (const pattern of PUBLISHED_PATTERNS) {
    const iso = firstDate(plainText, pattern, dayFirst, breakAt);
    if (iso) return iso;
  }
  for (const line of lines.slice(0, 15)) {
    if (isCaption(line)) continue;
    const dateline = DATELINE.exec(line.text);
    const m = (dateline && STARTS_CAPITALISED.test(dateline[0]) ? dateline : null) ?? DATE_ALONE.exec(line.text);
    const iso = m && toIso(m.slice(1), dayFirst);
    if (iso) return iso;
  }
  return firstDate(plainText, UPDATED_PATTERN, dayFirst, breakAt);
}
