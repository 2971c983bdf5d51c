import type { Message } from '../messages';
import type { PartialDate } from './partialDate';

export const ENTRY_TYPES = ['person', 'organisation', 'state', 'agency', 'group', 'party', 'initiative', 'event', 'document', 'other'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export interface Role {
  title: string;
  org?: string;
  from?: PartialDate;
  to?: PartialDate;
}

/** Where something stands in a glossary file, as offsets. */
export interface Span {
  start: number;
  end: number;
}

export interface GlossaryEntry {
  id: string;
  name: string;
  type?: EntryType;
  aliases: string[];
  description?: string | { fr?: string; en?: string };
  roles: Role[];
  links: string[];
  related: string[];
  /** The glossary file (relative to the workspace root) and where the entry's id stands in it. */
  file: string;
  span: Span;
  /** Where each name and alias stands, to report the ambiguous ones in place. */
  nameSpans: { text: string; span: Span }[];
  /** Where each role's org and each related id stands, to check them once all files are read. */
  refSpans: { id: string; span: Span; field: 'org' | 'related' }[];
}

export type GlossarySeverity = 'error' | 'warning';

export interface GlossaryDiagnostic {
  file: string;
  span: Span;
  severity: GlossarySeverity;
  code: string;
  message: Message;
}
