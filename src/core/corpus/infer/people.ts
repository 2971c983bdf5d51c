import { isInstitutionHeader } from './furniture';
import { LineFacts } from './lineFacts';
import type { Line } from './lines';

/** "ASSEMBLÉE NATIONALE" becomes "Assemblée nationale". */
function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('fr');
  return lower.charAt(0).toLocaleUpperCase('fr') + lower.slice(1);
}

const PUBLISHER_LABEL = /^(?:from|source|publisher|published by|[ée]diteur|publi[ée] par)\s*:\s*(.{2,100})$/iu;

/**
 * The publishing institution: a "From:" line, or an institution's name alone on one of the
 * first lines (a known one, a capitalised page header, or a short line such as "Auswärtiges Amt").
 */
export function inferPublisher(lines: readonly Line[], facts = new LineFacts()): string | null {
  for (const line of lines.slice(0, 12)) {
    const m = PUBLISHER_LABEL.exec(line.text);
    if (m) return m[1].trim();
  }
  for (const line of lines.slice(0, 4)) {
    const name = facts.institutionName(line.text);
    if (name) return name;
    if (line.heading === 1 && isInstitutionHeader(line) && lines.some((l) => l.index > line.index && l.heading > 0)) {
      return sentenceCase(line.text);
    }
  }
  return null;
}

const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:de|du|des|van|von|der|di|da|del)\\s+)?\\p{Lu}[\\p{L}'’-]+){1,3}";
const HONORIFIC = '(?:(?:M\\.|Mme|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Pr\\.?|Monsieur|Madame)\\s+)?';
const AUTHOR_LABEL = new RegExp(`^(?:auteure?s?|autrice|authors?|written by|r[ée]dig[ée] par)\\s*:?\\s*${HONORIFIC}(${NAME})`, 'iu');
const BYLINE = new RegExp(`^(?:[Pp]ar|[Bb]y)\\s+${HONORIFIC}(${NAME})\\s*$`, 'u');
/** Who speaks or asks: "Discours de Mme X", "Question écrite n° 16250 de M. Y". */
const SPEAKER = new RegExp(
  `^(?:discours|allocution|intervention|speech|remarks|address|question (?:[ée]crite|orale|au gouvernement|d'actualit[ée]))\\b[^\\n]{0,40}?\\s(?:de|d'|by|of)\\s+${HONORIFIC}(${NAME})`,
  'iu',
);

/** A labelled author ("Auteur : Mme X"), a byline ("Par Jean Dupont"), or the speaker or asker. */
export function inferAuthor(lines: readonly Line[]): string | null {
  for (const line of lines) {
    const m = AUTHOR_LABEL.exec(line.text) ?? (line.index < 40 ? (BYLINE.exec(line.text) ?? SPEAKER.exec(line.text)) : null);
    if (m) return m[1].trim();
  }
  return null;
}
