import type { Language } from '../document';
import { forEachWord } from '../../text/words';

/** Words frequent in one language and rare in the others (no "de", "la", "que", "in"). */
const STOP_WORDS: Record<string, readonly string[]> = {
  fr: ['le', 'les', 'des', 'du', 'est', 'une', 'et', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'ce', 'cette', 'qui', 'nous', 'vous', 'sont', 'ont', 'été', 'avec', 'mais', 'leur', 'elle', 'ainsi', 'être'],
  en: ['the', 'of', 'and', 'to', 'is', 'that', 'for', 'on', 'with', 'as', 'by', 'was', 'are', 'be', 'this', 'it', 'from', 'at', 'which', 'have', 'has', 'were', 'not', 'or', 'will'],
  es: ['el', 'los', 'las', 'y', 'por', 'con', 'para', 'es', 'una', 'del', 'al', 'como', 'más', 'pero', 'sus', 'está'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'ein', 'eine', 'dem', 'für', 'auch', 'wird'],
  it: ['il', 'di', 'che', 'gli', 'della', 'per', 'non', 'sono', 'con', 'una', 'nel', 'alla', 'anche', 'questo', 'delle'],
  pt: ['o', 'os', 'do', 'da', 'dos', 'das', 'não', 'com', 'uma', 'para', 'em', 'ao', 'pelo', 'pela', 'também'],
};

const LOOKUP = new Map<string, string>();
for (const [lang, list] of Object.entries(STOP_WORDS)) for (const w of list) LOOKUP.set(w, lang);

const SAMPLE_CHARS = 6000;
/** No stop word is longer: longer words are counted without being looked up. */
const LONGEST_STOP_WORD = Math.max(...[...LOOKUP.keys()].map((w) => w.length));

/** fr or en by stop-word counts; `other` for other languages and for too little text. */
export function inferLanguage(text: string): Language {
  const counts: Record<string, number> = {};
  let total = 0;
  let hits = 0;
  const sample = text.slice(0, SAMPLE_CHARS);
  // Only short words can be stop words: the others are counted, never sliced nor looked up.
  forEachWord(sample, (start, end) => {
    total++;
    if (end - start > LONGEST_STOP_WORD) return;
    const lang = LOOKUP.get(sample.slice(start, end).toLowerCase());
    if (lang) {
      counts[lang] = (counts[lang] ?? 0) + 1;
      hits++;
    }
  });
  if (hits < 3 || hits / total < 0.05) return 'other';
  const [best] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best === 'fr' || best === 'en' ? best : 'other';
}

