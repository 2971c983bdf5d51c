import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { YAML_LIMITS } from '../corpus/frontMatter';
import { message, type Message } from '../messages';
import { safeWebUrl } from '../text/markdown';
import { parsePartialDate } from './partialDate';
import { ENTRY_TYPES, type EntryType, type GlossaryDiagnostic, type GlossaryEntry, type GlossarySeverity, type Role, type Span } from './types';

export interface ParsedGlossary {
  file: string;
  /** False when the YAML itself is broken: the caller keeps the last good version. */
  ok: boolean;
  entries: GlossaryEntry[];
  diagnostics: GlossaryDiagnostic[];
}

const ENTRY_KEYS = new Set(['name', 'type', 'aliases', 'description', 'roles', 'links', 'related']);
const TOP_KEYS = new Set(['version', 'entries']);
const ROLE_KEYS = new Set(['title', 'org', 'from', 'to']);
/** Nesting deeper than this is refused before it is walked: a glossary is three levels deep. */
const MAX_DEPTH = 64;
/** Larger files are refused before they are parsed: the YAML parser reads about 2 MB a second. */
export const MAX_GLOSSARY_MB = 5;

function spanOf(node: { range?: [number, number, number] | null } | null | undefined, fallback: Span): Span {
  return node?.range ? { start: node.range[0], end: node.range[1] } : fallback;
}

/** Parses one glossary file, reporting every problem where it stands; never throws. */
export function parseGlossary(file: string, text: string): ParsedGlossary {
  const diagnostics: GlossaryDiagnostic[] = [];
  const report = (span: Span, severity: GlossarySeverity, code: string, m: Message) => diagnostics.push({ file, span, severity, code, message: m });
  const whole: Span = { start: 0, end: Math.min(text.length, 1) };

  if (text.length > MAX_GLOSSARY_MB * 1048576) {
    const mb = Math.round((text.length / 1048576) * 10) / 10;
    report(whole, 'error', 'too-large', message('The glossary file is {0} MB, over the limit of {1} MB; it is not read: split it into several files.', mb, MAX_GLOSSARY_MB));
    return { file, ok: false, entries: [], diagnostics };
  }
  const deep = tooDeep(text);
  if (deep >= 0) {
    report({ start: deep, end: deep + 1 }, 'error', 'yaml-syntax', message('The glossary is nested more than {0} levels deep; it is not read.', MAX_DEPTH));
    return { file, ok: false, entries: [], diagnostics };
  }
  // Duplicate keys are found below: the parser's `uniqueKeys` compares each key with all those
  // before it, which took 25 seconds on a glossary of 30,000 entries.
  const doc = parseDocument(text, { ...YAML_LIMITS, uniqueKeys: false });
  for (const e of doc.errors) {
    // At most to the end of the text: the parser reports an error at the end as [length, length + 1].
    const start = Math.min(e.pos[0], text.length);
    const span = { start, end: Math.min(Math.max(e.pos[1], start + 1), text.length) };
    report(span, 'error', 'yaml-syntax', message('YAML error: {0}', e.message.split('\n')[0]));
  }
  if (doc.errors.length > 0) return { file, ok: false, entries: [], diagnostics };
  for (const { start, end, key } of duplicateKeys(doc)) {
    report({ start, end: Math.max(end, start + 1) }, 'error', 'duplicate-id', message('"{0}" appears twice in the same mapping; the first one is used.', key));
  }

  const root = doc.contents;
  if (!isMap(root)) {
    report(spanOf(root as Node, whole), 'error', 'invalid-value', message('A glossary is a mapping with "version: 1" and "entries:".'));
    return { file, ok: true, entries: [], diagnostics };
  }
  let entriesNode: unknown;
  let version: unknown;
  for (const pair of root.items) {
    const key = keyText(pair);
    // The first of two equal keys is used, as the duplicate-key message says.
    if (key === 'entries') entriesNode ??= pair.value;
    else if (key === 'version') version ??= pair.value;
    if (!TOP_KEYS.has(key)) report(spanOf(pair.key as Node, whole), 'warning', 'unknown-key', message('Unknown key "{0}" is ignored: a glossary has "version" and "entries".', key));
  }
  if (version === undefined) {
    report(whole, 'warning', 'missing-version', message('The glossary does not say its version; add "version: 1".'));
  } else if (!isScalar(version) || Number(version.value) !== 1) {
    report(spanOf(version as Node, whole), 'error', 'unsupported-version', message('Only glossary version 1 is supported.'));
    return { file, ok: true, entries: [], diagnostics };
  }
  if (entriesNode === undefined || (isScalar(entriesNode) && entriesNode.value === null)) return { file, ok: true, entries: [], diagnostics };
  if (!isMap(entriesNode)) {
    report(spanOf(entriesNode as Node, whole), 'error', 'invalid-value', message('"entries" should map each id to its entry.'));
    return { file, ok: true, entries: [], diagnostics };
  }

  const entries: GlossaryEntry[] = [];
  const seen = new Set<string>();
  for (const pair of (entriesNode as YAMLMap).items) {
    const id = keyText(pair);
    const idSpan = spanOf(pair.key as Node, whole);
    if (seen.has(id)) continue; // reported by the YAML parser as a duplicate key
    seen.add(id);
    const entry = readEntry(file, id, idSpan, pair.value, report);
    if (entry) entries.push(entry);
  }
  return { file, ok: true, entries, diagnostics };
}

