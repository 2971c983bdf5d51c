import type { Glossary } from './glossary';
import { hoverCard, openSourceUri, type Translate } from './hoverCard';
import type { MentionIndex } from './mentionIndex';
import { dateOfText } from './textDate';

export interface HoverInputs {
  glossary: Glossary;
  mentions: MentionIndex;
  /** The text hovered, for a draft's front-matter date. */
  text: string;
  /** The hovered file's date when it is a source of the corpus. */
  sourceDate: string | null | undefined;
  language: 'fr' | 'en';
  t: Translate;
  now?: Date;
}

/** How many sources a card links to. */
const RECENT_SOURCES = 3;

/** The card for an entry as the editor and the CLI both show it. */
export function hoverCardFor(entryId: string, inputs: HoverInputs): string | undefined {
  const entry = inputs.glossary.entries.get(entryId);
  if (!entry) return undefined;
  const sources = inputs.mentions.summaryOf(entryId, RECENT_SOURCES);
  return hoverCard(entry, inputs.glossary, {
    date: dateOfText(inputs.text, inputs.sourceDate, inputs.now),
    language: inputs.language,
    t: inputs.t,
    mentions: {
      count: sources.count,
      recent: sources.first.map(({ source }) => ({ title: source.doc.title, date: source.doc.date, uri: openSourceUri(source.rootName, source.doc.path) })),
    },
  });
}
