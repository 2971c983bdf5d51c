import { fold } from '../../text/fold';

/** Institutions whose name, alone on a line at the top of a page, says who published it. */
const KNOWN: Record<string, string> = {
  'assemblee nationale': 'Assemblée nationale',
  senat: 'Sénat',
  "ministere de l'europe et des affaires etrangeres": "Ministère de l'Europe et des Affaires étrangères",
  'ministere des armees': 'Ministère des Armées',
  'presidence de la republique': 'Présidence de la République',
  elysee: 'Élysée',
  'parlement europeen': 'Parlement européen',
  'european parliament': 'European Parliament',
  'european commission': 'European Commission',
  'commission europeenne': 'Commission européenne',
  'council of the european union': 'Council of the European Union',
  "conseil de l'union europeenne": "Conseil de l'Union européenne",
  'house of commons': 'House of Commons',
  'house of lords': 'House of Lords',
  'united nations': 'United Nations',
  'nations unies': 'Nations unies',
  'organisation des nations unies': 'Organisation des Nations unies',
  nato: 'NATO',
  otan: 'OTAN',
  anssi: 'ANSSI',
};

/** Words that name an institution in a short header line ("Auswärtiges Amt", "Ministry of Defence"). */
const INSTITUTION_WORD =
  /\b(?:minist[eè]re|ministry|ministerium|amt|office|department|d[ée]partement|parliament|parlement|assembl[ée]e|s[ée]nat|senate|embassy|ambassade|botschaft|commission|council|conseil|agency|agence|government|gouvernement|bundesregierung|pr[ée]sidence|presidency|secretariat|secr[ée]tariat)\b/iu;

/** The lookbehind starts the trailing run only where it begins: linear on ". . . . x". */
function key(text: string): string {
  return fold(text).replace(/[’]/g, "'").replace(/(?<![.\s])[.\s]+$/, '').replace(/\s+/g, ' ');
}

/** "ASSEMBLÉE NATIONALE" becomes "Assemblée nationale". */
function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('fr');
  return lower.charAt(0).toLocaleUpperCase('fr') + lower.slice(1);
}

/** The institution a short line names, in its usual spelling, or undefined. */
export function institutionName(text: string): string | undefined {
  const known = KNOWN[key(text)];
  if (known) return known;
  const words = text.split(/\s+/).length;
  if (words > 8 || /[.!?:;,]$/.test(text) || !INSTITUTION_WORD.test(text)) return undefined;
  return text === text.toUpperCase() ? sentenceCase(text) : text;
}
