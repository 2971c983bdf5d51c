import { escapeMarkdown, safeWebUrl } from '../text/markdown';
import type { Glossary } from './glossary';
import type { GlossaryEntry, Role } from './types';

/** Translates an English template with `{0}` placeholders (vscode.l10n.t in the editor). */
export type Translate = (template: string, ...args: (string | number)[]) => string;

export interface SourceLink {
  title: string;
  date: string | null;
  /** A `command:` URI of the extension's own open command. */
  uri: string;
}

export interface HoverContext {
  /** The date the text speaks of (yyyy-mm-dd): the source's, the draft's, or today. */
  date: string;
  language: 'fr' | 'en';
  /** How many sources mention the entry, and the most recent ones. */
  mentions?: { count: number; recent: SourceLink[] };
  t: Translate;
}

/** The only command a hover card may link to. */
export const OPEN_SOURCE_COMMAND = 'dossier.openSource';

/**
 * A `command:` link that opens a source of the corpus; the arguments are data, not code.
 * Parentheses are encoded too (encodeURIComponent leaves them), so that a file name holding
 * `)` cannot end the Markdown link early and put the rest of its name in the card as Markdown.
 */
export function openSourceUri(rootName: string, path: string): string {
  const args = encodeURIComponent(JSON.stringify([{ rootName, doc: { path } }])).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${OPEN_SOURCE_COMMAND}?${args}`;
}

export function inForce(role: Role, date: string): boolean {
  return (!role.from || role.from.first <= date) && (!role.to || date <= role.to.last);
}

function years(role: Role): string {
  const from = role.from?.text.slice(0, 4);
  const to = role.to?.text.slice(0, 4);
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return `${from}–`;
  if (to) return `–${to}`;
  return '';
}

function typeLabel(entry: GlossaryEntry, t: Translate): string | undefined {
  switch (entry.type) {
    case 'person': return t('person');
    case 'organisation': return t('organisation');
    case 'state': return t('state');
    case 'agency': return t('agency');
    case 'group': return t('group');
    case 'party': return t('party');
    case 'initiative': return t('initiative');
    case 'event': return t('event');
    case 'document': return t('document');
    case 'other': return t('other');
    default: return undefined;
  }
}

function roleText(role: Role, glossary: Glossary): string {
  const org = role.org ? glossary.entries.get(role.org) : undefined;
  const span = years(role);
  let text = escapeMarkdown(role.title);
  if (org && !role.title.toLowerCase().includes(org.name.toLowerCase())) text += ` (${escapeMarkdown(org.name)})`;
  return span ? `${text}, ${span}` : text;
}

function description(entry: GlossaryEntry, language: 'fr' | 'en'): string | undefined {
  const d = entry.description;
  if (d === undefined || typeof d === 'string') return d;
  return d[language] ?? d.fr ?? d.en;
}

/**
 * The hover card of a glossary entry, as Markdown. Every text from the glossary is escaped;
 * links are the glossary's http(s) ones and the extension's own open command, nothing else.
 */
export function hoverCard(entry: GlossaryEntry, glossary: Glossary, ctx: HoverContext): string {
  const { t } = ctx;
  const parts: string[] = [];
  const type = typeLabel(entry, t);
  parts.push(`**${escapeMarkdown(entry.name)}**${type ? ` · _${escapeMarkdown(type)}_` : ''}`);

  const current = entry.roles.filter((r) => inForce(r, ctx.date));
  const others = entry.roles.filter((r) => !inForce(r, ctx.date));
  if (current.length > 0) {
    parts.push(current.map((r) => `**${roleText(r, glossary)}** _(${escapeMarkdown(t('in office on {0}', ctx.date))})_`).join('  \n'));
  }
  if (others.length > 0) {
    const label = current.length > 0 ? t('Other roles') : t('Roles');
    parts.push(`${escapeMarkdown(label)}: ${others.map((r) => roleText(r, glossary)).join(' · ')}`);
  }

  const text = description(entry, ctx.language);
  if (text) parts.push(escapeMarkdown(text));

  const facts: string[] = [];
  if (entry.aliases.length > 0) facts.push(`${escapeMarkdown(t('Also written'))}: ${entry.aliases.map(escapeMarkdown).join(', ')}`);
  const related = entry.related.map((id) => glossary.entries.get(id)).filter((e): e is GlossaryEntry => !!e);
  if (related.length > 0) facts.push(`${escapeMarkdown(t('Related'))}: ${related.map((e) => escapeMarkdown(e.name)).join(', ')}`);
  if (ctx.mentions && ctx.mentions.count > 0) {
    const links = ctx.mentions.recent.map((s) => `[${escapeMarkdown(s.title)}](${s.uri})${s.date ? ` (${s.date})` : ''}`);
    facts.push(`${escapeMarkdown(t('Mentioned in {0} sources', ctx.mentions.count))}: ${links.join(' · ')}`);
  }
  if (facts.length > 0) parts.push(facts.join('  \n'));

  // parseGlossary keeps only http(s) links; checked again here, as an entry may come from elsewhere.
  const links = entry.links.map(safeWebUrl).filter((url): url is string => url !== undefined);
  if (links.length > 0) {
    parts.push(links.map((url) => `[${escapeMarkdown(new URL(url).hostname)}](${url})`).join(' · '));
  }
  return parts.join('\n\n');
}
