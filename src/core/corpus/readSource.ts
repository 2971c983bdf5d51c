import { message, type Message } from '../messages';
import { decode, looksBinary } from '../text/decode';
import { detached } from '../text/detached';
import { isMarkdownPath } from '../text/markdown';
import type { MetadataField, SkippedFile, SourceDocument } from './document';
import { readSetFields, type SetFields } from './fields';
import { parseYamlMapping, readFrontMatter } from './frontMatter';
import { inferDate } from './infer/date';
import { inferKind } from './infer/kind';
import { countWordsAndInferLanguage } from './infer/language';
import { WordSpans } from '../text/wordSpans';
import { LineFacts } from './infer/lineFacts';
import { readLines } from './infer/lines';
import { inferAuthor, inferPublisher } from './infer/people';
import { inferTitle } from './infer/title';
import { splitPassages } from './passages';

export const SOURCE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

export interface SourceInput {
  /** Relative to the workspace root, with forward slashes. */
  path: string;
  bytes: Uint8Array;
  /** The text of the file's sidecar `NAME.meta.yaml`, when it has one. */
  sidecar?: { path: string; text: string };
}

/** The order fields are listed in, whatever order they were inferred in. */
const FIELD_ORDER: readonly MetadataField[] = ['title', 'date', 'kind', 'language', 'publisher', 'author'];
const HEAD_LINES = 80;
const TAIL_LINES = 40;
const EXCERPT_CHARS = 400;

export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function stripExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The last `n` lines from `from` on, read cheaply from the end of a long text. */
function tailText(text: string, n: number, from: number): string {
  let at = text.length;
  for (let i = 0; i < n && at > from; i++) at = text.lastIndexOf('\n', at - 1);
  return text.slice(Math.max(at, from));
}

/** Where the line numbered `index` (0-based, blank lines counted) ends: its line break, or the end. */
function endOfLine(text: string, index: number): number {
  let at = -1;
  for (let i = 0; i <= index; i++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return text.length;
  }
  return at;
}

/**
 * Reads one source: decodes it, takes the metadata its front matter and sidecar set
 * (sidecar first), and infers the rest from the text. Never throws: a binary file comes
 * back as skipped, a broken front matter as a problem on the document.
 */
export function readSource(input: SourceInput): SourceDocument | SkippedFile {
  return readSourceAndText(input).result;
}

/**
 * `readSource`, with the decoded text it read (empty for a skipped file) and the words found in
 * it (`WordSpans`, packed), for the index.
 */
export function readSourceAndText(input: SourceInput): { result: SourceDocument | SkippedFile; text: string; words?: Int32Array } {
  if (looksBinary(input.bytes)) return { result: { path: input.path, reason: message('binary file') }, text: '' };
  const { text, encoding } = decode(input.bytes);
  const name = fileName(input.path);
  const problems: Message[] = [];

  let bodyStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let fields: SetFields = {};
  if (isMarkdownPath(input.path)) {
    const fm = readFrontMatter(text, name);
    problems.push(...fm.problems);
    if (fm.bodyStart > 0) bodyStart = fm.bodyStart;
    if (fm.data) fields = absorb(fields, fm.data, name, problems);
  }
  if (input.sidecar) {
    const where = fileName(input.sidecar.path);
    const parsed = parseYamlMapping(input.sidecar.text, where);
    problems.push(...parsed.problems);
    if (parsed.data) fields = absorb(fields, parsed.data, where, problems);
  }

  const body = text.slice(bodyStart);
  const head = readLines(body, HEAD_LINES);
  // The tail starts after the head: a short text would otherwise be read twice (and searched twice below).
  const tail = head.length < HEAD_LINES ? [] : readLines(tailText(body, TAIL_LINES, endOfLine(body, head[head.length - 1].index)));
  const plain = [...head, ...tail].map((l) => l.text).join('\n');
  const inferred: MetadataField[] = [];
  const pick = <T>(field: MetadataField, set: T | undefined, infer: () => T): T => {
    if (set !== undefined) return set;
    const value = infer();
    if (value !== null) inferred.push(field);
    return value;
  };

  // The words' spans are kept for the index, which would otherwise read the text for them again.
  const spans = new WordSpans((text.length - bodyStart) >> 3);
  const counted = countWordsAndInferLanguage(text, bodyStart, spans);
  // The title, the excerpt and the publisher ask the same questions of the first lines.
  const facts = new LineFacts();
  const language = pick('language', fields.language, () => counted.language);
  // Strings kept with the document are detached from the text: it is not kept in memory.
  const result: SourceDocument = {
    id: detached(fields.id ?? stripExtension(name)),
    path: input.path,
    title: detached(pick('title', fields.title, () => inferTitle(head, facts) ?? stripExtension(name))),
    date: pick('date', fields.date, () => inferDate(plain, head, language)),
    kind: detached(pick('kind', fields.kind, () => inferKind(plain))),
    language,
    publisher: detached(pick('publisher', fields.publisher, () => inferPublisher(head, facts))),
    author: detached(pick('author', fields.author, () => inferAuthor(head))),
    words: counted.words,
    inferred: FIELD_ORDER.filter((f) => inferred.includes(f)),
    excerpt: detached(excerpt(head, facts)),
    passages: splitPassages(text, bodyStart),
    encoding,
    problems,
  };
  return { result, text, words: spans.packed() };
}

/** Later fields (the sidecar's) override earlier ones (the front matter's). */
function absorb(fields: SetFields, data: Record<string, unknown>, where: string, problems: Message[]): SetFields {
  const read = readSetFields(data, where);
  problems.push(...read.problems);
  return { ...fields, ...read.fields };
}

/** The opening lines of the text proper, for a tooltip. */
function excerpt(lines: ReturnType<typeof readLines>, facts: LineFacts): string {
  let out = '';
  for (const line of lines) {
    if (facts.isFurniture(line)) continue;
    out += (out ? '\n' : '') + line.text;
    if (out.length >= EXCERPT_CHARS) return `${out.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`;
  }
  return out;
}
