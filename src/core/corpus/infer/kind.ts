import { fold } from '../../text/fold';
import { PhraseFinder } from '../../text/phraseFinder';
import { readKindText, type KindText } from './kindText';

/**
 * Signals of each kind, on folded text; a signal in the title or first lines counts double.
 * Each comes with phrases that any match of it contains: a text without them is not searched
 * with the expression (most texts lack most signals, and one pass for all phrases is far
 * cheaper than an expression each). A phrase opening with a line break stands at a line's start.
 */
type Signal = readonly [needles: readonly string[], re: RegExp];

export const KIND_SIGNALS: Record<string, readonly Signal[]> = {
  'parliamentary-question': [
    [['question au gouvernement', 'question ecrite', 'question orale', "question d'actualite"], /\bquestion (?:au gouvernement|ecrite|orale|d'actualite)\b/],
    [['texte de la question'], /\btexte de la question\b/],
    [['publie au jo', 'publiee au jo', 'publie dans le jo', 'publiee dans le jo'], /\bpubliee? (?:au|dans le) jo\b/], [['jo senat'], /\bjo senat\b/],
    [['ministere interroge', 'ministere attributaire'], /\bministere (?:interroge|attributaire)\b/],
    [['written question'], /\bwritten question\b/], [['parliamentary question'], /\bparliamentary question\b/],
    [['question for written answer', 'question for oral answer'], /\bquestion for (?:written|oral) answer\b/], [['answer given by'], /\banswer given by\b/],
    [['reponse du ministere'], /\breponse du ministere\b/],
  ],
  'press-release': [
    [['communique de presse', 'communique pour la presse'], /\bcommunique (?:de|pour la) presse\b/], [['\ncommunique'], /^communique\b/m],
    [['press release'], /\bpress release\b/], [['for immediate release'], /\bfor immediate release\b/],
    [['contact presse', 'media contact', 'press contact'], /\b(?:contact presse|media contact|press contact)s?\b/],
    [['pressemitteilung', 'comunicado de prensa', 'nota de prensa', 'comunicato stampa'], /\b(?:pressemitteilung|comunicado de prensa|nota de prensa|comunicato stampa)\b/],
  ],
  'press-article': [
    [['temps de lecture'], /\btemps de lecture\b/], [['reading time'], /\breading time\b/], [['(afp', '(reuters', '(ap'], /\((?:afp|reuters|ap)\b/],
    [['afp', 'reuters'], /\b(?:afp|reuters)\b/], [['\npar ', '\nby '], /^(?:par|by) [a-z]+ [a-z]+$/m], [['abonne'], /\babonnes?\b/],
    [['correspondant'], /\bcorrespondant\b/],
  ],
  speech: [
    [['seul le prononce fait foi'], /\bseul le prononce fait foi\b/], [['check against delivery'], /\bcheck against delivery\b/],
    [['\ndiscours', '\nallocution', '\nspeech', '\nremarks'], /^(?:discours|allocution|speech|remarks)\b/m],
    [['speech by', 'speech of', 'remarks by', 'remarks of'], /\b(?:speech|remarks) (?:by|of)\b/],
    [['mesdames et messieurs'], /\bmesdames et messieurs\b/], [['ladies and gentlemen'], /\bladies and gentlemen\b/],
  ],
  declaration: [
    [['\ndeclaration', '\njoint statement', '\njoint declaration', '\nstatement'], /^(?:declaration|joint statement|joint declaration|statement)\b/m],
    [['declaration conjointe', 'declaration commune', 'declaration finale'], /\bdeclaration (?:conjointe|commune|finale)\b/],
    [['joint statement', 'joint declaration'], /\bjoint (?:statement|declaration)\b/], [['communique conjoint'], /\bcommunique conjoint\b/],
  ],
  treaty: [
    [['article premier', 'article 1er'], /\barticle (?:premier|1er)\b/], [['hautes parties contractantes'], /\bhautes parties contractantes\b/],
    [['high contracting parties'], /\bhigh contracting parties\b/], [['ont convenu de ce qui suit'], /\bont convenu de ce qui suit\b/],
    [['have agreed as follows'], /\bhave agreed as follows\b/],
    [['\ntraite', '\ntreaty', '\nconvention', '\naccord'], /^(?:traite|treaty|convention|accord)\b/m],
  ],
  report: [
    [['executive summary'], /\bexecutive summary\b/], [['resume executif', 'resume analytique'], /\bresume (?:executif|analytique)\b/],
    [['synthese'], /\bsynthese\b/], [['table des matieres', 'table of contents'], /\btable (?:des matieres|of contents)\b/],
    [['\nrapport', '\nreport'], /^(?:rapport|report)\b/m], [['recommandations'], /\brecommandations\b/], [['recommendations'], /\brecommendations\b/],
    [['annex'], /\bannexe?s?\b/],
  ],
};

/** How much of the text is read: a kind shows itself early. */
const HEAD_CHARS = 1500;
const BODY_CHARS = 30000;

/** The kind with the strongest signals; `other` when nothing speaks clearly. */
export function inferKind(text: string): string {
  const { head, body, found } = readKindText(text, HEAD_CHARS, BODY_CHARS, FINDER) ?? readSlowly(text);
  let best = 'other';
  let bestScore = 1; // at least two points: one signal in the head, or two in the body
  for (const [kind, signals] of Object.entries(KIND_SIGNALS)) {
    let score = 0;
    for (const [needles, re] of signals) {
      if (!needles.some((n) => found[NEEDLE_INDEX.get(n)!] === 1)) continue; // the head is the start of the body
      if (re.test(head)) score += 2;
      else if (re.test(body)) score += 1;
    }
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return best;
}

/** `readKindText`'s answer, for a text some character of which folds only with its neighbours. */
function readSlowly(text: string): KindText {
  const body = fold(text.slice(0, BODY_CHARS)).replace(/[’]/g, "'");
  return { head: fold(text.slice(0, HEAD_CHARS)).replace(/[’]/g, "'"), body, found: FINDER.found(body, '\n') };
}

/** Every needle, looked for all at once: one pass over the text instead of one a needle. */
const NEEDLES = [...new Set(Object.values(KIND_SIGNALS).flatMap((signals) => signals.flatMap(([needles]) => needles)))];
const NEEDLE_INDEX = new Map(NEEDLES.map((n, i) => [n, i]));
/** `^` with the `m` flag reads every line terminator as a line break: so do the needles. */
const FINDER = new PhraseFinder(NEEDLES, { '\r': '\n', '\u2028': '\n', '\u2029': '\n' });

/** The needles a folded text holds, a line break read before it (a phrase at the text's start stands at a line's start). */
export function needlesIn(folded: string): Set<string> {
  const found = FINDER.found(folded, '\n');
  return new Set(NEEDLES.filter((_, i) => found[i] === 1));
}
