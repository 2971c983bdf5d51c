/**
 * Shared inputs and helpers of the property-based tests. `npm test` runs each property a bounded
 * number of times (200); `npm run fuzz` sets DOSSIER_FUZZ_RUNS to run them 20,000 times or more,
 * and DOSSIER_FUZZ_SEED to replay a run that failed (fast-check prints the seed and the path).
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';

export const RUNS = Number(process.env.DOSSIER_FUZZ_RUNS) || 200;
const SEED = process.env.DOSSIER_FUZZ_SEED === undefined ? undefined : Number(process.env.DOSSIER_FUZZ_SEED);

/** fast-check's options: `runs` cases (scaled up in a fuzz run), the seed when one is replayed. */
export function options<T>(runs = 200): fc.Parameters<T> {
  return { numRuns: Math.max(1, Math.round((runs * RUNS) / 200)), ...(SEED === undefined ? {} : { seed: SEED }) };
}

// ---------------------------------------------------------------------------------------------
// Text: a soup of the words, marks and characters the engine has to read

const WORDS = [
  'Le', 'la', 'les', 'ministre', 'a', 'signé', 'un', 'accord', 'avec', 'la', 'Russie', 'Paris', 'OTAN', 'l’OTAN', "l'Otan", 'M.', 'Mme',
  'Dupont', 'V.V.', 'Poutine', 'A.', 'selon', 'd’après', 'a déclaré', 'said', 'the', 'President', 'NATO', 'signed', 'according to',
  'Jens', 'Stoltenberg', 'Fédération', 'de', 'Assemblée nationale', 'Question écrite', 'Publié le', 'Paris, le', '2019', '12', '1 000',
  '45 %', '15 novembre 2019', '12/11/2019', '2018-11-15', 'March 12, 2021', '1er', '3,5', 'XXe', 'il faut', 'nous estimons', 'we assess',
  'jamais', 'plus', 'que', 'jusqu’à', "lorsqu'il", 'presqu’île', 'students\'', 'premier', 'record', 'car', 'parce que', 'tous', 'hier', 'Discours', 'Communiqué', 'Article premier',
];

const MARKS = [
  '.', ',', ';', ':', '!', '?', '…', '«', '»', '« ', ' »', '“', '”', '"', "'", '’', '(', ')', '[', ']', '{', '}', '[@', '@', '@{',
  '-', '—', '–', '*', '**', '_', '__', '`', '```', '~~~', '#', '# ', '## ', '>', '> ', '|', ' | ', '|---|', '/', '\\', '<', '<b>',
  '</b>', '<!--', '-->', '[^1]', '[^1]: ', '](', '](http://x)', '![', '- ', '1. ', '---', '...', '$(zap)', '&amp;', '&', '=', '%',
  '<!-- dossier-disable-next-line -->', '<!-- dossier-disable uncited-claim -->', '<!-- dossier-enable -->',
];

const SPACES = [' ', ' ', ' ', '  ', '\n', '\n', '\n\n', '\r\n', '\r', '\t', '\u00A0', '\u202F', '\u2009', '\u2028', '\u2029', '\f', '\v'];

/** Characters that break naive code: NUL, BOM, lone surrogates, astral and combining characters, casing oddities. */
const NASTY = ['\u0000', '\uFEFF', '\uD800', '\uDC00', '\uDBFF\uDFFF', '😀', 'e\u0301', 'ﬁ', 'İ', 'ß', 'ẞ', 'Σ', 'ς', 'ǅ', 'ʼ', '‘', '𝐀', '\u200B', '\u200E', '\u0085', '\u001B', '\x7F'];

/** Any string, including lone surrogates. */
export const anyString = (maxLength = 4) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((codes) => String.fromCharCode(...codes)),
  );

const token = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 6, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 8, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: anyString() },
);

/** Prose-like text with every kind of mark and character, up to `max` tokens. */
export const soup = (max = 60) => fc.array(token, { maxLength: max }).map((t) => t.join(''));

/** A line of a Markdown draft. */
const draftLine = fc.oneof(
  { weight: 6, arbitrary: soup(20) },
  { weight: 1, arbitrary: soup(8).map((t) => `# ${t}`) },
  { weight: 1, arbitrary: soup(8).map((t) => `## ${t} ##`) },
  { weight: 2, arbitrary: soup(12).map((t) => `- ${t}`) },
  { weight: 1, arbitrary: soup(12).map((t) => `1. ${t}`) },
  { weight: 1, arbitrary: soup(12).map((t) => `> ${t}`) },
  { weight: 1, arbitrary: fc.tuple(soup(5), soup(5)).map(([a, b]) => `| ${a} | ${b} |\n|---|---|\n| ${b} | ${a} |`) },
  { weight: 1, arbitrary: soup(6).map((t) => `\`\`\`\n${t}\n\`\`\``) },
  { weight: 1, arbitrary: soup(10).map((t) => `[^1]: ${t}`) },
  { weight: 1, arbitrary: soup(6).map((t) => `<!-- ${t} -->`) },
  { weight: 1, arbitrary: fc.constantFrom('', '---', '[ref]: http://example.org', '    code indenté', '<div>', '===', '***') },
);

/** A Markdown draft: optional front matter, then lines of every kind. */
export const draft = fc
  .tuple(fc.option(fc.constantFrom('---\ntitle: Note\ndate: 2019-05-23\n---\n', '---\ndossier: brief\nlang: en\n---\n', '---\n: [\n---\n', '\uFEFF---\nx: 1\n---\r\n'), { nil: '' }), fc.array(draftLine, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'))
  .map(([fm, lines, eol]) => fm + lines.join(eol));

/** Text of any kind: prose soup, a draft, or arbitrary characters. */
export const text = fc.oneof({ weight: 3, arbitrary: soup() }, { weight: 2, arbitrary: draft }, { weight: 1, arbitrary: anyString(200) });

// ---------------------------------------------------------------------------------------------
// Checks shared by the properties

export interface Span {
  start: number;
  end: number;
}

/** Every span lies within [from, to], with start < end (or <= when empty spans are allowed). */
export function assertSpansWithin(spans: readonly Span[], from: number, to: number, what: string, allowEmpty = false): void {
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: offsets are integers (${s.start}, ${s.end})`);
    assert.ok(from <= s.start && s.end <= to, `${what}: [${s.start}, ${s.end}) lies outside [${from}, ${to}]`);
    assert.ok(allowEmpty ? s.start <= s.end : s.start < s.end, `${what}: [${s.start}, ${s.end}) is not a span`);
  }
}

/** Spans come in order and do not overlap. */
export function assertOrderedDisjoint(spans: readonly Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) {
    assert.ok(spans[i - 1].end <= spans[i].start, `${what}: [${spans[i - 1].start}, ${spans[i - 1].end}) and [${spans[i].start}, ${spans[i].end}) overlap or are out of order`);
  }
}

/** Spans come in order of their start. */
export function assertOrdered(spans: readonly Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].start <= spans[i].start, `${what}: out of order at ${i}`);
}

/** A Message (template and arguments), as the engine reports problems. */
export function assertMessage(m: { template: unknown; args: unknown }): void {
  assert.equal(typeof m.template, 'string');
  assert.ok(Array.isArray(m.args) && m.args.every((a) => typeof a === 'string' || typeof a === 'number'), 'message arguments are strings or numbers');
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
