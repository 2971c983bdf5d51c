import { searchTerm, words } from '../text/words';

/** Words too frequent to help a search, in French and English (after folding). */
const STOP_WORDS = new Set(
  ('le la les un une des du de et ou en a au aux ce ces cet cette il elle ils elles on se sa son ses leur leurs ' +
    'qui que quoi dont y ne pas plus par pour sur dans avec est sont ete etre avoir ont the of and or to in on at ' +
    'by for with is are was were be been it its this that these those an as from')
    .split(' '),
);

export function tokenize(text: string): string[] {
  return words(text);
}

/** A word's search term, or null for stop words and lone letters. */
export function processTerm(word: string): string | null {
  const term = searchTerm(word);
  if (term.length < 2 && !/\d/.test(term)) return null;
  return STOP_WORDS.has(term) ? null : term;
}