type Report = (span: Span, severity: GlossarySeverity, code: string, m: Message) => void;

function keyText(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** A list of strings: a sequence, or one string alone. */
function stringList(node: unknown, field: string, id: string, report: Report, fallback: Span): { text: string; span: Span }[] {
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return [];
  const items = isSeq(node) ? node.items : [node];
  const out: { text: string; span: Span }[] = [];
  for (const item of items) {
    const text = scalarText(item);
    const span = spanOf(item as Node, fallback);
    if (text === undefined) report(span, 'error', 'invalid-value', message('{0}: each of "{1}" should be text.', id, field));
    else out.push({ text, span });
  }
  return out;
}

function readEntry(file: string, id: string, idSpan: Span, node: unknown, report: Report): GlossaryEntry | undefined {
  if (!isMap(node)) {
    report(idSpan, 'error', 'missing-name', message('The entry "{0}" has no name: add "name:".', id));
    return undefined;
  }
  const fields = new Map<string, { value: unknown; keySpan: Span }>();
  for (const pair of node.items) {
    const key = keyText(pair);
    const keySpan = spanOf(pair.key as Node, idSpan);
    if (!ENTRY_KEYS.has(key)) report(keySpan, 'warning', 'unknown-key', message('Unknown field "{0}" in "{1}" is ignored.', key, id));
    else if (!fields.has(key)) fields.set(key, { value: pair.value, keySpan }); // the first of two is used
  }
  const nameNode = fields.get('name');
  const name = scalarText(nameNode?.value);
  if (!name) {
    report(nameNode ? spanOf(nameNode.value as Node, nameNode.keySpan) : idSpan, 'error', 'missing-name', message('The entry "{0}" has no name: add "name:".', id));
    return undefined;
  }
  const entry: GlossaryEntry = {
    id, name, aliases: [], roles: [], links: [], related: [], file, span: idSpan,
    nameSpans: [{ text: name, span: spanOf(nameNode!.value as Node, idSpan) }], refSpans: [],
  };

  const type = fields.get('type');
  if (type) {
    const t = scalarText(type.value)?.toLowerCase();
    if (t && (ENTRY_TYPES as readonly string[]).includes(t)) entry.type = t as EntryType;
    else report(spanOf(type.value as Node, type.keySpan), 'error', 'unknown-type', message('Unknown type "{0}": use one of {1}.', String(t ?? ''), ENTRY_TYPES.join(', ')));
  }

  for (const a of stringList(fields.get('aliases')?.value, 'aliases', id, report, idSpan)) {
    entry.aliases.push(a.text);
    entry.nameSpans.push(a);
  }

  const description = fields.get('description');
  const blank = description && isScalar(description.value) && (description.value.value === null || String(description.value.value).trim() === '');
  if (description && !blank) {
    const text = scalarText(description.value);
    if (text) entry.description = text;
    else if (isMap(description.value)) {
      const d: { fr?: string; en?: string } = {};
      for (const pair of description.value.items) {
        const lang = keyText(pair);
        const value = scalarText(pair.value);
        if ((lang === 'fr' || lang === 'en') && value) d[lang] ??= value;
        else report(spanOf(pair.key as Node, description.keySpan), 'warning', 'invalid-value', message('A description is text, or "fr:" and "en:" texts.'));
      }
      entry.description = d;
    } else report(description.keySpan, 'warning', 'invalid-value', message('A description is text, or "fr:" and "en:" texts.'));
  }

  const roles = fields.get('roles');
  if (roles) {
    const items = isSeq(roles.value) ? roles.value.items : [];
    if (!isSeq(roles.value)) report(roles.keySpan, 'error', 'invalid-value', message('{0}: "roles" should be a list.', id));
    for (const item of items) {
      const role = readRole(entry, item, roles.keySpan, report);
      if (role) entry.roles.push(role);
    }
  }

  for (const l of stringList(fields.get('links')?.value, 'links', id, report, idSpan)) {
    const url = safeWebUrl(l.text);
    if (url) entry.links.push(url);
    else report(l.span, 'error', 'invalid-link', message('Only http and https links are allowed: "{0}" is dropped.', l.text));
  }

  for (const r of stringList(fields.get('related')?.value, 'related', id, report, idSpan)) {
    entry.related.push(r.text);
    entry.refSpans.push({ id: r.text, span: r.span, field: 'related' });
  }
  return entry;
}

function readRole(entry: GlossaryEntry, node: unknown, fallback: Span, report: Report): Role | undefined {
  const span = spanOf(node as Node, fallback);
  if (!isMap(node)) {
    report(span, 'error', 'invalid-value', message('{0}: a role has a "title", and may have "org", "from" and "to".', entry.id));
    return undefined;
  }
  const get = (k: string) => node.items.find((p) => keyText(p) === k);
  for (const p of node.items) {
    if (!ROLE_KEYS.has(keyText(p))) report(spanOf(p.key as Node, span), 'warning', 'unknown-key', message('Unknown field "{0}" in "{1}" is ignored.', keyText(p), entry.id));
  }
  const title = scalarText(get('title')?.value);
  if (!title) {
    report(span, 'error', 'invalid-value', message('{0}: a role has a "title", and may have "org", "from" and "to".', entry.id));
    return undefined;
  }
  const role: Role = { title };
  const org = get('org');
  const orgId = scalarText(org?.value);
  if (orgId) {
    role.org = orgId;
    entry.refSpans.push({ id: orgId, span: spanOf(org!.value as Node, span), field: 'org' });
  }
  for (const k of ['from', 'to'] as const) {
    const pair = get(k);
    if (!pair || (isScalar(pair.value) && pair.value.value === null)) continue;
    const date = parsePartialDate(isScalar(pair.value) ? pair.value.value : undefined);
    if (date) role[k] = date;
    else report(spanOf(pair.value as Node, span), 'error', 'invalid-date', message('"{0}" is not a date: write yyyy, yyyy-mm or yyyy-mm-dd.', String(isScalar(pair.value) ? pair.value.value : '')));
  }
  if (role.from && role.to && role.from.first > role.to.last) {
    report(spanOf(get('to')!.value as Node, span), 'error', 'invalid-date', message('The role ends ({0}) before it begins ({1}).', role.to.text, role.from.text));
    delete role.to;
  }
  return role;
}

/**
 * Where brackets first nest deeper than `MAX_DEPTH`, or -1: cheaply, to refuse a hostile file
 * before parsing it. (Block nesting needs a line per level; the parser reports it when too deep.)
 */
function tooDeep(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 91 || c === 123) && ++depth > MAX_DEPTH) return i; // [ {
    else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return -1;
}

/**
 * Where each key stands that its mapping already has (the same scalar value), as the parser's
 * `uniqueKeys` finds them, in linear time; walked without recursion, whatever the depth.
 */
/** Keys written twice in one mapping (an entry id, a field of an entry), each but the first with its span. */
function duplicateKeys(doc: Document): { start: number; end: number; key: string }[] {
  const found: { start: number; end: number; key: string }[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) found.push({ start: key.range?.[0] ?? 0, end: key.range?.[1] ?? 0, key: String(key.value) });
          else seen.add(key.value);
        }
      }
    }
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) stack.push(item.key, item.value);
        else stack.push(item);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
