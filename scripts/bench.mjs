// Benchmark: Dossier at corpus scale, beside the prose tools users already run (issue 6).
//
//   npm run bench [-- --quick] [-- --out FILE] [-- --runs N] [-- --seed N] [-- --keep]
//
// `npm run bench` builds the production bundle and transpiles the engine into out/, then runs
// this script under `node --expose-gc`. It generates a synthetic workspace from a seed in a temp
// folder (scripts/bench/generate.mjs: 10,000 sources of about 100 MB, or 2,000 with --quick; a
// 10,000-entry glossary; a 1 MB draft), measures in this one process the engine, markdownlint and
// cspell-lib on it (median of --runs runs after a warm-up: three checks of the draft for the
// draft's measures, Dossier's and the peers' alike), activate() of dist/extension.js in
// fresh processes with a stand-in for `vscode` (scripts/bench/activation.js), prints the budgets
// table and the measures, and writes FILE as JSON: index.{coldMs,warmMs,updateOneMs,heapMB,
// maxBlockMs}, lint.{fullMs,editMs,markdownlintMs,cspellMs}, hover.{p50Ms,p99Ms}, activation.ms,
// floor.readScanMs, corpus.{documents,bytes} and machine (with a calibration loop timed at the
// start and the end of the run). Progress and notes go to stderr.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGlossary, loadEngine, measureFloor, measureHover, measureIndex, measureLint } from './bench/engine.mjs';
import { generateWorkspace } from './bench/generate.mjs';
import { measureCspell, measureMarkdownlint } from './bench/peers.mjs';
import { calibrate, machine, renderTables } from './bench/report.mjs';
import { DRAFT_WARMUP, median, now, round } from './bench/stats.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run bench [-- --quick] [-- --out FILE] [-- --runs N] [-- --seed N] [-- --sources N] [-- --keep]';

function parseArgs(argv) {
  const args = { quick: false, out: undefined, runs: 3, seed: 20261123, sources: undefined, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[++i];
    if (flag === '--quick') args.quick = true;
    else if (flag === '--keep') args.keep = true;
    else if (flag === '--out') args.out = value();
    else if (flag === '--runs') args.runs = Number(value());
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--sources') args.sources = Number(value());
    else {
      console.error(`bench: unknown argument "${argv[i]}"\n${USAGE}`);
      process.exit(2);
    }
  }
  if (!(args.runs >= 1) || !Number.isInteger(args.seed) || (args.sources !== undefined && !(args.sources >= 10))) {
    console.error(`bench: bad value\n${USAGE}`);
    process.exit(2);
  }
  args.sources ??= args.quick ? 2000 : 10000;
  return args;
}

