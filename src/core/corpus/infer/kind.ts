import { fold } from '../../text/fold';

/** Signals of each kind, on folded text; a signal in the title or first lines counts double. */
const SIGNALS: Record<string, readonly RegExp[]> = {
  'parliamentary-question': [
    /\bquestion (?:au gouvernement|ecrite|orale|d'actualite)\b/, /\btexte de la question\b/, /\bpubliee? (?:au|dans le) jo\b/,
    /\bjo senat\b/, /\bministere (?:interroge|attributaire)\b/, /\bwritten question\b/, /\bparliamentary question\b/,
    /\bquestion for (?:written|oral) answer\b/, /\banswer given by\b/, /\breponse du ministere\b/,
  ],
  'press-release': [/\bcommunique (?:de|pour la) presse\b/, /^communique\b/m, /\bpress release\b/, /\bfor immediate release\b/, /\b(?:contact presse|media contact|press contact)s?\b/, /\b(?:pressemitteilung|comunicado de prensa|nota de prensa|comunicato stampa)\b/],
  'press-article': [/\btemps de lecture\b/, /\breading time\b/, /\((?:afp|reuters|ap)\b/, /\b(?:afp|reuters)\b/, /^(?:par|by) [a-z]+ [a-z]+$/m, /\babonnes?\b/, /\bcorrespondant\b/],
  speech: [/\bseul le prononce fait foi\b/, /\bcheck against delivery\b/, /^(?:discours|allocution|speech|remarks)\b/m, /\b(?:speech|remarks) (?:by|of)\b/, /\bmesdames et messieurs\b/, /\bladies and gentlemen\b/],
  declaration: [/^(?:declaration|joint statement|joint declaration|statement)\b/m, /\bdeclaration (?:conjointe|commune|finale)\b/, /\bjoint (?:statement|declaration)\b/, /\bcommunique conjoint\b/],
  treaty: [/\barticle (?:premier|1er)\b/, /\bhautes parties contractantes\b/, /\bhigh contracting parties\b/, /\bont convenu de ce qui suit\b/, /\bhave agreed as follows\b/, /^(?:traite|treaty|convention|accord)\b/m],
  report: [/\bexecutive summary\b/, /\bresume (?:executif|analytique)\b/, /\bsynthese\b/, /\btable (?:des matieres|of contents)\b/, /^(?:rapport|report)\b/m, /\brecommandations\b/, /\brecommendations\b/, /\bannexe?s?\b/],
};

/** How much of the text is read: a kind shows itself early. */
const HEAD_CHARS = 1500;
const BODY_CHARS = 30000;

/** The kind with the strongest signals; `other` when nothing speaks clearly. */
export function inferKind(text: string): string {
  const head = fold(text.slice(0, HEAD_CHARS)).replace(/[’]/g, "'");
  const body = fold(text.slice(0, BODY_CHARS)).replace(/[’]/g, "'");
  let best = 'other';
  let bestScore = 1; // at least two points: one signal in the head, or two in the body
  for (const [kind, signals] of Object.entries(SIGNALS)) {
    let score = 0;
    for (const re of signals) {
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
