/** Offsets to 1-based lines and UTF-16 columns, as VS Code counts them, in O(log n) each. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }

  /** The offset of a 1-based line and column, or undefined when the text has no such place (a column up to just after the line's end). */
  offsetWithin(line: number, column: number): number | undefined {
    if (line < 1 || line > this.starts.length || column < 1) return undefined;
    const start = this.starts[line - 1];
    let end = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    if (end > start && this.text[end - 1] === '\r') end--;
    return column - 1 <= end - start ? start + column - 1 : undefined;
  }

  /** The offset of a 1-based line and column (clamped to the text). */
  offset(line: number, column: number): number {
    const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
    return start + Math.max(column, 1) - 1;
  }
}
