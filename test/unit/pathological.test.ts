/**
 * Pathological input finishes in bounded time, with a result of the right shape: a 2 MB draft on
 * one line, 100,000 opening brackets or guillemets, long runs of initials, NUL bytes, lone
 * surrogates, BOMs in the middle, CRLF; every regular expression of the engine on the long runs
 * its quantifiers accept, followed by a character that fails; hostile glossaries.
 *
 * Each case runs in a worker thread with a wall-clock limit, so that a regression to
 * catastrophic backtracking fails the test (naming the case, or the pattern) instead of hanging
 * the suite. The bound each case asserts is generous (the cases take a few hundred milliseconds
 * here); what it catches is the quadratic or worse, which takes minutes. `npm run fuzz` runs the
 * regular-expression battery on longer strings.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readFrontMatter, parseYamlMapping } from '../../src/core/corpus/frontMatter';
import { institutionName } from '../../src/core/corpus/infer/institutions';
import { inferDate } from '../../src/core/corpus/infer/date';
import { readLines } from '../../src/core/corpus/infer/lines';
import { splitPassages } from '../../src/core/corpus/passages';
import { readSource } from '../../src/core/corpus/readSource';
import { parseDraft } from '../../src/core/draft/blocks';
import { citationInsertOffset, findCitations, findFootnoteRefs, findLinks } from '../../src/core/draft/citations';
import { detectClaim } from '../../src/core/draft/claims';
import { DEFAULT_LINT_OPTIONS, lintDraft, type SourceResolver } from '../../src/core/draft/lint';
import { splitSentences } from '../../src/core/draft/sentences';
import { findNumbers, findQuotes, normaliseForQuote, numberIndex, quoteInSource } from '../../src/core/draft/sourceChecks';
import { parseSuppressions } from '../../src/core/draft/suppressions';
import { Glossary } from '../../src/core/glossary/glossary';
import { NameMatcher } from '../../src/core/glossary/nameMatcher';
import { MAX_GLOSSARY_MB, parseGlossary } from '../../src/core/glossary/parseGlossary';
import { idFromName } from '../../src/core/glossary/stubEntry';
import { LineIndex } from '../../src/core/text/lineIndex';
import { REPO } from './paths';

/** Megabytes of text: `unit` repeated to `chars` characters. */
const fill = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
const MB2 = 2 * 1024 * 1024;
const KB500 = 500 * 1024;
const encode = (s: string) => new TextEncoder().encode(s);

/** What a case returns: a few facts about its result, checked where it ran. */
type Summary = Record<string, number | string | boolean | null>;

function spansOk(spans: readonly { start: number; end: number }[], length: number): boolean {
  return spans.every((s, i) => s.start >= 0 && s.start <= s.end && s.end <= length && (i === 0 || spans[i - 1].start <= s.start));
}

const SOURCE_TEXT = fill('Le ministre a signé 12 accords avec la Russie le 15 novembre 2019. Selon M. Dupont, « la paix est durable ». ', 20000);
const resolver: SourceResolver = {
  ids: () => ['a', 'b'],
  has: (id) => id === 'a' || id === 'b',
  idForLink: () => undefined,
  text: async (id) => (id === 'a' ? SOURCE_TEXT : '« « « ' + fill('mot ', 5000)),
};

async function lint(text: string): Promise<Summary> {
  const found = await lintDraft(text, resolver, DEFAULT_LINT_OPTIONS);
  return { diagnostics: found.length, ok: spansOk(found, text.length) };
}

function sentences(text: string, language = 'fr'): Summary {
  const { blocks, prose } = parseDraft(text);
  const s = splitSentences(prose, blocks, language);
  return { blocks: blocks.length, sentences: s.length, ok: prose.length === text.length && spansOk(s, text.length) };
}

function source(path: string, bytes: Uint8Array): Summary {
  const r = readSource({ path, bytes });
  if ('reason' in r) return { skipped: r.reason.template };
  return { title: r.title.slice(0, 40), passages: r.passages.length, words: r.words, ok: r.title.length > 0 && spansOk(r.passages, new TextDecoder().decode(bytes).length + 1) };
}

