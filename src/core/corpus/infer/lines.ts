/** The lines of a pasted source, with Markdown marks taken off, for inference to read. */

export interface Line {
  /** The text without Markdown marks, trimmed. */
  readonly text: string;
  /** 1 to 6 for a Markdown heading (`#`) line, else 0. */
  readonly heading: number;
  /** 0-based index among all lines of the text. */
  readonly index: number;
}

const HEADING_OPEN = /^\s{0,3}(#{1,6})\s+/;

/**
 * A Markdown heading line: its level and its text without the closing `#`s. The same as
 * `/^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/`, whose three quantifiers at the end took cubic time
 * on a long line of spaces: the closing run is taken off from the end instead.
 */
function heading(raw: string): { level: number; text: string } | undefined {
  const open = HEADING_OPEN.exec(raw);
  if (!open) return undefined;
  const rest = raw.slice(open[0].length);
  let end = rest.length;
  while (end > 0 && /\s/.test(rest[end - 1])) end--;
  while (end > 0 && rest[end - 1] === '#') end--;
  while (end > 0 && /\s/.test(rest[end - 1])) end--;
  const text = rest.slice(0, end);
  // `.` stops at line terminators: a heading whose text holds one was no heading.
  return /[\n\r\u2028\u2029]/.test(text) ? undefined : { level: open[1].length, text };
}

/** Removes Markdown and HTML marks from one line: links keep their text, emphasis goes. */
export function plainLine(raw: string): string {
  return raw
    .replace(/!\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/<[^<>]{0,200}>/g, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)|(?<=\S)(\*\*|__|\*|_|`)/g, '')
    .replace(/^\s{0,3}>\s?/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Up to `max` non-blank lines of `text`. */
export function readLines(text: string, max = Infinity): Line[] {
  const out: Line[] = [];
  let index = 0;
  let start = 0;
  while (start <= text.length && out.length < max) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const h = heading(raw);
    const clean = plainLine(h ? h.text : raw);
    if (clean) out.push({ text: clean, heading: h ? h.level : 0, index });
    index++;
    start = end + 1;
  }
  return out;
}
