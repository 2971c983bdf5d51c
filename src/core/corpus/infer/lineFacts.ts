import { isFurniture } from './furniture';
import { institutionName } from './institutions';
import type { Line } from './lines';

/**
 * What several inference rules ask of the same first lines (is it page furniture? does it name
 * an institution?), answered once a line: the title, the excerpt and the publisher all ask.
 */
export class LineFacts {
  private readonly furniture = new Map<Line, boolean>();
  private readonly institutions = new Map<string, string | undefined>();

  isFurniture(line: Line): boolean {
    let known = this.furniture.get(line);
    if (known === undefined) this.furniture.set(line, (known = isFurniture(line)));
    return known;
  }

  institutionName(text: string): string | undefined {
    if (this.institutions.has(text)) return this.institutions.get(text);
    const name = institutionName(text);
    this.institutions.set(text, name);
    return name;
  }
}
