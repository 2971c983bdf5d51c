// The engine-level measures, in this process, on the engine as transpiled into out/ by
// `node esbuild.js --tests`: the same code the extension bundles.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { Random } from './random.mjs';
import { DRAFT_WARMUP, heapUsed, longestBlock, median, now, percentile, round, timed } from './stats.mjs';

export function loadEngine(repo) {
  const require = createRequire(path.join(repo, 'package.json'));
  const out = (p) => {
    const file = path.join(repo, 'out', 'src', 'core', p);
    if (!fs.existsSync(file)) throw new Error(`${path.relative(repo, file)} is missing: run the benchmark with "npm run bench", which transpiles the engine first`);
    return require(file);
  };
  return {
    ...out('corpus/corpus.js'),
    ...out('corpus/cache.js'),
    ...out('glossary/parseGlossary.js'),
    ...out('glossary/glossaryThread.js'),
    ...out('glossary/glossary.js'),
    ...out('glossary/mentionIndex.js'),
    ...out('glossary/entities.js'),
    ...out('glossary/hoverFor.js'),
    ...out('draft/corpusResolver.js'),
    lintModule: out('draft/lint.js'),
  };
}

const corpusOptions = (root) => ({ root, folders: ['corpus', 'sources'], maxFileSizeMB: 5 });

/**
 * index.*: cold scan (with the heap it holds and the longest event-loop block), warm start
 * from the serialized cache, update of one changed source.
 */
export async function measureIndex(E, ws, runs, log) {
  const notes = {};
  let corpus;
  let heapMB = [];
  let blocks = [];
  const blockCpu = [];
  log('index: cold scan');
  const cold = await timed(runs, async (i) => {
    corpus = undefined;
    const before = heapUsed();
    const t = now();
    const { result, maxBlockMs, maxBlockCpuMs } = await longestBlock(async () => {
      const c = new E.Corpus(corpusOptions(ws.root));
      await c.scan();
      return c;
    });
    const ms = now() - t;
    corpus = result;
    if (i >= 0) {
      heapMB.push((heapUsed() - before) / 1048576);
      blocks.push(maxBlockMs);
      blockCpu.push(maxBlockCpuMs);
    }
    log(`  run ${i < 0 ? 'warm-up' : i + 1}: ${Math.round(ms)} ms, ${corpus.documents.size} documents, ${corpus.index.passageCount} passages, longest block ${Math.round(maxBlockMs)} ms`);
    return ms; // the scan's time: not the heap measures' full collections around it
  });
  notes.maxBlockCpuMs = blockCpu[blocks.indexOf(Math.max(...blocks))];
  notes.coldMaxBlocksMs = blocks;
  if (corpus.documents.size !== ws.documents.length) throw new Error(`the corpus has ${corpus.documents.size} documents, ${ws.documents.length} were generated (skipped: ${JSON.stringify([...corpus.skipped.values()].slice(0, 3))})`);

  log('index: serialize the cache');
  const cacheFile = path.join(ws.root, '..', `${path.basename(ws.root)}-cache.json`);
  const ser = await longestBlock(async () => {
    const t = now();
    // As the extension writes it: a line at a time, the event loop free between lines.
    const text = (await E.serializeCacheLines(corpus, pause)).join('\n');
    notes.serializeMs = now() - t;
    return text;
  });
  notes.serializeBlockMs = ser.maxBlockMs;
  notes.cacheMB = Buffer.byteLength(ser.result) / 1048576;
  fs.writeFileSync(cacheFile, ser.result);

  log('index: warm start (read the cache, restore, scan with nothing changed)');
  const warmBlocks = [];
  const warm = await timed(runs, async () => {
    const { result, maxBlockMs } = await longestBlock(async () => {
      // As the extension starts: the folders listed while the cache is read and restored.
      const c = new E.Corpus(corpusOptions(ws.root));
      void c.prefetchListing();
      const bytes = await fs.promises.readFile(cacheFile);
      if (!(await E.restoreCacheSlowly(c, bytes, pause))) throw new Error('the cache was not restored');
      const report = await c.scan();
      if (report.read !== 0) throw new Error(`a warm scan re-read ${report.read} sources`);
      return c;
    });
    warmBlocks.push(maxBlockMs);
    return result;
  });
  notes.warmMaxBlockMs = Math.max(...warmBlocks);
  fs.rmSync(cacheFile, { force: true });

  log('index: update one changed source');
  const target = ws.documents[Math.floor(ws.documents.length / 2)];
  const original = fs.readFileSync(target.abs);
  let stamp = Date.now() / 1000;
  const update = await timed(runs * 3, async (i) => {
    fs.writeFileSync(target.abs, Buffer.concat([original, Buffer.from(`\n\nParagraphe ajouté pendant la mesure, version ${i + 10}.\n`)]));
    stamp += 10;
    fs.utimesSync(target.abs, stamp, stamp);
    const t = now();
    await corpus.update(target.abs);
    return now() - t;
  });
  fs.writeFileSync(target.abs, original);
  await corpus.update(target.abs);

  return {
    corpus,
    result: {
      coldMs: cold.ms,
      warmMs: warm.ms,
      updateOneMs: update.ms,
      heapMB: median(heapMB),
      maxBlockMs: Math.max(...blocks),
    },
    notes,
    times: { cold: cold.times, warm: warm.times, update: update.times },
  };
}

