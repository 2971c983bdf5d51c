import { parseDocument } from 'yaml';
import { message, type Message } from '../messages';

export interface FrontMatter {
  /** The parsed mapping, or undefined when there is none or it is broken. */
  readonly data: Record<string, unknown> | undefined;
  /** Where the text after the front matter starts. */
  readonly bodyStart: number;
  readonly problems: Message[];
}

const FENCE = /^\uFEFF?---[ \t]*\r?\n/;
/** A line of its own, ended by a line feed or carriage return: not by U+2028 or U+2029, which YAML keeps in a value (the `m` flag took them as line ends). */
const CLOSE = /(?<=^|[\r\n])(?:---|\.\.\.)[ \t]*(?=[\r\n]|$)/;

/**
 * Limits that keep a hostile YAML file (alias bombs) from hanging the scan; and no process
 * warnings (a key that is a list), which would go to the console for each such file.
 */
export const YAML_LIMITS = { maxAliasCount: 100, prettyErrors: false, logLevel: 'error' } as const;

/** Parses a YAML mapping; anything else is reported, never thrown. */
export function parseYamlMapping(text: string, where: string): { data?: Record<string, unknown>; problems: Message[] } {
  const doc = parseDocument(text, { ...YAML_LIMITS, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line ?? 1;
    return { problems: [message('{0}, line {1}: {2}', where, line, e.message.split('\n')[0])] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (err) {
    return { problems: [message('{0}: {1}', where, (err as Error).message)] };
  }
  if (value === null || value === undefined) return { problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { problems: [message('{0}: the metadata should be a list of fields (key: value)', where)] };
  }
  return { data: value as Record<string, unknown>, problems: [] };
}

/**
 * Where front matter's YAML lies and where the text after it starts, without parsing the YAML:
 * what the draft parser and a hover need. Undefined when the text has none; `closed` false when
 * the opening `---` has no closing line (then the whole text is body).
 */
export function frontMatterBounds(text: string): { yamlStart: number; yamlEnd: number; bodyStart: number; closed: boolean } | undefined {
  const open = FENCE.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { yamlStart: open[0].length, yamlEnd: text.length, bodyStart: 0, closed: false };
  let bodyStart = open[0].length + close.index + close[0].length;
  if (text[bodyStart] === '\r') bodyStart++;
  if (text[bodyStart] === '\n') bodyStart++;
  return { yamlStart: open[0].length, yamlEnd: open[0].length + close.index, bodyStart, closed: true };
}

/** Front matter: a YAML block between `---` lines at the very start of a Markdown file. */
export function readFrontMatter(text: string, where: string): FrontMatter {
  const bounds = frontMatterBounds(text);
  if (!bounds) return { data: undefined, bodyStart: 0, problems: [] };
  if (!bounds.closed) {
    return { data: undefined, bodyStart: 0, problems: [message('{0}: the front matter has no closing --- line', where)] };
  }
  const { data, problems } = parseYamlMapping(text.slice(bounds.yamlStart, bounds.yamlEnd), where);
  return { data, bodyStart: bounds.bodyStart, problems };
}
