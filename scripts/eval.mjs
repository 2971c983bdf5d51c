// Measures the claim detector and the passage search on public labelled data (../shared/eval/,
// relative to the repository root; see its README). Run through `npm run eval -- --out FILE`,
// which first transpiles src/ into out/ (node esbuild.js --tests).
//
//   claimbuster:      precision, recall and F1 of detectClaim(text, '', 'medium').claim against
//                     label 1 (check-worthy) on every row of two_class_kfold.csv
//   frCitationNeeded: recall on the distinct French "[réf. nécessaire]" sentences
//   wice:             the product's BM25 index (PassageIndex, with the terms of terms.ts, exact
//                     words as the "supporting source" quick fix searches) ranks a claim's evidence
//                     sentences: is a gold supporting sentence first (top1), in the first three (top3)?
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const dataDir = path.resolve(root, '..', 'shared', 'eval');

function parseArgs(argv) {
  const args = { out: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') args.out = argv[++i];
    else if (argv[i].startsWith('--out=')) args.out = argv[i].slice('--out='.length);
    else {
      console.error(`eval: unknown argument "${argv[i]}" (usage: npm run eval -- --out FILE)`);
      process.exit(2);
    }
  }
  return args;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function readJsonl(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

const round = (x) => Math.round(x * 1000) / 1000;

function evalClaimBuster(detectClaim) {
  const [header, ...rows] = parseCsv(fs.readFileSync(path.join(dataDir, 'claimbuster', 'two_class_kfold.csv'), 'utf8'));
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`claimbuster: no column "${name}"`);
    return i;
  };
  const label = col('label');
  const text = col('text');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const gold = r[label].trim() === '1';
    const predicted = detectClaim(r[text], '', 'medium').claim;
    if (predicted && gold) tp++;
    else if (predicted) fp++;
    else if (gold) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1), n: rows.length };
}

function evalFrench(detectClaim) {
  const statements = JSON.parse(fs.readFileSync(path.join(dataDir, 'fr-citation-needed', 'statements.json'), 'utf8'));
  const sentences = [...new Set(statements.map((s) => s.sentence))];
  const flagged = sentences.filter((s) => detectClaim(s, '', 'medium').claim).length;
  return { recall: round(flagged / sentences.length), n: sentences.length };
}

/**
 * Ranks each claim's evidence sentences with the product's own index (PassageIndex, the terms
 * of terms.ts, exact words as the quick fix searches), one sentence a passage;
 * sentences the search does not return rank after, in their order.
 */
function evalWice(PassageIndex) {
  let n = 0;
  let top1 = 0;
  let top3 = 0;
  for (const split of ['dev', 'test']) {
    for (const item of readJsonl(path.join(dataDir, 'wice', `${split}.jsonl`))) {
      const gold = new Set(item.supporting_sentences.flat());
      if (gold.size === 0) continue;
      n++;
      const ranked = rankSentences(PassageIndex, item.claim, item.evidence);
      if (gold.has(ranked[0])) top1++;
      if (ranked.slice(0, 3).some((i) => gold.has(i))) top3++;
    }
  }
  return { top1: round(top1 / n), top3: round(top3 / n), n };
}

function rankSentences(PassageIndex, claim, sentences) {
  const passages = [];
  let text = '';
  for (const sentence of sentences) {
    passages.push({ start: text.length, end: text.length + sentence.length });
    text += sentence + '\n';
  }
  const index = PassageIndex.empty();
  index.add({ path: 'evidence', passages }, text);
  const ranked = index.search(claim, Infinity, undefined, { exact: true }).map((hit) => hit.passage);
  const seen = new Set(ranked);
  for (let i = 0; i < sentences.length; i++) if (!seen.has(i)) ranked.push(i);
  return ranked;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(dataDir)) {
    console.error(`eval: no evaluation data at ${dataDir} (expected ../shared/eval next to the repository)`);
    process.exit(2);
  }
  const { detectClaim } = require('./out/src/core/draft/claims.js');
  const { PassageIndex } = require('./out/src/core/search/passageIndex.js');

  const started = performance.now();
  const claimbuster = evalClaimBuster(detectClaim);
  const frCitationNeeded = evalFrench(detectClaim);
  const detectorMs = performance.now() - started;
  const wice = evalWice(PassageIndex);
  const result = { claimbuster, frCitationNeeded, wice };

  console.log('dataset            metric     value     n');
  console.log(`claimbuster        precision  ${claimbuster.precision.toFixed(3)}  ${claimbuster.n}`);
  console.log(`claimbuster        recall     ${claimbuster.recall.toFixed(3)}`);
  console.log(`claimbuster        f1         ${claimbuster.f1.toFixed(3)}`);
  console.log(`frCitationNeeded   recall     ${frCitationNeeded.recall.toFixed(3)}  ${frCitationNeeded.n}`);
  console.log(`wice               top1       ${wice.top1.toFixed(3)}  ${wice.n}`);
  console.log(`wice               top3       ${wice.top3.toFixed(3)}`);
  console.log(`(detector: ${((detectorMs * 1000) / (claimbuster.n + frCitationNeeded.n)).toFixed(1)} µs a sentence)`);
  if (args.out) fs.writeFileSync(args.out, JSON.stringify(result, null, 2) + '\n');
}

main().catch((e) => {
  console.error(`eval: ${e.message ?? e}`);
  process.exit(1);
});
