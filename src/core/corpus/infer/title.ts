import { isInstitutionHeader } from './furniture';
import { LineFacts } from './lineFacts';
import type { Line } from './lines';

const MAX_TITLE = 200;

/** A trailing language switch ("[ru]") or a heading's closing colon is not part of a title. */
function tidy(text: string): string {
  let t = text.replace(/(?<!\s)\s*\[[a-z]{2}\]\s*$/i, '').replace(/(?<!\s)\s*[:|]\s*$/, '').trim();
  if (t.length > MAX_TITLE) t = `${t.slice(0, MAX_TITLE - 1).trimEnd()}…`;
  // A heading typed in lower case ("appel pour la paix…") reads as a title with a capital.
  return t.charAt(0).toLocaleUpperCase('fr') + t.slice(1);
}

/** A line that is plainly prose, not a title: long and ending like a sentence. */
function isProse(line: Line): boolean {
  return line.text.length > 120 && /[.!?»"]$/.test(line.text);
}

/**
 * The first real heading or line, skipping furniture. When the page is Markdown with
 * headings, a heading close to the top is preferred over the short lines before it
 * (a legislature number, a rubric).
 */
export function inferTitle(lines: readonly Line[], facts = new LineFacts()): string | undefined {
  // Only the first four candidates are looked at: the rest of the lines are not tested.
  const candidates: Line[] = [];
  for (let i = 0; i < lines.length && candidates.length < 4; i++) {
    const l = lines[i];
    if (facts.isFurniture(l)) continue;
    if (l.heading > 0 && isInstitutionHeader(l) && hasLaterHeading(lines, l)) continue;
    if (i < 4 && l.heading === 0 && facts.institutionName(l.text) !== undefined) continue;
    candidates.push(l);
  }
  if (candidates.length === 0) return undefined;
  const first = candidates[0];
  if (first.heading === 0) {
    const heading = candidates.slice(1, 4).find((l) => l.heading > 0);
    const before = heading ? candidates.slice(0, candidates.indexOf(heading)) : [];
    if (heading && before.every((l) => l.text.length < 60 && !isProse(l))) return tidy(heading.text) || undefined;
  }
  // A line of marks only ("|", ":") tidies to nothing: no title rather than an empty one.
  return tidy(first.text) || undefined;
}

function hasLaterHeading(lines: readonly Line[], line: Line): boolean {
  return lines.some((l) => l.index > line.index && l.heading > 0);
}