function glossary(text: string): Summary {
  const parsed = parseGlossary('glossary.yaml', text);
  const g = new Glossary([parsed]);
  const first = parsed.diagnostics[0];
  const at = first ? new LineIndex(text).position(first.span.start) : undefined;
  return {
    parsed: parsed.ok,
    entries: g.entries.size,
    errors: parsed.diagnostics.filter((d) => d.severity === 'error').length,
    code: first?.code ?? null,
    line: at?.line ?? null,
    column: at?.column ?? null,
    spansOk: parsed.diagnostics.every((d) => d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= text.length),
  };
}

/** The cases, by name: each builds its input and returns a summary. */
const CASES: Record<string, () => Summary | Promise<Summary>> = {
  // A 2 MB draft on one line: prose, citations, quotes, numbers.
  'draft of 2 MB on one line: lint': () => lint(fill('Le ministre a signé 12 accords avec la Russie le 15 novembre 2019 [@a]. Selon M. Dupont, « la paix est durable » [@b]. ', MB2)),
  'draft of 2 MB on one line: sentences': () => sentences(fill('Le ministre a signé 12 accords. Selon M. Dupont, « la paix est durable ». ', MB2)),
  'draft of 2 MB on one line: citations': () => {
    const t = fill('Voir [@a, p. 3] et @b, [^1] et [lien](corpus/a.md). ', MB2);
    const refs = findCitations(t);
    return { refs: refs.length, calls: findFootnoteRefs(t, 0, t.length).length, links: findLinks(t, 0, t.length).length, ok: spansOk(refs, t.length) };
  },
  'source of 500 KB on one line': () => source('corpus/a.md', encode(fill('Le ministre a signé 12 accords avec la Russie. ', KB500))),

  // 100,000 opening brackets, and 2 MB of them.
  '100,000 [: citations, links, footnote calls': () => {
    const t = '['.repeat(100000);
    return { refs: findCitations(t).length, links: findLinks(t, 0, t.length).length, calls: findFootnoteRefs(t, 0, t.length).length };
  },
  // Each `](` reads up to 1,000 characters of target: linear, a thousand times over (a second on 2 MB).
  '2 MB of [, and 500 KB of [a](: links': () => {
    const t = '['.repeat(MB2);
    const u = fill('[a](', KB500);
    return { links: findLinks(t, 0, t.length).length + findLinks(u, 0, u.length).length };
  },
  '2 MB of [@…: citations': () => {
    const t = fill(`[${`@${'a'.repeat(200)}`.repeat(5)}`, MB2);
    const refs = findCitations(t);
    return { refs: refs.length, ok: spansOk(refs, t.length) };
  },
  '100,000 [: lint': () => lint(`Le texte ${'['.repeat(100000)} fin.`),
  '500 KB of [: source': () => source('corpus/a.md', encode('['.repeat(KB500))),
  '500 KB of ![a: source': () => source('corpus/a.md', encode(fill('![a', KB500))),
  '500 KB of [@a] @b: citations (groups and narrative keys)': () => ({ refs: findCitations(fill('[@a] @b ', KB500)).length }),

  // 100,000 guillemets.
  '100,000 «: quotes': () => {
    const t = '«'.repeat(100000);
    const u = fill('« a ', 100000);
    return { quotes: findQuotes(t, 0, t.length).length + findQuotes(u, 0, u.length).length, normalised: normaliseForQuote(t).length };
  },
  '100,000 “: quotes': () => ({ quotes: findQuotes('“'.repeat(100000), 0, 100000).length }),
  '100,000 «: lint and claims': async () => ({ ...(await lint(`Il a dit ${'«'.repeat(100000)} fin [@a].`)), claim: detectClaim('«'.repeat(100000)).claim }),
  '500 KB of «: source': () => source('corpus/a.md', encode('«'.repeat(KB500))),

  // Long runs of initials.
  'initials A. A. A. … (500 KB): sentences': () => sentences(fill('A. ', KB500)),
  'initials A.A.A.… (500 KB): sentences': () => sentences(fill('A.', KB500)),
  'initials A. A. A. … (500 KB): source': () => source('corpus/a.txt', encode(fill('A. ', KB500))),
  'initials A. A. A. … (200 KB): lint': () => lint(fill('A. ', 200000)),

  // NUL bytes, lone surrogates, BOMs in the middle, CRLF.
  'NUL bytes: skipped as binary, and in a draft': async () => ({ ...source('corpus/a.txt', new Uint8Array(MB2)), ...(await lint(fill('Le ministre\u0000 a signé 12\u0000 accords. ', 200000))) }),
  'lone surrogates everywhere': async () => {
    const t = fill('\uD800 Le \uDC00ministre a signé \uDBFF12 accords [@a\uD800]. « \uDFFF » ', 200000);
    const m = new NameMatcher();
    m.add('ministre', 'x');
    return { ...(await lint(t)), ...source('corpus/a.md', encode(t)), mentions: m.find(t).length, glossary: parseGlossary('g.yaml', `version: 1\nentries:\n  a:\n    name: "\uD800"\n${t.slice(0, 1000)}`).diagnostics.length };
  },
  'BOMs in the middle': async () => {
    const t = fill('\uFEFF---\ntitle: x\n---\n\uFEFFLe ministre a signé 12 accords.\uFEFF ', 500000);
    return { ...(await lint(t)), ...source('corpus/a.md', encode(t)), frontMatter: readFrontMatter(`\uFEFF${t}`, 'a.md').bodyStart };
  },
  'CRLF draft and source of 1 MB': async () => {
    const t = fill('# Titre\r\n\r\nLe ministre a signé 12 accords [@a].\r\n- point\r\n\r\n', MB2 / 2);
    return { ...(await lint(t)), ...source('corpus/a.md', encode(t)) };
  },

  // The worst case of each pattern that was slow, through the function that uses it.
  'a heading line of 2 MB of spaces (source and draft)': () => ({ lines: readLines(`# a${' '.repeat(MB2)}x`).length, ...sentences(`# a${' '.repeat(MB2)}x\n\ntexte.`), ...source('corpus/a.md', encode(`# a${' '.repeat(MB2)}x`)) }),
  'a table rule of 2 MB of spaces': () => sentences(`a|b\n${' '.repeat(MB2)}x\n|-${' '.repeat(MB2)}x`),
  'unclosed inline comments (2 MB)': () => sentences(`a ${fill('x <!--', MB2)}`),
  'unclosed suppression comments (500 KB)': () => {
    const t = fill('<!-- dossier-enable', KB500);
    const u = `${fill('<!-- dossier-disable-next-line -->', KB500 / 2)}${'\n'.repeat(KB500 / 2)}x`;
    const lines = new LineIndex(u);
    return { a: parseSuppressions(t, () => 1).silenced('x', 1), b: parseSuppressions(u, (o) => lines.position(o).line).silenced('x', 1) };
  },
  'a dateline of 2 MB (A-a-a-…)': () => ({ date: inferDate('', [{ text: `A${fill('-a', MB2)}, le 12 mars 2021`, heading: 0, index: 0 }]) }),
  'an institution line of ". . . ." (500 KB)': () => ({ name: institutionName(`${fill('. ', KB500)}x`) ?? null }),
  'a run of closing marks after a stop': () => sentences(`Fin。${'*'.repeat(100000)}x ${'_'.repeat(100000)}`),
  'a sentence of 2 MB of ???? for the citation quick fix': () => {
    const t = `${fill('?', MB2)}x`;
    return { at: citationInsertOffset(t, 0, t.length), other: citationInsertOffset(fill(' ', MB2), 0, MB2) };
  },
  'a quotation of 2,000 characters against a source full of its words': () => {
    const quote = fill('abcdefgh mot ', 1990);
    return { found: quoteInSource(quote, normaliseForQuote(fill('abcdefgh zz ', 200000))) };
  },
  'numbers and dates of a 1 MB table': () => ({ values: numberIndex(fill('12/11/2019 5 ', MB2 / 2)).size, numbers: findNumbers(fill('1 000 ', KB500), 0, KB500).length }),
  'passages of a 2 MB line without spaces': () => {
    const t = '«'.repeat(MB2);
    const p = splitPassages(t);
    return { passages: p.length, ok: spansOk(p, t.length) };
  },
  'a stub id from 1 MB of punctuation': () => ({ id: idFromName(`${fill('-', 1000000)}x`, () => false) }),
  '10,000 glossary names over a 1 MB text': () => {
    const m = new NameMatcher();
    for (let i = 0; i < 10000; i++) m.add(`Personne${i} Nom${i % 97}`, `e${i}`);
    m.add('A A', 'aa');
    const t = fill('Personne12 Nom12 et A A A A, ', MB2 / 2);
    const found = m.find(t);
    return { mentions: found.length, ok: spansOk(found, t.length) };
  },

  // Glossaries and front matter: alias bombs, deep nesting, a 10 MB file, unknown keys.
  'glossary: an alias bomb': () => {
    let bomb = 'version: 1\nentries:\n  a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n';
    for (let i = 1; i < 10; i++) bomb += `  ${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]\n`;
    bomb += '  z:\n    name: *j\n    aliases: *j\n';
    return glossary(bomb);
  },
  'glossary: 20,000-deep flow nesting': () => glossary(`version: 1\nentries:\n  a:\n    name: ${'['.repeat(20000)}${']'.repeat(20000)}\n`),
  'glossary: 20,000-deep flow mappings': () => glossary(`version: 1\nentries:\n  a:\n    name: A\n    description: ${'{a: '.repeat(20000)}${'}'.repeat(20000)}\n`),
  'glossary: 20,000-deep block nesting (compact sequences)': () => glossary(`version: 1\nentries:\n  a:\n    name: A\n    roles:\n      ${'- '.repeat(20000)}x\n`),
  'glossary: 3,000-deep block nesting (indentation, 4.5 MB)': () => {
    let t = 'version: 1\nentries:\n';
    for (let i = 0; i < 3000; i++) t += `${' '.repeat(i + 2)}k${i}:\n`;
    return glossary(t);
  },
  'glossary: a 10 MB file': () => {
    let t = 'version: 1\nentries:\n';
    for (let i = 0; t.length < 10 * 1024 * 1024; i++) t += `  e${i}:\n    name: Personne ${i}\n    type: person\n    description: Une description pour remplir le fichier ${i}.\n`;
    return glossary(t);
  },
  'glossary: a file of 2,000 entries loads': () => {
    let t = 'version: 1\nentries:\n';
    for (let i = 0; i < 2000; i++) t += `  e${i}:\n    name: Personne ${i}\n    type: person\n    aliases: [P${i}]\n    description: Une description de la personne ${i}.\n`;
    return { ...glossary(t), size: t.length };
  },
  'glossary: unknown top-level keys': () => glossary('version: 1\nfoo: 1\nbar: [x]\nentries:\n  a:\n    name: A\n'),
  'front matter and sidecar: 20,000-deep nesting and an alias bomb': () => {
    const deep = `a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`;
    const bomb = `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`;
    const fm = readFrontMatter(`---\n${deep}---\nbody`, 'a.md');
    const side = parseYamlMapping(`${'- '.repeat(20000)}x\n`, 'a.meta.yaml');
    const b = parseYamlMapping(bomb, 'a.meta.yaml');
    return { fm: fm.problems.length, side: side.problems.length, bomb: b.problems.length, data: b.data === undefined };
  },
};

