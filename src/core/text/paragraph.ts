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
