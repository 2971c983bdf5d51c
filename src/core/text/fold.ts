/** Case and accent folding shared by search and matching: "Élysée" and "elysee" are equal. */

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

/** The definition: decomposed, marks dropped, ligatures spelt out, lower case. */
function foldSlow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œŒæÆß]/g, (c) => LIGATURES[c] ?? c)
    .toLowerCase();
}

/**
 * Latin letters, Latin-1 punctuation, general punctuation and currency signs fold one character
 * at a time (nothing in these ranges depends on its neighbours, as Greek's final sigma does), so
 * their folds are looked up in a table made with the definition itself. Text with any other
 * character (Greek, Cyrillic, combining marks, astral characters) takes the definition whole.
 */
const TABLE_RANGES: [number, number][] = [[0x80, 0x24f], [0x2000, 0x206f], [0x20a0, 0x20cf]];
const TABLE = new Map<string, string>();
for (const [from, to] of TABLE_RANGES) {
  for (let c = from; c <= to; c++) TABLE.set(String.fromCharCode(c), foldSlow(String.fromCharCode(c)));
}
const OUTSIDE_TABLE = /[^\u0000-\u024F\u2000-\u206F\u20A0-\u20CF]/;
const NON_ASCII = /[^\u0000-\u007F]/g;
const foldChar = (c: string): string => TABLE.get(c)!;

/**
 * The fold of one code unit, where it folds alone: ASCII and the table's ranges (`fold` of a text
 * of such units is their folds end to end). Undefined for any other unit.
 */
export function foldedUnit(c: number): string | undefined {
  if (c < 0x80) return String.fromCharCode(c).toLowerCase();
  return TABLE.get(String.fromCharCode(c));
}

export function fold(text: string): string {
  if (OUTSIDE_TABLE.test(text)) return foldSlow(text);
  return text.replace(NON_ASCII, foldChar).toLowerCase();
}

/** Typographic apostrophes and primes become the straight one. */
export function straightenApostrophes(text: string): string {
  return text.replace(/[\u2019\u2018\u02BC\u00B4\u2032`]/g, "'");
}