// The heap is measured after full collections: re-run under --expose-gc when needed.
if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const args = parseArgs(process.argv.slice(2));
const started = now();
const log = (s) => console.error(`[${((now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

/** activate() of the bundle, each time in a fresh process, as VS Code's extension host does it once. */
function measureActivation(root, runs) {
  const bundle = path.join(repo, 'dist', 'extension.js');
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-storage-'));
  const results = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const r = spawnSync(process.execPath, [path.join(repo, 'scripts', 'bench', 'activation.js'), bundle, root, storage], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`activation run failed: ${r.stderr}`);
      if (i > 0) results.push(JSON.parse(r.stdout.trim().split('\n').pop()));
    }
  } finally {
    fs.rmSync(storage, { recursive: true, force: true });
  }
  const io = {};
  for (const r of results) for (const [k, n] of Object.entries(r.io)) io[k] = (io[k] ?? 0) + n;
  return {
    ms: median(results.map((r) => r.activateMs)),
    notes: { requireMs: median(results.map((r) => r.requireMs)), registrations: results[0].registrations, subscriptions: results[0].subscriptions, io, unknownApi: results[0].unknown },
  };
}

async function main() {
  const bundle = path.join(repo, 'dist', 'extension.js');
  if (!fs.existsSync(bundle)) throw new Error('dist/extension.js is missing: run "npm run bench", which builds it');
  const bundleText = fs.readFileSync(bundle, 'utf8');
  const extra = { bundleKB: Buffer.byteLength(bundleText) / 1024, bundleMinified: !/sourceMappingURL=/.test(bundleText.slice(-300)) };
  const E = loadEngine(repo);

  const calibration = { start: calibrate(), end: 0 };
  log(`calibration loop: ${calibration.start.toFixed(1)} ms`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-'));
  const root = path.join(tmp, 'workspace');
  const notes = {};
  try {
    log(`generating ${args.sources.toLocaleString('en-US')} sources, a glossary and a draft (seed ${args.seed}) in ${root}`);
    let t = now();
    const ws = generateWorkspace(root, { seed: args.seed, sources: args.sources });
    const draft = fs.readFileSync(ws.draftPath, 'utf8');
    log(`  ${(ws.bytes / 1048576).toFixed(1)} MB of sources, draft of ${(Buffer.byteLength(draft) / 1048576).toFixed(2)} MB (${ws.draftSentences.toLocaleString('en-US')} sentences written, citing ${ws.citedSources} sources), in ${((now() - t) / 1000).toFixed(1)} s`);

    log('floor: read every corpus byte, one regular-expression pass');
    const floor = await measureFloor(ws, args.runs);

    const index = await measureIndex(E, ws, args.runs, log);
    notes.index = index.notes;
    const g = await buildGlossary(E, ws, index.corpus, log);
    notes.glossary = g.notes;

    log('hover: name lookup and card at random positions of the draft');
    const hover = measureHover(E, draft, g.glossary, g.mentions, args.seed, args.quick ? 2000 : 5000);
    notes.hover = hover.notes;

    const lint = await measureLint(E, ws, index.corpus, draft, args.runs, log);
    notes.lint = lint.notes;

    log('peers: markdownlint');
    const mdl = await measureMarkdownlint(repo, draft, args.runs);
    log(`  ${Math.round(mdl.ms)} ms (${mdl.issues} issues)`);
    log('peers: cspell-lib (fr,en)');
    const cspell = await measureCspell(repo, draft, ws.draftPath, args.runs);
    log(`  ${Math.round(cspell.ms)} ms (${cspell.issues} issues)`);
    notes.peers = { markdownlintIssues: mdl.issues, cspellIssues: cspell.issues };

    log('activation: activate() of dist/extension.js in fresh processes');
    const activation = measureActivation(root, 5);
    notes.activation = activation.notes;

    calibration.end = calibrate();
    const result = {
      index: {
        coldMs: round(index.result.coldMs),
        warmMs: round(index.result.warmMs),
        updateOneMs: round(index.result.updateOneMs, 2),
        heapMB: round(index.result.heapMB),
        maxBlockMs: round(index.result.maxBlockMs),
      },
      lint: { fullMs: round(lint.fullMs), editMs: round(lint.editMs), markdownlintMs: round(mdl.ms), cspellMs: round(cspell.ms) },
      hover: { p50Ms: round(hover.p50Ms, 3), p99Ms: round(hover.p99Ms, 3) },
      activation: { ms: round(activation.ms, 2) },
      floor: { readScanMs: round(floor.ms) },
      corpus: { documents: ws.documents.length, bytes: ws.bytes },
      machine: machine(calibration),
    };

    const tables = renderTables(result, extra);
    console.log(`\nDossier benchmark, ${args.quick ? 'quick' : 'full'} mode: ${result.corpus.documents.toLocaleString('en-US')} sources, ${(result.corpus.bytes / 1048576).toFixed(1)} MB; median of ${args.runs} runs after a warm-up (${DRAFT_WARMUP} checks of the draft for the draft's measures)\n${result.machine.description}\ncalibration loop (20 M charCodeAt; more is slower): ${result.machine.calibrationLoopMs.start} ms at the start, ${result.machine.calibrationLoopMs.end} ms at the end\n`);
    console.log(tables.budgets);
    console.log('');
    console.log(tables.measures);
    console.log('');
    console.log(`lint measured through ${notes.lint.signature}, cache: ${notes.lint.cache}`);
    console.log(`notes: ${JSON.stringify(notes, (k, v) => (typeof v === 'number' ? round(v, 2) : v))}`);
    console.log(tables.misses.length ? `\nmissed: ${tables.misses.join(', ')}` : '\nevery budget held');
    if (args.out) {
      fs.writeFileSync(args.out, JSON.stringify(result, null, 2) + '\n');
      log(`wrote ${args.out}`);
    }
  } finally {
    if (args.keep) log(`workspace kept in ${root}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  log('done');
}

main().catch((err) => {
  console.error(`bench: ${err.stack ?? err}`);
  process.exit(1);
});
