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
