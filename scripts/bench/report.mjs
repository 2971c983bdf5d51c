// The budgets of issue 6 and the table the benchmark prints.
import * as os from 'node:os';

/**
 * Each budget: the value it judges and its limit. The corpus's time budgets are for 10,000
 * sources: a smaller run scales them by its size (quick mode, 2,000 sources: a fifth).
 */
export function budgets(result, extra) {
  const scale = result.corpus.documents / 10000;
  const corpusMB = result.corpus.bytes / 1048576;
  const x = (n) => `${n}`;
  return [
    { name: 'lint.fullMs / lint.markdownlintMs', value: result.lint.fullMs / result.lint.markdownlintMs, limit: 0.25, unit: '', show: x },
    { name: 'lint.editMs', value: result.lint.editMs, limit: 30, unit: 'ms' },
    { name: 'hover.p99Ms', value: result.hover.p99Ms, limit: 2, unit: 'ms' },
    { name: 'index.coldMs', value: result.index.coldMs, limit: 10000 * scale, unit: 'ms', why: scale !== 1 ? `10 s × ${scale}` : undefined },
    { name: 'index.warmMs', value: result.index.warmMs, limit: 1000 * scale, unit: 'ms', why: scale !== 1 ? `1 s × ${scale}` : undefined },
    { name: 'index.updateOneMs', value: result.index.updateOneMs, limit: 50, unit: 'ms' },
    { name: 'activation.ms', value: result.activation.ms, limit: 30, unit: 'ms' },
    { name: 'index.heapMB', value: result.index.heapMB, limit: 1.5 * corpusMB, unit: 'MB', why: `1.5 × ${corpusMB.toFixed(1)} MB` },
    { name: 'index.maxBlockMs', value: result.index.maxBlockMs, limit: 50, unit: 'ms' },
    { name: 'bundle dist/extension.js', value: extra.bundleKB, limit: 400, unit: 'KB', why: extra.bundleMinified ? 'minified' : 'NOT minified' },
  ];
}

const fmt = (v) => (v === undefined || v === null ? '—' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v >= 10 ? v.toFixed(1) : v.toFixed(2));

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The Markdown tables: budgets (value, limit, value/limit, verdict), then every measure. */
export function renderTables(result, extra) {
  const judged = budgets(result, extra).map((b) => {
    const ratio = b.value / b.limit;
    return [b.name, `${fmt(b.value)}${b.unit ? ' ' + b.unit : ''}`, `≤ ${fmt(b.limit)}${b.unit ? ' ' + b.unit : ''}${b.why ? ` (${b.why})` : ''}`, `${ratio.toFixed(2)}`, ratio <= 1 ? 'ok' : '**MISS**'];
  });
  const ms = (v) => `${fmt(v)} ms`;
  const measures = [
    ['index.coldMs', ms(result.index.coldMs), `${(result.index.coldMs / result.floor.readScanMs).toFixed(1)} × floor.readScanMs`],
    ['index.warmMs', ms(result.index.warmMs), ''],
    ['index.updateOneMs', ms(result.index.updateOneMs), ''],
    ['index.heapMB', `${fmt(result.index.heapMB)} MB`, `${(result.index.heapMB / (result.corpus.bytes / 1048576)).toFixed(2)} × corpus size`],
    ['index.maxBlockMs', ms(result.index.maxBlockMs), ''],
    ['lint.fullMs', ms(result.lint.fullMs), `${(result.lint.fullMs / result.lint.markdownlintMs).toFixed(2)} × markdownlint, ${(result.lint.fullMs / result.lint.cspellMs).toFixed(2)} × cspell`],
    ['lint.editMs', ms(result.lint.editMs), `${(result.lint.editMs / result.lint.fullMs).toFixed(2)} × lint.fullMs`],
    ['lint.markdownlintMs', ms(result.lint.markdownlintMs), 'markdownlint, default rules'],
    ['lint.cspellMs', ms(result.lint.cspellMs), 'cspell-lib, fr,en'],
    ['hover.p50Ms', ms(result.hover.p50Ms), ''],
    ['hover.p99Ms', ms(result.hover.p99Ms), ''],
    ['activation.ms', ms(result.activation.ms), ''],
    ['floor.readScanMs', ms(result.floor.readScanMs), `${fmt(result.corpus.bytes / 1048576 / (result.floor.readScanMs / 1000))} MB/s`],
  ];
  return {
    budgets: table(['budget', 'value', 'limit', 'ratio', 'verdict'], judged),
    measures: table(['measure', 'value', 'ratio'], measures),
    misses: judged.filter((r) => r[4] !== 'ok').map((r) => r[0]),
  };
}

/**
 * How fast this machine runs plain JavaScript now: the median of seven runs of a fixed loop (20
 * million `charCodeAt`). Measured at the start and the end of a run, since a shared machine's
 * speed drifts (64 ms one morning here, 140–166 ms that afternoon): read the budgets with it.
 */
export function calibrate() {
  const text = 'abcdefghij'.repeat(2_000_000);
  const times = [];
  let sink = 0;
  for (let k = 0; k < 7; k++) {
    const t = performance.now();
    let x = 0;
    for (let i = 0; i < text.length; i++) x += text.charCodeAt(i);
    sink += x;
    times.push(performance.now() - t);
  }
  if (sink === 0) throw new Error('calibration loop did not run');
  return times.sort((a, b) => a - b)[3];
}

export function machine(calibration) {
  const cpus = os.cpus();
  return {
    calibrationLoopMs: { start: Math.round(calibration.start * 10) / 10, end: Math.round(calibration.end * 10) / 10 },
    description: `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 1073741824)} GiB, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version} (V8 ${process.versions.v8}, ICU ${process.versions.icu})`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 1073741824),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    icu: process.versions.icu,
  };
}
