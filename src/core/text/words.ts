import { fold, straightenApostrophes } from './fold';

/** A word: letters and digits, with inner apostrophes ("aujourd'hui", "l’Otan") kept together. */
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/** French elided articles and pronouns: "l'", "d'", "qu'", "jusqu'"... */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=[\p{L}\p{N}])/u;
const POSSESSIVE = /'s$/;

/**
 * The search term of a word: folded, without its elided article or English possessive,
 * so that "l’Otan", "OTAN" and "Otan's" all give "otan".
 */
export function searchTerm(word: string): string {
  let term = TERMS.get(word);
  if (term === undefined) {
    term = fold(straightenApostrophes(word)).replace(ELISION, '').replace(POSSESSIVE, '');
    if (TERMS.size >= MAX_TERMS) TERMS.clear();
    TERMS.set(word, term);
  }
  return term;
}

/**
 * The terms of the words last seen: indexing meets the same words again and again (a corpus's
 * words follow Zipf's law), so most are folded once. Bounded: emptied when full.
 */
const TERMS = new Map<string, string>();
const MAX_TERMS = 200000;
