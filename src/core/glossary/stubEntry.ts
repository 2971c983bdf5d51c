import { isMap, isScalar, parseDocument } from 'yaml';
import { fold } from '../text/fold';

/** An id from a name: "Jean-Yves Le Drian" gives "jean-yves-le-drian"; taken ids get a number. */
export function idFromName(name: string, taken: (id: string) => boolean): string {
  const base = fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'entry';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** The lines of a new entry for `name`, to fill in; the name is quoted so that any text is valid YAML. */
export function stubEntryLines(id: string, name: string, indent: string): string[] {
  return [`${indent}${id}:`, `${indent}  name: ${JSON.stringify(name)}`, `${indent}  type: other`, `${indent}  aliases: []`, `${indent}  description: ""`];
}

/** Where and what to write in a glossary file to add an entry: replace `start`..`end` with `text`. */
export interface StubInsertion {
  start: number;
  end: number;
  text: string;
  /** Where the new entry's first line starts, once written. */
  entryAt: number;
}

/**
 * How to add a stub entry to a glossary's text: after its last entry, indented as its entries
 * are; under an `entries:` left empty; in place of an empty `entries: {}`; or, when the file has
 * no `entries`, with the key. Undefined when the entries are written in flow style
 * (`{a: {...}}`), which an appended block could only break.
 */
export function stubInsertion(text: string, id: string, name: string): StubInsertion | undefined {
  const doc = parseDocument(text);
  const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'entries') : undefined;
  const entries = pair?.value;
  const block = (indent: string) => stubEntryLines(id, name, indent).join('\n') + '\n';
  if (isMap(entries) && !entries.flow && entries.items.length > 0 && entries.range) {
    const first = entries.items[0].key;
    const firstAt = isScalar(first) && first.range ? first.range[0] : entries.range[0];
    const indent = ' '.repeat(firstAt - text.lastIndexOf('\n', firstAt - 1) - 1);
    // After the last entry: the end of the `entries` mapping.
    const end = entries.range[2];
    const prefix = text.slice(0, end).endsWith('\n') ? '' : '\n';
    return { start: end, end, text: prefix + block(indent), entryAt: end + prefix.length };
  }
  if (isMap(entries) && entries.flow && entries.items.length === 0 && entries.range) {
    // `entries: {}`: the braces give way to the entry, on the lines below.
    const [start, end] = entries.range;
    return { start, end, text: '\n' + block('  ').replace(/\n$/, ''), entryAt: start + 1 };
  }
  if (entries === undefined || entries === null || (isScalar(entries) && entries.value === null)) {
    if (pair && isScalar(pair.key) && pair.key.range) {
      // `entries:` with nothing after it: the entry goes on the next line.
      const lineEnd = text.indexOf('\n', pair.key.range[1]);
      const at = lineEnd < 0 ? text.length : lineEnd + 1;
      const prefix = lineEnd < 0 ? '\n' : '';
      return { start: at, end: at, text: prefix + block('  '), entryAt: at + prefix.length };
    }
    const prefix = text === '' || text.endsWith('\n') ? '' : '\n';
    const header = text.trim() === '' ? 'version: 1\nentries:\n' : 'entries:\n';
    return { start: text.length, end: text.length, text: prefix + header + block('  '), entryAt: text.length + prefix.length + header.length };
  }
  return undefined;
}
