import { fold } from '../../text/fold';
import type { Line } from './lines';

/**
 * Page furniture: the lines a pasted web page carries that are not the document's own words
 * (site menus, reading times, breadcrumbs, language switches, photo credits).
 */
const FURNITURE = [
  /^temps de lecture/,
  /^(?:estimated )?reading time/,
  /^\d+\s*min(?:ute)?s?\s+(?:de lecture|read)\b/,
  /^(?:menu|accueil|home|partager|share|imprimer|print|rechercher|search|newsletter|s'abonner|subscribe|connexion|log ?in|se connecter|haut de (?:la )?page|back to top|retour en haut|retour|skip to (?:main )?content|aller au contenu(?: principal)?|contenu principal|main content|navigation|fermer|close|english|francais|version francaise|english version|lire la suite|read more|tweet|facebook|twitter|linkedin|email|e-mail)$/,
  /^(?:accueil|home)\s*[>›»/|]/,
  /[>›]\s*\S.*[>›]/, // breadcrumbs: "Actualités > International > ..."
  /^\[?[a-z]{2}\]?(?:\s*[|/]\s*\[?[a-z]{2}\]?)*$/, // "[ru]", "FR | EN"
  /^\d+\s*(?:e|eme|ème|ᵉ)\s+legislature$/,
  /^(?:x{0,3})(?:ix|iv|v?i{0,3})\s*(?:e|eme)\s+republique$/,
];

/** A credit at the end of a photo caption: "(AFP/JOHN THYS)", "(OTAN)", "© Reuters". */
const CREDIT = /\((?:[A-Z][A-Z .&'-]{1,30})(?:\s*\/\s*[^()]{1,60})?\)\.?$/;
const CAPTION_MARK = /©|\bcr[ée]dits? photo\b|\b(?:photo|image|illustration|cr[ée]dit)\s*:|\((?:afp|ap|reuters|epa|getty)\b|\((?:photo|image|illustration|cr[ée]dit)\b/iu;
/** A photo agency's credit closing the line: "… à Bruxelles. Photo AFP", "… à Paris. REUTERS/Gonzalo Fuentes". */
const TRAILING_CREDIT = /(?:^|[.,;\s])(?:(?:photo|image)\s+)?(?:afp|ap|reuters|epa|getty(?: images)?|sipa|maxppp)(?:\s*\/\s*[\p{L} .'’-]{1,50})?\.?\s*$/iu;

/** What makes a line a caption: any of these matching it. */
export const CAPTION_PATTERNS = [CREDIT, CAPTION_MARK, TRAILING_CREDIT] as const;

export function isCaption(line: Line): boolean {
  const t = line.text;
  // Each expression needs one of these characters or words: most lines have none, and are
  // spared the case-insensitive Unicode scans, the slowest step of reading a source.
  const marks = /[©():]/.test(t);
  if (!marks && !/photo|afp|ap|reuters|epa|getty|sipa|maxppp/i.test(t)) return false;
  // `\b` under the `iu` flags makes CAPTION_MARK ten times slower than the others; each of its
  // branches holds "©", ":", "(" or "photo", and "ap" alone (in "capital") lets most lines by.
  return CREDIT.test(t) || ((marks || /photo/i.test(t)) && CAPTION_MARK.test(t)) || TRAILING_CREDIT.test(t);
}

export function isFurniture(line: Line): boolean {
  const f = fold(line.text).replace(/[’']/g, "'");
  return FURNITURE.some((re) => re.test(f)) || isCaption(line);
}

/** All in capitals, letters only, a few words: an institution's name as a page header. */
export function isInstitutionHeader(line: Line): boolean {
  const t = line.text;
  return /\p{L}/u.test(t) && t === t.toUpperCase() && t.split(/\s+/).length <= 6 && !/[.!?:]$/.test(t) && t.length <= 60;
}