function pause() {
  return new Promise((resolve) => setImmediate(resolve));
}

/** floor.readScanMs: every corpus byte read, decoded and scanned once by one regular expression. */
export async function measureFloor(ws, runs) {
  const re = /[\p{Lu}][\p{L}]+/gu;
  let count = 0;
  const r = await timed(runs, () => {
    count = 0;
    for (const d of ws.documents) {
      const text = fs.readFileSync(d.abs).toString('utf8');
      re.lastIndex = 0;
      while (re.exec(text) !== null) count++;
    }
  });
  return { ms: r.ms, matches: count };
}

/** The glossary parsed and merged, and the mentions of every source counted (as the extension does after a scan). */
export async function buildGlossary(E, ws, corpus, log) {
  const notes = {};
  let t = now();
  // As the extension parses it: a large file in a thread of its own (the host's longest block is noted).
  const parsing = await longestBlock(() => E.parseGlossaryOffThread('glossary.yaml', fs.readFileSync(ws.glossaryPath, 'utf8')));
  const parsed = parsing.result;
  notes.parseMs = now() - t;
  notes.parseMaxBlockMs = parsing.maxBlockMs;
  t = now();
  const glossary = new E.Glossary([parsed]);
  notes.mergeMs = now() - t;
  notes.entries = glossary.entries.size;
  notes.problems = glossary.diagnostics.length;
  log(`glossary: ${glossary.entries.size} entries parsed in ${Math.round(notes.parseMs)} ms (in a thread; longest block here ${Math.round(notes.parseMaxBlockMs)} ms), merged in ${Math.round(notes.mergeMs)} ms; counting mentions in the corpus`);
  const mentions = new E.MentionIndex();
  const { maxBlockMs } = await longestBlock(async () => {
    t = now();
    for (const doc of corpus.documents.values()) {
      const text = await corpus.text(doc);
      mentions.set({ key: `ws/${doc.path}`, rootName: 'ws', doc }, text, glossary.matcher);
      await new Promise((r) => setImmediate(r));
    }
    notes.mentionIndexMs = now() - t;
  });
  notes.mentionIndexMaxBlockMs = maxBlockMs;
  return { glossary, mentions, notes };
}

/**
 * hover.*: at random positions on names of the draft, the name under the cursor looked up by the
 * matcher (over the paragraph around it) and its card built, as the editor's hover does.
 */
export function measureHover(E, draft, glossary, mentions, seed, count) {
  const notes = {};
  let t = now();
  const all = glossary.matcher.find(draft);
  notes.fullDocumentMatchMs = now() - t;
  notes.mentionsInDraft = all.length;
  const r = new Random(seed ^ 0x5eed);
  const inputs = { glossary, mentions, text: draft, sourceDate: undefined, language: 'fr', t: (s, ...a) => s.replace(/\{(\d+)\}/g, (_, i) => String(a[i])) };
  const hoverAt = (offset) => {
    let from = draft.lastIndexOf('\n\n', offset);
    from = from < 0 ? 0 : from + 2;
    let to = draft.indexOf('\n\n', offset);
    if (to < 0) to = draft.length;
    const m = E.mentionAt(glossary.matcher.find(draft, from, to), offset);
    return m ? E.hoverCardFor(m.entry, inputs) : undefined;
  };
  const times = [];
  let cards = 0;
  const warmup = Math.min(200, count);
  for (let i = 0; i < count + warmup; i++) {
    const m = all[Math.floor(r.next() * all.length)];
    const offset = m.start + Math.floor(r.next() * (m.end - m.start));
    t = now();
    const card = hoverAt(offset);
    const ms = now() - t;
    if (i >= warmup) {
      times.push(ms);
      if (card) cards++;
    }
  }
  notes.cards = cards;
  notes.samples = times.length;
  notes.maxMs = Math.max(...times);
  return { p50Ms: percentile(times, 0.5), p99Ms: percentile(times, 0.99), notes };
}

