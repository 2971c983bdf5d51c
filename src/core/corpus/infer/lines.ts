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

/**
 * Replaces each link `[text](target)` (image `![text](target)`) by its text, as
 * `.replace(/!?\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')` would, in one pass: that pattern read
 * up to 500 characters again after each `[`, seconds on a long line of them.
 */
function linkTexts(line: string, open: '[' | '!['): string {
  const next = new Map<string, { from: number; at: number }>();
  // The next `]` or `)` after a place, kept while the places asked pass it.
  const nextOf = (c: string, from: number): number => {
    const known = next.get(c);
    if (known && known.from <= from && (known.at < 0 || known.at >= from)) return known.at;
    const at = line.indexOf(c, from);
    next.set(c, { from, at });
    return at;
  };
  let out = '';
  let copied = 0;
  for (let at = line.indexOf(open); at >= 0; ) {
    const textStart = at + open.length;
    const close = nextOf(']', textStart);
    const end = close >= 0 && close - textStart <= 500 && line[close + 1] === '(' ? nextOf(')', close + 2) : -1;
    if (end >= 0 && end - (close + 2) <= 2000) {
      out += line.slice(copied, at) + line.slice(textStart, close);
      copied = end + 1;
      at = line.indexOf(open, copied);
    } else at = line.indexOf(open, at + 1);
  }
  return out + line.slice(copied);
}

const MARK = /[[<*_`>]/;
/** Spaces that `\s+` → ' ' would change: two in a row, or any but the plain space. */
const ODD_SPACE = /[^\S ]| {2}/;

/** Removes Markdown and HTML marks from one line: links keep their text, emphasis goes. */
export function plainLine(raw: string): string {
  // Most lines of pasted text have no mark at all: spare them the five passes below.
  if (!MARK.test(raw)) return ODD_SPACE.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw.trim();
  return linkTexts(linkTexts(raw, '!['), '[')
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