// ---------------------------------------------------------------------------------------------
// The regular expressions of the engine

/**
 * Long runs, each of what a quantifier of some pattern accepts: single characters of every class
 * the patterns use, and the short sequences they repeat.
 */
const UNITS = [
  ...'aA1 \t\n.,-_*`[]()<>@#|«»"\'’:/=!?é\u00A0~{}^%$+&;\r\u2028\uD800'.split(''),
  'A. ', 'a ', '1 ', '1.', 'a-', '[@a', '@a.', '<a', "a'", '** ', '| ', '-- ', '<!--', '\n\n', '\r\n', 'Par ', 'le ', 'Ab ', 'a b',
  '1 000 ', '12/', '# ', ' #', '. ', '-a', 'a.', '[a', '![a', '](', '"a ', '« a ', '@{a', '[^1]', '1,', '—', 'A-', '( ', 'aa.', '(A',
  '0 ', 'A.B.', '*_', 'a\n', 'publié le ', 'Paris, ', '?»', '. »',
];
/** What opens the anchored patterns, before the run. */
const PREFIXES = ['# a', 'a|b\n', '|-', '(A', 'A', '- ', '> ', 'Par A', 'Question écrite de M. A', 'auteur : A'];

/**
 * Patterns whose worst case is quadratic but which never meet it: each runs only on text made
 * short or regular first. They are tested on their longest real input instead.
 */