/** What lintDraft takes today: its parameters, and a cache to pass when it has one. */
export function lintApi(E) {
  const mod = E.lintModule;
  const source = mod.lintDraft.toString();
  const params = (/^[^(]*\(([\s\S]*?)\)\s*\{/.exec(source)?.[1] ?? '?').replace(/\s+/g, ' ').trim();
  const factories = Object.entries(mod).filter(([name, v]) => typeof v === 'function' && /cache/i.test(name));
  let makeCache;
  let cacheName;
  for (const [name, f] of factories) {
    try {
      const isClass = /^class\b/.test(Function.prototype.toString.call(f));
      const probe = isClass ? new f() : f();
      if (probe && typeof probe === 'object') {
        makeCache = isClass ? () => new f() : () => f();
        cacheName = isClass ? `new ${name}()` : `${name}()`;
        break;
      }
    } catch {
      // not a factory that takes no argument
    }
  }
  const takesCache = /cache/i.test(params) || mod.lintDraft.length >= 4;
  return { params, makeCache: takesCache ? makeCache : undefined, cacheName: takesCache ? cacheName : undefined, exported: factories.map(([n]) => n) };
}

/** The offset of a letter in the middle of the draft's prose, where a one-character edit goes. */
function middleOfProse(draft) {
  const mid = draft.length >> 1;
  const lineStart = draft.lastIndexOf('\n', mid) + 1;
  for (let at = draft.indexOf('\n', mid) + 1; at > 0 && at < draft.length; at = draft.indexOf('\n', at) + 1) {
    const line = draft.slice(at, draft.indexOf('\n', at));
    if (/^[\p{Lu}«]/u.test(line) && line.length > 60) return at + line.indexOf(' ', 20);
  }
  return lineStart;
}

/**
 * lint.fullMs: the whole 1 MB draft checked from nothing: a new resolver (so the cited sources
 * are read from disk) and, when lintDraft takes a cache, a new one. lint.editMs: as the editor
 * does while one types (one resolver kept until the corpus changes, one cache per draft), one
 * character typed in the middle of the draft, then checked again.
 */
export async function measureLint(E, ws, corpus, draft, runs, log) {
  const api = lintApi(E);
  const options = E.lintModule.DEFAULT_LINT_OPTIONS;
  const resolver = () => new E.CorpusResolver([corpus], 'briefs');
  const notes = { signature: `lintDraft(${api.params})`, cache: api.cacheName ?? 'none' };
  log(`lint: ${notes.signature}; cache: ${notes.cache}`);
  const lintWith = (text, r, cache) => (cache ? E.lintModule.lintDraft(text, r, options, cache) : E.lintModule.lintDraft(text, r, options));
  let diagnostics = [];
  const full = await timed(
    runs,
    async () => {
      diagnostics = await lintWith(draft, resolver(), api.makeCache?.());
    },
    { warmup: DRAFT_WARMUP },
  );
  // The first check of the process, its functions not compiled yet: what a fresh editor pays once.
  notes.firstFullMs = round(full.warmupTimes[0]);
  // How long the event loop waits at most during a full check (the editor's host must answer meanwhile).
  notes.fullMaxBlockMs = (await longestBlock(() => lintWith(draft, resolver(), api.makeCache?.()))).maxBlockMs;
  notes.diagnostics = diagnostics.length;
  notes.byCode = diagnostics.reduce((a, d) => ((a[d.code] = (a[d.code] ?? 0) + 1), a), {});
  log(`  full: ${Math.round(full.ms)} ms (${diagnostics.length} diagnostics) ${full.times.map(Math.round)}`);

  const at = middleOfProse(draft);
  const edited = draft.slice(0, at) + 'x' + draft.slice(at);
  const shared = resolver();
  const cache = api.makeCache?.();
  await lintWith(draft, shared, cache);
  // Type the character, take it back, type it again...
  let state = false;
  let editedDiagnostics = 0;
  const edit = await timed(runs * 3, async () => {
    state = !state;
    const found = await lintWith(state ? edited : draft, shared, cache);
    if (state) editedDiagnostics = found.length;
  });
  notes.editOffset = at;
  notes.editedDiagnostics = editedDiagnostics;
  log(`  edit: ${Math.round(edit.ms)} ms`);
  return { fullMs: full.ms, editMs: edit.ms, notes, times: { full: full.times, edit: edit.times } };
}
