/** Case and accent folding shared by search and matching: "Élysée" and "elysee" are equal. */

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œŒæÆß]/g, (c) => LIGATURES[c] ?? c)
    .toLowerCase();
}

/** Typographic apostrophes and primes become the straight one. */
export function straightenApostrophes(text: string): string {
  return text.replace(/[\u2019\u2018\u02BC\u00B4\u2032`]/g, "'");
}
