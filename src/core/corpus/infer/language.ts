import type { Language } from '../document';
import { forEachWord } from '../../text/words';
import { WordSpans } from '../../text/wordSpans';

/** Words frequent in one language and rare in the others (no "de", "la", "que", "in"). */
export const STOP_WORDS: Record<string, readonly string[]> = {
  fr: ['le', 'les', 'des', 'du', 'est', 'une', 'et', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'ce', 'cette', 'qui', 'nous', 'vous', 'sont', 'ont', 'été', 'avec', 'mais', 'leur', 'elle', 'ainsi', 'être'],
  en: ['the', 'of', 'and', 'to', 'is', 'that', 'for', 'on', 'with', 'as', 'by', 'was', 'are', 'be', 'this', 'it', 'from', 'at', 'which', 'have', 'has', 'were', 'not', 'or', 'will'],
  es: ['el', 'los', 'las', 'y', 'por', 'con', 'para', 'es', 'una', 'del', 'al', 'como', 'más', 'pero', 'sus', 'está'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'ein', 'eine', 'dem', 'für', 'auch', 'wird'],
  it: ['il', 'di', 'che', 'gli', 'della', 'per', 'non', 'sono', 'con', 'una', 'nel', 'alla', 'anche', 'questo', 'delle'],
  pt: ['o', 'os', 'do', 'da', 'dos', 'das', 'não', 'com', 'uma', 'para', 'em', 'ao', 'pelo', 'pela', 'também'],
};

/** Each stop word's language; a word in two lists counts for the later one. */
const LANGUAGE_OF = new Map<string, string>();
for (const [lang, list] of Object.entries(STOP_WORDS)) for (const w of list) LANGUAGE_OF.set(w, lang);

/** The stop words by the hash of their letters (collisions chained): a word is looked up without a string made for it. */
const BY_HASH = new Map<number, { word: string; lang: string }[]>();
for (const [word, lang] of LANGUAGE_OF) {
  const h = [...word].reduce((h, c) => hashStep(h, c.charCodeAt(0)), 0);
  BY_HASH.set(h, [...(BY_HASH.get(h) ?? []), { word, lang }]);
}

const SAMPLE_CHARS = 6000;
/** No stop word is longer: longer words are counted without being looked up. */
const LONGEST_STOP_WORD = Math.max(...[...LANGUAGE_OF.keys()].map((w) => w.length));

/** fr or en by stop-word counts; `other` for other languages and for too little text. */
export function inferLanguage(text: string): Language {
  const vote = new LanguageVote();
  forEachWord(text, (start, end) => vote.word(text, start, end), 0, Math.min(text.length, SAMPLE_CHARS));
  return vote.language();
}

/**
 * The words of a text from `from` counted, and its language inferred, in one reading: the same
 * answers as `countWords(text.slice(from))` and `inferLanguage(text.slice(from))`, for half the
 * reading. Each word's span (offsets in `text`) and hash go to `spans` when given, for the index.
 */
export function countWordsAndInferLanguage(text: string, from = 0, spans?: WordSpans): { words: number; language: Language } {
  const kept = spans ?? new WordSpans((text.length - from) >> 3);
  const before = kept.size;
  kept.read(text, from);
  const vote = new LanguageVote();
  const sampleEnd = Math.min(text.length, from + SAMPLE_CHARS);
  for (let k = before; k < kept.size && kept.start(k) < sampleEnd; k++) {
    const start = kept.start(k);
    const end = kept.end(k);
    if (end <= sampleEnd) vote.word(text, start, end);
    // A word across the sample's end is read as the sample alone would read it (cut, its apostrophe or half a pair dropped).
    else forEachWord(text, (s, e) => vote.word(text, s, e), start, sampleEnd);
  }
  return { words: kept.size - before, language: vote.language() };
}

/** Stop words counted by language, fed the words of a sample in order. */
class LanguageVote {
  private readonly counts: Record<string, number> = {};
  private total = 0;
  private hits = 0;
  private readonly lower = lowerCaseTable();

  word(text: string, start: number, end: number): void {
    this.total++;
    if (end - start > LONGEST_STOP_WORD) return;
    const lang = stopWordLanguage(text, start, end, this.lower);
    if (lang) {
      this.counts[lang] = (this.counts[lang] ?? 0) + 1;
      this.hits++;
    }
  }

  language(): Language {
    if (this.hits < 3 || this.hits / this.total < 0.05) return 'other';
    const [best] = Object.entries(this.counts).sort((a, b) => b[1] - a[1])[0];
    return best === 'fr' || best === 'en' ? best : 'other';
  }
}

/** The language of `text.slice(start, end)` lower-cased when it is a stop word, read in place. */
function stopWordLanguage(text: string, start: number, end: number, lower: Uint16Array): string | undefined {
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = lower[text.charCodeAt(i)];
    if (c === 0) return undefined;
    h = hashStep(h, c);
  }
  const candidates = BY_HASH.get(h);
  if (!candidates) return undefined;
  next: for (const { word, lang } of candidates) {
    if (word.length !== end - start) continue;
    for (let k = 0; k < word.length; k++) if (lower[text.charCodeAt(start + k)] !== word.charCodeAt(k)) continue next;
    return lang;
  }
  return undefined;
}

/** Any hash does: the stop words are hashed here by the same steps. */
function hashStep(h: number, codeUnit: number): number {
  return (Math.imul(h, 31) + codeUnit) | 0;
}

let LOWER: Uint16Array | undefined;

/**
 * Each code unit's lower case, 0 where it is not one code unit (İ gives two): no stop word has
 * such a letter, nor one that lower-cases by its neighbours (the Greek sigma), so a word read
 * through this table is a stop word exactly when its `toLowerCase()` is.
 */
function lowerCaseTable(): Uint16Array {
  if (!LOWER) {
    LOWER = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1) LOWER[c] = lower.charCodeAt(0);
    }
  }
  return LOWER;
}
