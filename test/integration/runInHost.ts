// The in-host test entry shared by all scenarios. VS Code (desktop through
// @vscode/test-electron, or code-server in the browser) loads a scenario's
// compiled index.js as `extensionTestsPath` and awaits its `run()`; this runs the
// scenario's *.test.js suites with Mocha and reports the counts to the outer
// runner (scripts/integration.mjs) twice: a JSON file named by
// DOSSIER_RESULTS_FILE, and a `DOSSIER_RESULTS {...}` log line as a fallback.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface Failure {
  title: string;
  error: string;
}

export interface Results {
  passed: number;
  failed: number;
  pending: number;
  failures: Failure[];
}

/** Logs one line per test through the extension host's console (forwarded to the runner). */
function reporterFor(results: Results) {
  return class LogReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      runner.on('pass', (t) => {
        results.passed++;
        console.log(`  ✓ ${t.fullTitle()} (${t.duration ?? 0} ms)`);
      });
      runner.on('pending', (t) => {
        results.pending++;
        console.log(`  - ${t.fullTitle()} (pending)`);
      });
      runner.on('fail', (t, err: Error) => {
        results.failed++;
        results.failures.push({ title: t.fullTitle(), error: err?.stack ?? String(err) });
        console.log(`  ✗ ${t.fullTitle()}: ${err?.message ?? err}`);
      });
    }
  };
}

/** The compiled suites of a scenario: every *.test.js under its directory. */
function suiteFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

function report(results: Results): void {
  const json = JSON.stringify(results);
  const file = process.env.DOSSIER_RESULTS_FILE;
  if (file) fs.writeFileSync(file, json);
  console.log(`DOSSIER_RESULTS ${json}`);
}

/** Runs the suites of the scenario in `scenarioDir`; rejects if any test failed. */
export async function runInHost(scenarioDir: string): Promise<void> {
  const results: Results = { passed: 0, failed: 0, pending: 0, failures: [] };
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: Number(process.env.DOSSIER_TEST_TIMEOUT_MS) || 20_000,
    grep: process.env.DOSSIER_GREP || undefined,
    reporter: reporterFor(results),
  });
  const files = suiteFiles(scenarioDir);
  try {
    if (files.length === 0) throw new Error(`no *.test.js suites in ${scenarioDir}`);
    files.forEach((f) => mocha.addFile(f));
    await new Promise<void>((resolve) => mocha.run(() => resolve()));
  } catch (e) {
    // A suite that fails to load (bad import, syntax) counts as a failed test.
    results.failed++;
    results.failures.push({ title: `loading ${path.basename(scenarioDir)} suites`, error: (e as Error)?.stack ?? String(e) });
    console.log(`  ✗ loading suites: ${(e as Error)?.message ?? e}`);
  }
  report(results);
  if (results.failed > 0) throw new Error(`${results.failed} test(s) failed`);
}
