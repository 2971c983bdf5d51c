/** How far around a place its paragraph is looked for. */
const AROUND = 4000;

/**
 * The paragraph around `offset`: from the last blank line before it to the first after it,
 * within AROUND characters each way (then cut at line ends). What a hover or a definition
 * needs of a long draft, without reading it whole after every edit.
 */
export function paragraphAround(text: string, offset: number): { from: number; to: number } {
  const blank = /\n[ \t\r]*\n/g;
  let from = Math.max(0, offset - AROUND);
  let to = Math.min(text.length, offset + AROUND);
  // The last blank line before the place, and the first after it, within reach.
  blank.lastIndex = from;
  for (let m = blank.exec(text); m && m.index < offset; m = blank.exec(text)) from = m.index + m[0].length;
  blank.lastIndex = offset;
  const after = blank.exec(text);
  if (after && after.index < to) to = after.index;
  // Out of reach of a blank line: cut at line ends, where a name is seldom split.
  if (from > 0 && from === Math.max(0, offset - AROUND)) from = text.lastIndexOf('\n', from) + 1;
  if (to < text.length && to === offset + AROUND) to = Math.max(offset, text.indexOf('\n', to) < 0 ? text.length : text.indexOf('\n', to));
  return { from, to };
}

/**
 * The whole paragraph around `offset`, however long: its lines, back to the line after a blank
 * one and on to the line before the next (or the text's ends). Read line by line outwards, so a
 * short paragraph of a long text costs little. What must agree exactly with a split of the
 * whole text (the sentence around a citation), where a cut at the reach would not.
 */
export function wholeParagraphAround(text: string, offset: number): { from: number; to: number } {
  let from = text.lastIndexOf('\n', offset - 1) + 1;
  while (from > 0) {
    const previous = text.lastIndexOf('\n', from - 2) + 1;
    if (isBlankLine(text, previous, from - 1)) break;
    from = previous;
  }
  let to = lineEnd(text, offset);
  while (to < text.length && !isBlankLine(text, to + 1, lineEnd(text, to + 1))) to = lineEnd(text, to + 1);
  return { from, to };
}

function lineEnd(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline < 0 ? text.length : newline;
}

/** Whether `[from, to)` holds only spaces, tabs and carriage returns, as the blank lines above. */
function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