const BOUNDED_BY_CONTEXT: Record<string, { chars: number; why: string }> = {
  'src/core/draft/analyseBlock.ts \\]\\([^)]*\\)': { chars: 4000, why: 'runs on one sentence, at most 4,000 characters (splitSentences cuts longer blocks)' },
  'src/core/glossary/stubEntry.ts ^-+|-+$': { chars: 4000, why: 'runs after /[^a-z0-9]+/g → "-", so runs of "-" are one long' },
};

interface Pattern {
  where: string;
  re: RegExp;
}

/** Every regular-expression literal of src/core (read with the TypeScript parser), and every `new RegExp` (caught as the modules load). */
function inventory(): Pattern[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require('typescript') as typeof import('typescript');
  const core = join(REPO, 'src', 'core');
  const out: Pattern[] = [];
  for (const e of readdirSync(core, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.ts')) continue;
    const file = join(e.parentPath, e.name);
    const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: import('typescript').Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = n.getText(src);
        const slash = literal.lastIndexOf('/');
        const line = src.getLineAndCharacterOfPosition(n.getStart(src)).line + 1;
        out.push({ where: `${relative(REPO, file).split('\\').join('/')}:${line}`, re: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)) });
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  // The patterns built with `new RegExp` at load time: load the engine afresh with RegExp watched.
  const compiled = join(__dirname, '..', '..', 'src', 'core');
  for (const key of Object.keys(require.cache)) if (key.startsWith(compiled)) delete require.cache[key];
  const Original = RegExp;
  const built: Pattern[] = [];
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = new target(...args);
      const frame = /(src[\\/]core[\\/][^:)]+):(\d+)/.exec(new Error().stack ?? '');
      built.push({ where: frame ? `${frame[1].split('\\').join('/')}:${frame[2]} (new RegExp)` : 'src/core (new RegExp)', re });
      return re;
    },
  });
  try {
    for (const e of readdirSync(compiled, { recursive: true, withFileTypes: true })) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      if (e.isFile() && e.name.endsWith('.js')) require(join(e.parentPath, e.name));
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return [...out, ...built.filter((b) => !out.some((o) => o.re.source === b.re.source && o.re.flags === b.re.flags))];
}

