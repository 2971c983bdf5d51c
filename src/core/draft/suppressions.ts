/**
 * Inline comments that silence checks: `<!-- dossier-disable-next-line [codes] -->` for the
 * next line, `<!-- dossier-disable-line [codes] -->` for its own line, and
 * `<!-- dossier-disable [codes] -->` … `<!-- dossier-enable -->` for a block. No code: all.
 */
export interface Suppressions {
  silenced(code: string, line: number): boolean;
}

/** Codes stop at `<` too: with `[^>]*?`, every unclosed comment read the rest of the text again (quadratic). */
const COMMENT = /<!--\s*dossier-(disable-next-line|disable-line|disable|enable)\b([^<>]*?)-->/g;

export function parseSuppressions(text: string, lineOf: (offset: number) => number): Suppressions {
  const lines = new Map<number, Set<string> | 'all'>();
  const ranges: { from: number; to: number; codes: Set<string> | 'all' }[] = [];
  let open: { from: number; codes: Set<string> | 'all' } | undefined;
  const add = (line: number, codes: Set<string> | 'all') => {
    const had = lines.get(line);
    lines.set(line, had === 'all' || codes === 'all' ? 'all' : new Set([...(had ?? []), ...codes]));
  };
  // The line after each line end, found once per line end: comments that share a line share it.
  const nextLines = new Map<number, number>();
  for (const m of text.matchAll(COMMENT)) {
    const names = m[2].split(/[\s,]+/).filter(Boolean);
    const codes: Set<string> | 'all' = names.length > 0 ? new Set(names) : 'all';
    const line = lineOf(m.index);
    if (m[1] === 'disable-next-line') {
      // The next line that holds text: a blank line between is skipped.
      const lineEnd = text.indexOf('\n', m.index + m[0].length);
      let next = nextLines.get(lineEnd) ?? lineEnd;
      while (!nextLines.has(lineEnd) && next >= 0 && /^\s*$/.test(text.slice(next + 1, text.indexOf('\n', next + 1) < 0 ? undefined : text.indexOf('\n', next + 1)))) {
        const after = text.indexOf('\n', next + 1);
        if (after < 0) break;
        next = after;
      }
      nextLines.set(lineEnd, next);
      if (next >= 0) add(lineOf(next + 1), codes);
    } else if (m[1] === 'disable-line') add(line, codes);
    else if (m[1] === 'disable') open = { from: line, codes };
    else if (open) {
      ranges.push({ from: open.from, to: line, codes: open.codes });
      open = undefined;
    }
  }
  if (open) ranges.push({ from: open.from, to: Infinity, codes: open.codes });
  const covers = (codes: Set<string> | 'all' | undefined, code: string) => codes === 'all' || (codes?.has(code) ?? false);
  return {
    silenced: (code, line) => covers(lines.get(line), code) || ranges.some((r) => line >= r.from && line <= r.to && covers(r.codes, code)),
  };
}
