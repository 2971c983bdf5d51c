/**
 * Pandoc citation keys: a letter, digit or `_` first, then letters, digits, `_` and internal
 * punctuation (`:.#$%&-+?<>~/`). Any other key is written in braces: `@{Rapport annuel 2020}`.
 */
const BARE_KEY = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*$/u;

export function isBareKey(id: string): boolean {
  return BARE_KEY.test(id);
}

/** `@id`, or `@{id}` when the id holds characters a bare key cannot. */
export function citationFor(id: string): string {
  return isBareKey(id) ? `@${id}` : `@{${id}}`;
}