/**
 * The time of one search of `re` in `s` (a run followed by a character no pattern expects): from
 * every place, or, for a sticky pattern (which the engine runs where it points it), from the start.
 */
function timeSearch(re: RegExp, s: string): number {
  const t0 = performance.now();
  if (re.sticky) {
    re.lastIndex = 0;
    re.exec(s);
  } else s.search(re);
  return performance.now() - t0;
}

/**
 * Runs every pattern over every run, in two rounds: every run at a short length, where a
 * quadratic search already stands out from the linear ones by a hundredfold; then the runs that
 * were slowest for each pattern at the full length, each held to a bound. Reports progress, so
 * that a pattern that hangs is named.
 */
function battery(chars: number, report: (where: string) => void): { count: number; slow: string[]; worst: string } {
  const patterns = inventory();
  const slow: string[] = [];
  let worst = { ms: 0, what: '' };
  for (const p of patterns) {
    const re = new RegExp(p.re.source, p.re.flags.replace(/g/g, ''));
    const context = BOUNDED_BY_CONTEXT[`${p.where.replace(/:\d+$/, '')} ${p.re.source}`];
    const n = Math.min(chars, context?.chars ?? chars);
    report(`${p.where} /${p.re.source.slice(0, 80)}/`);
    const anchored = /^\^|\|\^|\(\?:\^|\(\^/.test(p.re.source);
    const screened: { input: [string, string]; ms: number }[] = [];
    for (const prefix of anchored ? ['', ...PREFIXES] : ['']) {
      for (const unit of UNITS) screened.push({ input: [prefix, unit], ms: timeSearch(re, `${prefix}${fill(unit, BATTERY_SCREEN)}\u0000`) });
    }
    screened.sort((a, b) => b.ms - a.ms);
    for (const { input: [prefix, unit] } of screened.slice(0, BATTERY_TOP)) {
      const ms = timeSearch(re, `${prefix}${fill(unit, n)}\u0000`);
      if (ms > worst.ms) worst = { ms, what: `${p.where} on ${n} × ${JSON.stringify(prefix + unit)}` };
      if (ms > BATTERY_BOUND_MS) slow.push(`${p.where} /${p.re.source.slice(0, 60)}/ took ${Math.round(ms)} ms on ${n} × ${JSON.stringify(prefix + unit)}`);
    }
  }
  return { count: patterns.length, slow, worst: `${Math.round(worst.ms)} ms: ${worst.what}` };
}

/** A linear search of 50,000 characters takes well under a millisecond; a quadratic one, a second or more. */
const BATTERY_BOUND_MS = 250;
const BATTERY_CHARS = Number(process.env.DOSSIER_REGEX_CHARS) || 50000;
/** The length of the first round, and how many runs of each pattern go on to the second. */
const BATTERY_SCREEN = Number(process.env.DOSSIER_REGEX_SCREEN) || 2000;
const BATTERY_TOP = Number(process.env.DOSSIER_REGEX_TOP) || 3;

// ---------------------------------------------------------------------------------------------
// The worker side: runs the case (or the battery) it is asked for.

if (!isMainThread) {
  const port = parentPort!;
  if (workerData?.battery) {
    const result = battery(workerData.chars as number, (where) => port.postMessage({ progress: where }));
    port.postMessage({ done: true, result });
  } else {
    port.on('message', async (name: string) => {
      try {
        const t0 = performance.now();
        const result = await CASES[name]();
        port.postMessage({ done: true, name, ms: performance.now() - t0, result });
      } catch (err) {
        port.postMessage({ done: true, name, error: (err as Error).stack ?? String(err) });
      }
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The test side

interface Done {
  ms: number;
  result: Summary;
}

/** One worker that runs the cases in turn; it is ended and replaced when a case overruns its limit. */
class Runner {
  private worker: Worker | undefined;

  run(name: string, limitMs: number): Promise<Done> {
    const worker = (this.worker ??= new Worker(__filename));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        void worker.terminate();
        if (this.worker === worker) this.worker = undefined;
        reject(new Error(`"${name}" did not finish within ${limitMs / 1000} s: catastrophic backtracking or a quadratic loop`));
      }, limitMs);
      worker.once('message', (m: { error?: string } & Done) => {
        clearTimeout(timer);
        if (m.error) reject(new Error(`"${name}" threw: ${m.error}`));
        else resolve(m);
      });
      worker.postMessage(name);
    });
  }

  close(): Promise<unknown> {
    return this.worker?.terminate() ?? Promise.resolve();
  }
}

/**
 * The bound each case asserts: generous (the slowest case takes about a second here), far under
 * what a quadratic algorithm takes on these inputs (minutes). Hostile glossaries are refused
 * within a second, as the issue asks.
 */
const BOUND_MS = 5000;
const BOUNDS_MS: Record<string, number> = {
  'glossary: an alias bomb': 1000,
  'glossary: 20,000-deep flow nesting': 1000,
  'glossary: 20,000-deep flow mappings': 1000,
  'glossary: 20,000-deep block nesting (compact sequences)': 1000,
  'glossary: a 10 MB file': 1000,
};
/** When a case is ended: a hang is reported rather than waited for. */
const LIMIT_MS = 30000;

if (isMainThread) {
  describe('pathological input finishes in bounded time', function () {
    this.timeout(LIMIT_MS + 5000);
    const runner = new Runner();
    after(() => runner.close());

    const expect: Record<string, (r: Summary) => void> = {
      'draft of 2 MB on one line: lint': (r) => assert.ok(r.ok && (r.diagnostics as number) >= 0),
      '500 KB of [: source': (r) => assert.ok(r.ok && r.passages !== undefined),
      '100,000 [: citations, links, footnote calls': (r) => assert.deepEqual(r, { refs: 0, links: 0, calls: 0 }),
      '2 MB of [, and 500 KB of [a](: links': (r) => assert.deepEqual(r, { links: 0 }),
      '2 MB of [@…: citations': (r) => assert.deepEqual(r, { refs: 0, ok: true }),
      'NUL bytes: skipped as binary, and in a draft': (r) => assert.equal(r.skipped, 'binary file'),
      'a dateline of 2 MB (A-a-a-…)': (r) => assert.equal(r.date, '2021-03-12'),
      'an institution line of ". . . ." (500 KB)': (r) => assert.equal(r.name, null),
      'a quotation of 2,000 characters against a source full of its words': (r) => assert.equal(r.found, false),
      'a stub id from 1 MB of punctuation': (r) => assert.equal(r.id, 'x'),
      'a sentence of 2 MB of ???? for the citation quick fix': (r) => assert.deepEqual(r, { at: MB2 + 1, other: MB2 }),
      'glossary: an alias bomb': (r) => {
        assert.equal(r.parsed, true);
        assert.ok((r.errors as number) > 0, 'the aliases are refused where they stand');
        assert.ok((r.line as number) >= 3);
      },
      'glossary: 20,000-deep flow nesting': (r) => assert.deepEqual([r.parsed, r.code, r.line, r.entries], [false, 'yaml-syntax', 4, 0]),
      'glossary: 20,000-deep flow mappings': (r) => assert.deepEqual([r.parsed, r.code, r.line, r.entries], [false, 'yaml-syntax', 5, 0]),
      'glossary: 20,000-deep block nesting (compact sequences)': (r) => {
        assert.deepEqual([r.parsed, r.code, r.entries], [false, 'yaml-syntax', 0]);
        assert.ok((r.line as number) >= 6, 'located in the nesting');
      },
      // As deep as indentation goes within the size limit: read (or refused by the parser), never a crash.
      'glossary: 3,000-deep block nesting (indentation, 4.5 MB)': (r) => assert.ok(r.entries === 0 && (r.errors as number) >= 1),
      'glossary: a 10 MB file': (r) => assert.deepEqual([r.parsed, r.code, r.entries, r.line, r.column], [false, 'too-large', 0, 1, 1]),
      'glossary: a file of 2,000 entries loads': (r) => {
        assert.deepEqual([r.parsed, r.entries, r.errors], [true, 2000, 0]);
        assert.ok((r.size as number) < MAX_GLOSSARY_MB * 1048576);
      },
      'glossary: unknown top-level keys': (r) => assert.deepEqual([r.parsed, r.entries, r.errors, r.code, r.line], [true, 1, 0, 'unknown-key', 2]),
      'front matter and sidecar: 20,000-deep nesting and an alias bomb': (r) => assert.deepEqual(r, { fm: 1, side: 1, bomb: 1, data: true }),
    };

    for (const name of Object.keys(CASES)) {
      it(name, async () => {
        const { ms, result } = await runner.run(name, LIMIT_MS);
        assert.ok(ms < (BOUNDS_MS[name] ?? BOUND_MS), `${name}: ${Math.round(ms)} ms`);
        for (const [k, v] of Object.entries(result)) if (k === 'ok' || k === 'spansOk') assert.equal(v, true, `${name}: ${k}`);
        expect[name]?.(result);
      });
    }

    it(`every regular expression of the engine, on runs of ${BATTERY_CHARS.toLocaleString('en')} characters of what it accepts`, async function () {
      const worker = new Worker(__filename, { workerData: { battery: true, chars: BATTERY_CHARS } });
      let current = 'loading the patterns';
      const result = await new Promise<{ count: number; slow: string[]; worst: string }>((resolve, reject) => {
        let timer = setTimeout(() => overrun(), 10000);
        const overrun = () => {
          void worker.terminate();
          reject(new Error(`the battery did not finish: ${current} hangs (catastrophic backtracking)`));
        };
        worker.on('message', (m: { progress?: string; done?: boolean; result?: { count: number; slow: string[]; worst: string } }) => {
          clearTimeout(timer);
          if (m.done) {
            void worker.terminate();
            resolve(m.result!);
          } else {
            current = m.progress!;
            timer = setTimeout(() => overrun(), 10000);
          }
        });
        worker.on('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
      });
      assert.ok(result.count > 150, `the inventory found ${result.count} patterns`);
      assert.deepEqual(result.slow, [], `slowest: ${result.worst}`);
    });
  });
}
